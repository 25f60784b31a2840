import pytest
from tests.statistics_utils import BROWSER, answers, clean_visits, make_survey, page_templates  # noqa: F401
from tests.utils import make_index, make_content
from wagtail_govstandard.models import DailyVisits, StatisticsPage, VisitCounter
from wagtail_govstandard.visits import buffer


def test_smoke(home, client, clean_visits, page_templates):
    survey = make_survey()
    VisitCounter.objects.create(name="Footer")
    index = make_index(home, "statistics")
    page = make_content(index, StatisticsPage, title="สถิติ")
    r = client.get(page.url, HTTP_USER_AGENT=BROWSER)
    assert r.status_code == 200, r.content
    print(r.content.decode()[-7000:])
    assert buffer.flush() == 1
    assert DailyVisits.objects.get().views == 1
    r = client.post("/api/v3/govstandard/surveys/website/responses/", {"answers": answers()}, content_type="application/json", HTTP_USER_AGENT=BROWSER)
    assert r.status_code == 201, r.content
    r = client.get("/api/v3/govstandard/surveys/website/results/")
    print(r.json())
    r = client.get("/api/v3/govstandard/stats/")
    print(r.json())
