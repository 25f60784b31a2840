"""What the public sees: the status page by token (and its JSON twin), the board (and its 304
that costs no query), the kiosk; and a scan of all of it for a planted HN and ID card number."""

import datetime
import logging
import re
from unittest import mock

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail_govstandard.queue import calling, clock, numbering, qr
from wagtail_govstandard.queue.models import Ticket, Visit
from wagtail_govstandard.queue.pages import BoardPage, KioskPage

from .conftest import counter, make_hospital_site, make_point

Q = "/api/v3/govstandard/queue"
HN, NATIONAL_ID = "HN6612345", "3100700123456"


@pytest.fixture(autouse=True)
def no_debounce(settings):
    settings.WAGTAILGOVSTANDARD_QUEUE_CALL_DEBOUNCE_SECONDS = 0


@pytest.fixture
def board(hospital):
    page = hospital.home.add_child(instance=BoardPage(title="จอเรียกคิว OPD", slug="board"))
    page.save_revision().publish()
    return page


@pytest.fixture
def kiosk_page(hospital):
    page = hospital.home.add_child(instance=KioskPage(title="รับบัตรคิว", slug="kiosk"))
    page.save_revision().publish()
    return page


def test_the_status_page_shows_the_ticket_and_nothing_else(client, hospital):
    first = numbering.issue(hospital.registration)
    calling.call_next(counter(hospital.registration, 2))
    mine = numbering.issue(hospital.registration, reference="VN-9")
    response = client.get(f"/queue/t/{mine.visit.token}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "A002" in html and "Point registration" in html and "Waiting" in html
    assert re.search(r'data-field="ahead">\s*0 people', html)
    assert first.visit.display in html  # now calling
    assert "VN-9" not in html
    assert response["Cache-Control"].startswith("max-age=0") and "no-store" in response["Cache-Control"]
    assert 'http-equiv="refresh"' in html  # the no-JS fallback
    twin = client.get(f"{Q}/status/{mine.visit.token}/").json()
    assert (twin["number"], twin["state"], twin["ahead"], twin["now_called"]) == ("A002", "waiting", 0, ["A001"])


def test_ahead_and_the_estimated_wait(client, hospital):
    desk = counter(hospital.registration)
    for _ in range(3):  # three served, 4 minutes each
        numbering.issue(hospital.registration)
        ticket = calling.call_next(desk)
        calling.perform(ticket.pk, "start")
        Ticket.objects.filter(pk=ticket.pk).update(started_at=clock.now() - datetime.timedelta(minutes=4))
        calling.perform(ticket.pk, "done")
    waiting = [numbering.issue(hospital.registration) for _ in range(5)]
    twin = client.get(f"{Q}/status/{waiting[-1].visit.token}/").json()
    # 4 ahead x 4 minutes / 2 open counters
    assert (twin["ahead"], twin["estimated_wait_minutes"]) == (4, 8)


def test_the_status_page_says_next_and_your_turn_rather_than_0_minutes(client, hospital):
    """Nobody ahead (even before any service time is known): "you are next"; called: "it is your turn"."""
    mine = numbering.issue(hospital.registration)
    later = numbering.issue(hospital.registration)

    def wait_text(visit):
        html = client.get(f"/queue/t/{visit.token}/").content.decode()
        return re.search(r'data-field="estimated_wait_minutes">([^<]*)<', html).group(1).strip()

    assert wait_text(mine.visit) == "you are next"
    assert wait_text(later.visit) == "not yet known"  # one ahead, no service time measured yet
    calling.call_next(counter(hospital.registration))
    assert wait_text(mine.visit) == "it is your turn"
    assert wait_text(later.visit) == "you are next"
    assert "0 minutes" not in client.get(f"/queue/t/{mine.visit.token}/").content.decode()
    assert client.get(f"{Q}/status/{later.visit.token}/").json()["estimated_wait_minutes"] == 0


def test_unknown_foreign_and_expired_tokens_are_404(client, hospital):
    other_site = make_hospital_site("other.localhost", "อื่น")
    foreign = numbering.issue(make_point(other_site, "registration", "A"))
    with mock.patch.object(clock, "now", return_value=clock.now() - datetime.timedelta(days=1)):
        expired = numbering.issue(hospital.registration)
    for token in ("nope", foreign.visit.token, expired.visit.token, "x" * 500):
        assert client.get(f"/queue/t/{token}/").status_code == 404
        assert client.get(f"{Q}/status/{token}/").status_code == 404
    assert client.get(f"/queue/t/{foreign.visit.token}/", HTTP_HOST="other.localhost").status_code == 200


def test_an_unchanged_board_answers_304_with_no_database_query(client, hospital, board, django_assert_num_queries):
    numbering.issue(hospital.registration)
    first = client.get(f"{Q}/boards/{board.pk}/state/")
    assert first.status_code == 200 and first["ETag"]
    with django_assert_num_queries(0):
        again = client.get(f"{Q}/boards/{board.pk}/state/", headers={"If-None-Match": first["ETag"]})
    assert again.status_code == 304 and again["ETag"] == first["ETag"]
    calling.call_next(counter(hospital.registration))
    changed = client.get(f"{Q}/boards/{board.pk}/state/", headers={"If-None-Match": first["ETag"]})
    assert changed.status_code == 200 and changed["ETag"] != first["ETag"]
    points = changed.json()["points"]
    assert [p["code"] for p in points] == ["registration", "screening", "exam", "pharmacy"]
    assert points[0]["counters"][0]["now"] == "A001" and points[0]["waiting"] == 0


def test_a_forged_or_foreign_etag_gets_the_full_board(client, hospital, board):
    first = client.get(f"{Q}/boards/{board.pk}/state/")
    forged = first["ETag"].replace(f"q{board.pk}.", f"q{board.pk + 1}.")
    another_day = first["ETag"].replace(f".{clock.today():%Y%m%d}.", ".20991231.")
    assert another_day != first["ETag"]
    for tag in (forged, another_day, 'W/"q1.1.1"', "garbage", "W/" + "9" * 500):
        assert client.get(f"{Q}/boards/{board.pk}/state/", headers={"If-None-Match": tag}).status_code == 200
    assert client.get(f"{Q}/boards/{board.pk + 999}/state/").status_code == 404


def test_the_board_page_shows_per_counter_the_number_now_called_and_the_last_ones(client, hospital, board):
    desk = counter(hospital.registration)
    for _ in range(3):
        numbering.issue(hospital.registration)
        calling.perform(calling.call_next(desk).pk, "start")
    numbering.issue(hospital.registration)
    html = client.get(board.url).content.decode()
    row = re.search(r'data-counter="registration-1">(.*?)</tr>', html, re.DOTALL).group(1)
    assert "A003" in re.search(r"data-now>(.*?)<", row).group(1)
    assert re.search(r"data-recent>(.*?)<", row).group(1) == "A002 A001"
    assert 'data-waiting="registration">1<' in html
    assert "data-board-url" in html and "data-etag" in html


def test_the_kiosk_issues_only_on_its_device(client, hospital, kiosk_page):
    assert "not a registered kiosk" in client.get(kiosk_page.url).content.decode()
    refused = client.post(kiosk_page.url, {"point": hospital.registration.pk, "priority": "normal", "device": "x"})
    assert refused.status_code == 403 and not Visit.objects.exists()
    start = client.get(f"{kiosk_page.url}?device={kiosk_page.device_key}").content.decode()
    assert "Print my ticket" in start and "Point registration" in start and "Monk or novice" in start
    ticket = client.post(kiosk_page.url, {"point": hospital.registration.pk, "priority": "monk",
                                          "device": kiosk_page.device_key})
    html = ticket.content.decode()
    visit = Visit.objects.get()
    assert (visit.display, visit.priority, visit.channel) == ("A001", "monk", "kiosk")
    assert "A001" in html and "<svg" in html and "queue-qr" in html
    bad = client.post(kiosk_page.url, {"point": hospital.registration.pk, "priority": "vip",
                                       "device": kiosk_page.device_key})
    assert bad.status_code == 400 and Visit.objects.count() == 1


def public_responses(client, hospital, board, kiosk_page, token):
    yield "status page", client.get(f"/queue/t/{token}/")
    yield "status page (en)", client.get(f"/queue/t/{token}/", HTTP_ACCEPT_LANGUAGE="en")
    yield "status JSON", client.get(f"{Q}/status/{token}/")
    yield "board page", client.get(board.url)
    yield "board JSON", client.get(f"{Q}/boards/{board.pk}/state/")
    yield "kiosk", client.get(f"{kiosk_page.url}?device={kiosk_page.device_key}")
    yield "kiosk ticket", client.post(kiosk_page.url, {"point": hospital.registration.pk, "priority": "normal",
                                                       "device": kiosk_page.device_key})
    yield "monthly figures", client.get("/queue/statistics/")
    yield "monthly figures JSON", client.get(f"{Q}/statistics/")


def test_no_public_response_carries_the_his_reference(client, hospital, board, kiosk_page, caplog):
    """The HIS sends an HN and an ID card number as its "opaque" reference (it should not, but
    one will): no public page, JSON, QR payload or log line of the package may show either."""
    from tests.utils import bearer

    hospital.registration.staff.add(hospital.his)
    caplog.set_level(logging.DEBUG, logger="wagtail_govstandard")
    issued = client.post(f"{Q}/tickets/", {"point": hospital.registration.pk, "reference": f"{HN}/{NATIONAL_ID}"},
                         content_type="application/json", headers=bearer(hospital.his)).json()
    visit = Visit.objects.get(pk=issued["visit"])
    calling.call_next(counter(hospital.registration))
    scanned = []
    for label, response in public_responses(client, hospital, board, kiosk_page, visit.token):
        assert response.status_code == 200, label
        body = response.content.decode()
        scanned.append(label)
        for secret in (HN, NATIONAL_ID, HN[2:], NATIONAL_ID[-7:]):
            assert secret not in body, f"{secret} in the {label}"
            assert secret not in str(response.headers), f"{secret} in the {label}'s headers"
    from django.test import RequestFactory

    payload = qr.payload(RequestFactory().get("/"), visit)
    assert HN not in payload and NATIONAL_ID not in payload and payload.endswith(f"/queue/t/{visit.token}/")
    assert HN not in caplog.text and NATIONAL_ID not in caplog.text
    assert len(scanned) == 9


def test_the_board_state_route_does_no_query_even_for_many_polls(client, hospital, board):
    tag = client.get(f"{Q}/boards/{board.pk}/state/")["ETag"]
    with CaptureQueriesContext(connection) as queries:
        codes = {client.get(f"{Q}/boards/{board.pk}/state/", headers={"If-None-Match": tag}).status_code
                 for _ in range(50)}
    assert codes == {304} and len(queries) == 0


def test_the_status_page_and_kiosk_speak_thai(client, hospital, kiosk_page, settings):
    settings.LANGUAGE_CODE = "th"
    ticket = numbering.issue(hospital.registration, priority="monk")
    html = client.get(f"/queue/t/{ticket.visit.token}/").content.decode()
    assert '<html lang="th">' in html and "หมายเลขคิวของท่าน" in html and "รอเรียก" in html
    assert "ระบบคิวนี้ไม่เก็บชื่อ" in html  # the privacy notice
    assert 'value="en" lang="en">English<' in html  # the switch names English in English
    kiosk = client.get(f"{kiosk_page.url}?device={kiosk_page.device_key}").content.decode()
    assert "พิมพ์บัตรคิว" in kiosk and "พระภิกษุสามเณร" in kiosk


def test_a_ticket_issued_through_another_host_sends_the_patient_to_its_own_site(client, hospital):
    """A status is found on its ticket's Site only. The demo's staff issue in the admin on the
    office's name (127.0.0.1) for hospital.localhost, and an HIS may call the API on another Site's
    name: the QR code and status_url must name the ticket's Site, where the page answers."""
    from tests.utils import bearer

    site = make_hospital_site("hospital-b.localhost", "โรงพยาบาลบี")
    point = make_point(site, "registration", "B")
    point.staff.add(hospital.clerk, hospital.his)
    encoded = []
    with mock.patch.object(qr, "svg", side_effect=lambda data, title="": encoded.append(data) or ""):
        client.force_login(hospital.clerk)
        issued = client.post("/admin/queue/issue/", {"point": point.pk, "priority": "normal"}, HTTP_HOST="localhost")
    visit = Visit.objects.get(issue_point=point)
    assert issued.status_code == 200 and encoded == [f"http://hospital-b.localhost/queue/t/{visit.token}/"]
    body = client.post(f"{Q}/tickets/", {"point": point.pk}, content_type="application/json",
                       headers=bearer(hospital.his), HTTP_HOST="localhost").json()
    token = body["status_url"].rsplit("/", 2)[1]
    assert body["status_url"] == f"http://hospital-b.localhost/queue/t/{token}/"
    assert client.get(f"/queue/t/{token}/", HTTP_HOST="hospital-b.localhost").status_code == 200
    assert client.get(f"/queue/t/{token}/", HTTP_HOST="localhost").status_code == 404  # where it used to send them
    same = client.post(f"{Q}/tickets/", {"point": point.pk}, content_type="application/json",
                       headers=bearer(hospital.his), HTTP_HOST="hospital-b.localhost").json()
    assert same["status_url"].startswith("http://hospital-b.localhost/queue/t/")  # on its own name: as it came


def test_a_thai_only_hospitals_kiosk_switches_to_english_and_keeps_its_device(client, thai_site):
    """A hospital whose pages are in Thai only (the demo's): the kiosk still offers English, named
    "English" (not "อังกฤษ"), and the switch keeps the device key, so an English reader gets a ticket."""
    site = make_hospital_site("thai-only.localhost", "โรงพยาบาลไทยล้วน")
    point = make_point(site, "registration", "A", name_th="เวชระเบียน", name_en="Registration")
    kiosk = site.root_page.add_child(instance=KioskPage(title="รับบัตรคิว", slug="kiosk"))
    kiosk.save_revision().publish()
    host = {"HTTP_HOST": "thai-only.localhost"}
    start = f"/kiosk/?device={kiosk.device_key}"
    thai = client.get(start, **host).content.decode()
    assert re.findall(r'name="language" value="(\w+)"[^>]*>([^<]+)<', thai) == [("th", "ภาษาไทย"), ("en", "English")]
    assert f'name="next" value="{start}"' in thai and "เลือกบริการ" in thai
    switched = client.post("/i18n/setlang/", {"language": "en", "next": start}, HTTP_ORIGIN="http://thai-only.localhost", **host)
    assert (switched.status_code, switched["Location"]) == (302, f"/en{start}")
    english = client.get(switched["Location"], **host).content.decode()
    assert '<html lang="en">' in english and "Choose the service" in english and "Registration" in english
    ticket = client.post("/en/kiosk/", {"point": point.pk, "priority": "normal", "device": kiosk.device_key}, **host)
    assert ticket.status_code == 200 and "Scan to follow your queue on your phone" in ticket.content.decode()
    assert Visit.objects.get().issue_point == point


@pytest.mark.parametrize(("language", "year_shown"), [("th", 543), ("en", 0)])
def test_the_printed_ticket_dates_itself_in_the_readers_era(client, hospital, kiosk_page, settings, language, year_shown):
    """Thai readers count years in B.E. (the ticket printed "8 ธ.ค. 2026" before): the issue time in
    Bangkok, B.E. in Thai, C.E. in English."""
    settings.LANGUAGE_CODE = language
    moment = datetime.datetime(2026, 12, 7, 19, 18, tzinfo=datetime.timezone.utc)  # 02:18 on 8 Dec in Bangkok
    with mock.patch.object(clock, "now", return_value=moment):
        html = client.post(kiosk_page.url, {"point": hospital.registration.pk, "priority": "normal",
                                            "device": kiosk_page.device_key}).content.decode()
    shown = re.search(r'class="queue-ticket-time"><time datetime="([^"]+)">([^<]+)<', html)
    assert shown.group(1) == "2026-12-08T02:18:00+0700"
    assert shown.group(2).startswith("8 ") and f" {2026 + year_shown} 02:18" in shown.group(2)
    assert ("ธ.ค." if language == "th" else "December") in shown.group(2)


def test_the_board_shows_the_bangkok_days_calls_and_line(client, hospital, board):
    """The board's today is since 00:00 Bangkok by the tickets' own times: yesterday's last call
    (23:59 Bangkok, the same UTC date) and a ticket still waiting from yesterday are not shown."""
    def at(hour, minute):
        return mock.patch.object(clock, "now", return_value=datetime.datetime(2026, 12, 1, hour, minute,
                                                                              tzinfo=datetime.UTC))

    def registration_line():
        points = client.get(f"{Q}/boards/{board.pk}/state/").json()["points"]
        return next(point for point in points if point["code"] == "registration")

    with at(16, 58):  # 23:58 Bangkok
        numbering.issue(hospital.registration)
        numbering.issue(hospital.registration)
        calling.call_next(counter(hospital.registration))
        line = registration_line()
    assert line["waiting"] == 1 and line["counters"][0]["now"] == "A001"
    with at(17, 1):  # 00:01 Bangkok, 2 December; no issue or call yet, so no rollover either
        line = registration_line()
    assert line["waiting"] == 0 and line["counters"][0]["now"] is None and line["counters"][0]["recent"] == []


def test_the_kiosks_language_links_keep_its_device_key_and_no_other(client, thai_site):
    """On a bilingual Site the switch links to the kiosk's translation: the link keeps the device
    key, or the kiosk in English would be an unregistered screen. A wrong key is not repeated."""
    from tests.utils import translate

    from .conftest import build_hospital

    hospital = build_hospital()
    kiosk_page = hospital.home.add_child(instance=KioskPage(title="รับบัตรคิว", slug="kiosk"))
    kiosk_page.save_revision().publish()
    translate(kiosk_page)
    html = client.get(f"{kiosk_page.url}?device={kiosk_page.device_key}").content.decode()
    assert re.search(rf'href="/en/[^"]*\?device={kiosk_page.device_key}" hreflang="en"', html)
    forged = client.get(f"{kiosk_page.url}?device=forged-key").content.decode()
    assert re.search(r'href="/en/[^"?]*" hreflang="en"', forged)  # the other language: no key repeated
