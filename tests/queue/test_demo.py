"""make demo: the community hospital Site has its queue: four points, two exam rooms, a board,
a kiosk, today's tickets in every state and the past months' figures; loading twice adds nothing."""

import io

import pytest
from django.core.management import call_command
from django.test import override_settings
from wagtail.models import Site

from wagtail_govstandard.queue.models import Ticket, Visit
from wagtail_govstandard.queue.pages import BoardPage, KioskPage


@pytest.mark.django_db
def test_the_demo_hospital_runs_a_queue(client):
    with override_settings(DEBUG=True):
        call_command("load_demo", stdout=io.StringIO())
        visits = Visit.objects.count()
        call_command("load_demo", stdout=io.StringIO())
    assert Visit.objects.count() == visits == 12
    site = Site.objects.get(hostname="hospital.localhost")
    assert site.root_page.title == "โรงพยาบาลชุมชนตัวอย่าง"
    points = {p.code: p for p in site.queue_points.all()}
    assert list(points) == ["registration", "screening", "exam", "pharmacy"]
    assert [c.name_th for c in points["exam"].counters.all()] == ["ห้องตรวจ 1", "ห้องตรวจ 2"]
    assert {state for state, _label in Ticket.STATES} == set(Ticket.objects.values_list("state", flat=True))
    board = BoardPage.objects.live().descendant_of(site.root_page).get()
    kiosk = KioskPage.objects.live().descendant_of(site.root_page).get()
    host = {"HTTP_HOST": f"hospital.localhost:{site.port}"}
    assert client.get(board.url, **host).status_code == 200
    assert "Print my ticket" in client.get(f"{kiosk.url}?device={kiosk.device_key}", **host).content.decode()
    token = Visit.objects.filter(tickets__state="waiting").first().token
    assert client.get(f"/queue/t/{token}/", **host).status_code == 200
    figures = client.get("/queue/statistics/", **host)
    assert figures.status_code == 200 and figures.content.decode().count("<tr>") >= 4 * 3  # three months or more
