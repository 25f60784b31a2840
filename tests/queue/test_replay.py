"""The sample HIS adapter: replaying the shipped CSV of visits issues one ticket per row, over HTTP."""

from pathlib import Path

import pytest
from wagtail.models import APIToken

from wagtail_govstandard.queue.models import Visit
from wagtail_govstandard.queue.scripts import replay_visits

from .conftest import build_hospital

SAMPLE = Path(replay_visits.__file__).with_name("sample_visits.csv")


@pytest.mark.django_db(transaction=True)
def test_replaying_the_sample_csv_issues_a_ticket_per_visit(live_server, capsys):
    hospital = build_hospital()
    hospital.registration.staff.add(hospital.his)
    _token, plaintext = APIToken.create_token(user=hospital.his, name="his")
    replay_visits.main([str(SAMPLE), "--base", live_server.url, "--token", plaintext])
    out = capsys.readouterr().out
    assert "8 ticket(s) issued" in out and "07:30 A001 at registration: http" in out
    visits = Visit.objects.order_by("number")
    assert [v.reference for v in visits] == [f"VN69000{n}" for n in range(1, 9)]
    assert {v.channel for v in visits} == {"his"} and visits[1].priority == "elderly"
    replay_visits.main([str(SAMPLE), "--base", live_server.url, "--token", plaintext])  # a rerun, a retry
    again = capsys.readouterr().out
    assert "0 ticket(s) issued" in again and "07:30 A001 at registration (issued before): http" in again
    assert Visit.objects.count() == 8


@pytest.mark.django_db(transaction=True)
def test_the_replay_names_the_hospital_site_to_a_server_reached_by_address(live_server, capsys):
    """The demo's hospital.localhost cannot be looked up by Python: --base 127.0.0.1 --host <name>
    sends the Site's name, and the status links printed are on that Site."""
    from .conftest import make_hospital_site, make_point

    hospital = build_hospital()
    site = make_hospital_site("replay.localhost", "โรงพยาบาลทดสอบ")
    point = make_point(site, "registration", "R")
    point.staff.add(hospital.his)
    _token, plaintext = APIToken.create_token(user=hospital.his, name="his")
    replay_visits.main([str(SAMPLE), "--base", live_server.url, "--host", "replay.localhost", "--token", plaintext])
    out = capsys.readouterr().out
    assert "8 ticket(s) issued" in out and "07:30 R001 at registration: http://replay.localhost/queue/t/" in out
    assert Visit.objects.filter(site=site).count() == 8


def test_an_address_it_cannot_reach_ends_with_a_hint_not_a_traceback():
    with pytest.raises(SystemExit) as stopped:
        replay_visits.main([str(SAMPLE), "--base", "http://no-such-host.invalid:8000", "--token", "x"])
    assert "cannot reach http://no-such-host.invalid:8000" in str(stopped.value) and "--host" in str(stopped.value)
