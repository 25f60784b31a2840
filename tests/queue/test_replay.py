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
