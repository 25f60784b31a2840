"""The electronic patient queue on the demo's community hospital Site (hospital.localhost).

The Site is found by hostname, or its root page by title, and created only when missing: the
ITA demo step uses the same Site, so either may run first. Registration → screening → two exam
rooms → pharmacy; a display board and a kiosk page; today's tickets in every state, and the
figures of the 90 days before (as retention keeps them once their tickets are deleted); a queue
staff user and an HIS integration user (its API token is made by `manage.py api_tokens create`,
README "The HIS integration").
"""

import datetime
import os
import random

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from wagtail_govstandard.queue import access, calling, clock, numbering, setup
from wagtail_govstandard.queue.models import Counter, DayFigures, ServicePoint, Ticket, Visit
from wagtail_govstandard.queue.pages import BoardPage, KioskPage

from . import hospital

HOSTNAME = hospital.HOSTNAME
# code: (prefix, Thai, English, [(counter number, Thai name, English name)], next code)
POINTS = {
    "registration": ("A", "เวชระเบียน (ลงทะเบียน)", "Registration", [(1, "", ""), (2, "", "")], "screening"),
    "screening": ("B", "คัดกรอง (ซักประวัติ)", "Screening", [(1, "", "")], "exam"),
    "exam": ("C", "ห้องตรวจโรคทั่วไป", "Examination", [(1, "ห้องตรวจ 1", "Exam room 1"),
                                                       (2, "ห้องตรวจ 2", "Exam room 2")], "pharmacy"),
    "pharmacy": ("D", "ห้องจ่ายยา", "Pharmacy", [(1, "", ""), (2, "", "")], None),
}
STAFF_USER, HIS_USER = "queue", "his"


def ensure_site():
    """The community hospital's Site (the hospital step's), on the demo server's port."""
    return hospital.ensure_site(int(os.environ.get("DEMO_PORT") or 8000))


def ensure_points(site):
    points = {}
    for order, (code, (prefix, name_th, name_en, counters, _next)) in enumerate(POINTS.items(), start=1):
        point, _created = ServicePoint.objects.get_or_create(
            site=site, code=code,
            defaults={"prefix": prefix, "name_th": name_th, "name_en": name_en, "sort_order": order},
        )
        for number, counter_th, counter_en in counters:
            Counter.objects.get_or_create(point=point, number=number,
                                          defaults={"name_th": counter_th, "name_en": counter_en})
        points[code] = point
    for code, (*_rest, next_code) in POINTS.items():
        if next_code and points[code].next_point_id != points[next_code].pk:
            points[code].next_point = points[next_code]
            points[code].save(update_fields=["next_point"])
    return points


def ensure_users(points, password):
    setup.ensure_groups()
    User = get_user_model()
    made = {}
    for username, first, group in ((STAFF_USER, "พยาบาลคิว", access.STAFF), (HIS_USER, "ระบบ HIS", access.INTEGRATION)):
        user, created = User.objects.get_or_create(username=username, defaults={
            "first_name": first, "email": f"{username}@hospital.example.go.th"})
        if created:
            user.set_password(password)
            user.save()
        user.groups.add(Group.objects.get(name=group))
        for point in points.values():
            point.staff.add(user)
        made[username] = user
    return made


def ensure_page(root, model, slug, title, **fields):
    page = model.objects.child_of(root).filter(slug=slug).first()
    if page is None:
        page = root.add_child(instance=model(title=title, slug=slug, **fields))
        page.save_revision().publish()
    return page


def fill_today(points, users):
    """Today's tickets, once: some at each point and one in every state."""
    site_id = points["registration"].site_id
    if Visit.objects.filter(site_id=site_id, day=clock.today()).exists():
        return
    staff, his = users[STAFF_USER], users[HIS_USER]
    registration, screening, exam, pharmacy = (points[c] for c in ("registration", "screening", "exam", "pharmacy"))
    for n, priority in enumerate(["normal", "elderly", "normal", "monk", "normal", "pregnant", "normal", "normal",
                                  "disabled", "normal", "normal", "normal"]):
        numbering.issue(registration, priority, reference=f"VN{n:05d}", channel="his", user=his)
    desk1, desk2 = registration.counters.get(number=1), registration.counters.get(number=2)
    served = []
    for _ in range(4):  # four patients through registration, on to screening
        ticket = calling.call_next(desk1, user=staff)
        calling.perform(ticket.pk, "start", user=staff)
        _age(ticket, minutes=3)
        served.append(calling.perform(ticket.pk, "transfer", user=staff))
    no_show = calling.call_next(desk2, user=staff)
    calling.perform(no_show.pk, "skip", user=staff)
    cancelled = calling.call_next(desk2, user=staff)
    calling.perform(cancelled.pk, "cancel", user=staff)
    calling.call_next(desk2, user=staff)  # called, waiting for the patient
    screen = screening.counters.get(number=1)
    for _ in range(3):
        ticket = calling.call_next(screen, user=staff)
        calling.perform(ticket.pk, "start", user=staff)
        _age(ticket, minutes=5)
        calling.perform(ticket.pk, "transfer", user=staff)
    room1, room2 = exam.counters.get(number=1), exam.counters.get(number=2)
    done = calling.call_next(room1, user=staff)
    calling.perform(done.pk, "start", user=staff)
    _age(done, minutes=8)
    calling.perform(done.pk, "transfer", user=staff)
    serving = calling.call_next(room2, user=staff)
    calling.perform(serving.pk, "start", user=staff)  # being examined now
    drug = calling.call_next(pharmacy.counters.get(number=1), user=staff)
    calling.perform(drug.pk, "start", user=staff)
    _age(drug, minutes=2)
    calling.perform(drug.pk, "done", user=staff)  # the first patient of the day went home


# code: (tickets a weekday, waiting minutes from-to, service minutes from-to)
PAST_DAYS = 90
PAST = {"registration": (90, (2, 25), (1, 4)), "screening": (85, (3, 30), (2, 6)),
        "exam": (80, (10, 70), (4, 15)), "pharmacy": (75, (5, 30), (1, 4))}


def fill_past(points):
    """The weekdays of the last PAST_DAYS days as kept figures (no tickets), the same at every load."""
    today, kept = clock.today(), []
    for back in range(1, PAST_DAYS + 1):
        day = today - datetime.timedelta(days=back)
        if day.weekday() >= 5:
            continue
        for code, (tickets, waits, services) in PAST.items():
            pick = random.Random(f"{day}-{code}")
            count = tickets + pick.randint(-15, 15)
            served, no_shows = count - pick.randint(0, 3), pick.randint(0, 2)
            kept.append(DayFigures(
                point=points[code], day=day, tickets=count, served=served, no_shows=no_shows,
                by_priority={"normal": count - count // 4, "elderly": count // 5, "monk": count // 4 - count // 5},
                wait_seconds=[pick.randint(waits[0] * 60, waits[1] * 60) for _ in range(count - no_shows)],
                service_seconds=[pick.randint(services[0] * 60, services[1] * 60) for _ in range(served)],
            ))
    DayFigures.objects.bulk_create(kept, ignore_conflicts=True)


def _age(ticket, minutes):
    """Demo service times: pretend the service started `minutes` ago (for the estimates)."""
    Ticket.objects.filter(pk=ticket.pk).update(started_at=clock.now() - datetime.timedelta(minutes=minutes))


def load(ctx):
    site, root = ensure_site()
    points = ensure_points(site)
    users = ensure_users(points, ctx["password"])
    ensure_page(root, BoardPage, "queue-board", "จอเรียกคิว OPD / OPD queue board")
    kiosk = ensure_page(root, KioskPage, "queue-kiosk", "รับบัตรคิว / Take a queue ticket")
    fill_today(points, users)
    fill_past(points)
    stdout = ctx.get("stdout")
    if stdout:
        base = f"http://{HOSTNAME}:{site.port}"
        stdout.write(f"  queue: board {base}/queue-board/ kiosk {base}/queue-kiosk/?device={kiosk.device_key} "
                     f"monthly figures {base}/queue/statistics/ (staff '{STAFF_USER}', HIS integration '{HIS_USER}')")
