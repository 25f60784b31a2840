"""The v3 routes of seed 1.10: visits, stats, survey responses and results, with every error."""

import datetime
import json

import pytest
from django.core.cache import cache

from tests.statistics.utils import BROWSER, answers, clean_visits, make_survey  # noqa: F401
from tests.utils import make_content, make_index, make_user
from wagtail_govstandard.models import (
    DailyPageVisits,
    DailyVisits,
    StatisticsPage,
    SurveyAnswer,
    SurveyResponse,
)
from wagtail_govstandard.statistics.visits import buffer

VISITS = "/api/v3/govstandard/visits/"
STATS = "/api/v3/govstandard/stats/"
RESPOND = "/api/v3/govstandard/surveys/website/responses/"
RESULTS = "/api/v3/govstandard/surveys/website/results/"


@pytest.fixture
def page(home, clean_visits):
    cache.clear()
    return make_content(make_index(home, "statistics"), StatisticsPage, title="สถิติ", slug="stats")


def post(client, url, body, agent=BROWSER, **extra):
    data = body if isinstance(body, (str, bytes)) else json.dumps(body)
    return client.post(url, data, content_type="application/json", HTTP_USER_AGENT=agent, **extra)


def test_visit_by_path_and_by_page_id_is_accepted_and_counted(client, page):
    first = post(client, VISITS, {"path": "/statistics/stats/"})
    second = post(client, VISITS, {"page_id": page.pk})
    assert (first.status_code, first.json()) == (202, {"counted": True})
    assert second.status_code == 202
    assert buffer.flush() == 2
    row = DailyPageVisits.objects.get(page=page)
    assert (row.views, row.visitors) == (2, 1)


def test_visit_from_a_bot_is_accepted_but_not_counted(client, page):
    response = post(client, VISITS, {"page_id": page.pk}, agent="Googlebot/2.1")
    assert (response.status_code, response.json()) == (202, {"counted": False})
    assert buffer.flush() == 0


@pytest.mark.parametrize("body, field", [
    ({}, "path"), ({"path": "/statistics/stats/", "page_id": 1}, "path"),
    ({"path": "/no/such/page/"}, "path"), ({"page_id": 999999}, "page_id"),
    ({"page_id": "abc"}, "page_id"), ("{not json", None),
])
def test_bad_visit_posts_get_400_with_field_errors(client, page, body, field):
    response = post(client, VISITS, body)
    assert response.status_code == 400, response.content
    if field:
        assert field in json.dumps(response.json()["errors"])
    assert buffer.get_buffer().pending() == 0


def test_stats_are_public_cached_and_per_page(client, page, home):
    other = make_content(page.get_parent(), StatisticsPage, title="อื่น", slug="other")
    for _ in range(3):
        post(client, VISITS, {"page_id": page.pk})
    post(client, VISITS, {"page_id": other.pk}, agent="Mozilla/5.0 Firefox/121.0")
    buffer.flush()
    data = client.get(STATS).json()
    assert data["views"] == {"today": 4, "yesterday": 0, "month": 4, "year": 4, "total": 4}
    assert data["visitors"]["today"] == 2
    assert data["since"] == DailyVisits.objects.get().day.isoformat()
    assert client.get(STATS, {"page_id": page.pk}).json()["views"]["total"] == 3
    post(client, VISITS, {"page_id": page.pk})
    buffer.flush()
    assert client.get(STATS).json()["views"]["total"] == 4  # cached
    cache.clear()
    assert client.get(STATS).json()["views"]["total"] == 5
    assert client.get(STATS, {"page_id": 999999}).status_code == 400
    assert client.get(STATS, {"page_id": "x"}).status_code == 400


@pytest.fixture
def survey(db):
    cache.clear()
    return make_survey()


def test_a_survey_response_is_stored_with_its_answers(client, survey):
    response = post(client, RESPOND, {"answers": answers(4, content=5), "comment": "ดีมาก", "respondent_type": "patient"})
    assert response.status_code == 201, response.content
    stored = SurveyResponse.objects.get(pk=response.json()["id"])
    assert (stored.comment, stored.comment_status, stored.respondent_type) == ("ดีมาก", "pending", "patient")
    assert sorted(stored.answers.values_list("question__key", "rating")) == [
        ("content", 5), ("findability", 4), ("timeliness", 4)]


@pytest.mark.parametrize("body, field", [
    ({"answers": answers(content=0)}, "answers.content"),
    ({"answers": answers(content=6)}, "answers.content"),
    ({"answers": answers(content="abc")}, "answers.content"),
    ({"answers": answers(content=4.5)}, "answers.content"),
    ({"answers": answers(content=True)}, "answers.content"),
    ({"answers": answers(speed=5)}, "answers.speed"),
    ({"answers": {"content": 5, "timeliness": 5}}, "answers.findability"),
    ({}, "answers"),
    ({"answers": answers(), "comment": "ก" * 2001}, "comment"),
    ({"answers": answers(), "respondent_type": "alien"}, "respondent_type"),
    ({"answers": answers(), "name": "สมชาย"}, "name"),
    ({"answers": answers(), "extra": 1}, "extra"),
    ([1, 2], "body"),
    ("{bad json", "body"),
    ("", "body"),
])
def test_bad_survey_input_gets_400_with_field_errors_and_stores_nothing(client, survey, body, field):
    response = post(client, RESPOND, body)
    assert response.status_code == 400, response.content
    assert [field] in [e["loc"] for e in response.json()["errors"]]
    assert not SurveyResponse.objects.exists() and not SurveyAnswer.objects.exists()


def test_a_5_mb_body_gets_400_and_stores_nothing(client, survey):
    body = json.dumps({"answers": answers(), "comment": "x" * (5 * 1024 * 1024)})
    response = post(client, RESPOND, body)
    assert response.status_code == 400
    assert not SurveyResponse.objects.exists()


def test_comment_limit_is_a_setting(client, survey, settings):
    settings.WAGTAILGOVSTANDARD_SURVEY_COMMENT_MAX_CHARS = 10
    assert post(client, RESPOND, {"answers": answers(), "comment": "x" * 11}).status_code == 400
    assert post(client, RESPOND, {"answers": answers(), "comment": "x" * 10}).status_code == 201


def test_personal_details_only_with_configured_consent_text_and_consent(client, survey):
    survey.personal_consent_text = "ยินยอมให้ติดต่อกลับ"
    survey.save()
    refused = post(client, RESPOND, {"answers": answers(), "name": "สมชาย", "contact": "081"})
    assert refused.status_code == 400 and refused.json()["errors"][0]["loc"] == ["consent"]
    accepted = post(client, RESPOND, {"answers": answers(), "name": "สมชาย", "contact": "081", "consent": True})
    assert accepted.status_code == 201
    assert SurveyResponse.objects.get().personal_name == "สมชาย"


def test_honeypot_is_accepted_silently_and_stores_nothing(client, survey):
    response = post(client, RESPOND, {"answers": answers(), "website": "http://spam.example"})
    assert (response.status_code, response.json()) == (201, {"id": None})
    assert not SurveyResponse.objects.exists()


def test_rate_limit_per_daily_visitor(client, survey, settings):
    settings.WAGTAILGOVSTANDARD_SURVEY_DAILY_LIMIT_PER_VISITOR = 2
    codes = [post(client, RESPOND, {"answers": answers()}).status_code for _ in range(3)]
    assert codes == [201, 201, 429]
    assert post(client, RESPOND, {"answers": answers()}, agent="Mozilla/5.0 Firefox/121.0").status_code == 201
    assert SurveyResponse.objects.count() == 3


def test_closed_and_unknown_surveys(client, survey):
    assert post(client, "/api/v3/govstandard/surveys/nope/responses/", {"answers": answers()}).status_code == 404
    survey.active = False
    survey.save()
    assert post(client, RESPOND, {"answers": answers()}).status_code == 409
    assert not SurveyResponse.objects.exists()


def respond_on(survey, day, ratings, comment="", status="pending"):
    from wagtail_govstandard.statistics.surveys import submission

    cleaned, errors = submission.validate(survey, {"answers": ratings, "comment": comment})
    assert not errors
    response = submission.save(survey, cleaned)
    SurveyResponse.objects.filter(pk=response.pk).update(day=day, comment_status=status)
    return response


def test_results_count_average_distribution_and_satisfaction(client, survey):
    day = datetime.date(2026, 1, 15)  # fiscal year 2569
    respond_on(survey, day, answers(5))
    respond_on(survey, day, answers(4, content=2), comment="<script>alert(1)</script>", status="approved")
    respond_on(survey, day, answers(3), comment="ยังไม่อนุมัติ")
    respond_on(survey, datetime.date(2025, 9, 30), answers(1))  # fiscal year 2568
    data = client.get(RESULTS, {"fiscal_year": 2569}).json()
    assert data["count"] == 3
    content = next(q for q in data["questions"] if q["key"] == "content")
    assert content["distribution"] == {"1": 0, "2": 1, "3": 1, "4": 0, "5": 1}
    assert content["average"] == pytest.approx(3.33, abs=0.01)
    assert content["reading_th"] == "ปานกลาง"
    # 9 ratings: 4 + 1 + 0 (5s and 4s: 3 fives, 2 fours) -> 5 of 9
    assert data["satisfaction_percent"] == pytest.approx(100 * 5 / 9, abs=0.01)
    assert [c["comment"] for c in data["comments"]] == ["<script>alert(1)</script>"]
    assert client.get(RESULTS, {"fiscal_year": 2568}).json()["count"] == 1
    assert client.get(RESULTS).json()["count"] == 4
    ranged = client.get(RESULTS, {"start": "2025-09-01", "end": "2025-12-31"}).json()
    assert ranged["count"] == 1


def test_results_are_computed_once_until_the_next_answer(client, survey):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    assert client.get(RESULTS).json()["count"] == 0
    with CaptureQueriesContext(connection) as queries:
        assert client.get(RESULTS).json()["count"] == 0
    assert not [q for q in queries if "surveyanswer" in q["sql"]]
    assert post(client, RESPOND, {"answers": answers(5)}).status_code == 201
    data = client.get(RESULTS).json()
    assert data["count"] == 1 and data["satisfaction_percent"] == 100.0
    SurveyResponse.objects.get().delete()
    assert client.get(RESULTS).json()["count"] == 0
    question = survey.questions.get(key="content")
    question.text_en = "Is the content useful?"
    question.save()
    texts = [q["text_en"] for q in client.get(RESULTS).json()["questions"]]
    assert "Is the content useful?" in texts


@pytest.mark.parametrize("params, field", [
    ({"start": "2026-13-01"}, "start"), ({"end": "yesterday"}, "end"), ({"fiscal_year": 2026}, "fiscal_year"),
    ({"fiscal_year": "abc"}, "fiscal_year"),
])
def test_bad_result_filters_get_400(client, survey, params, field):
    response = client.get(RESULTS, params)
    assert response.status_code == 400
    assert field in json.dumps(response.json()["errors"])


def test_survey_routes_are_in_the_openapi_document(client, db):
    paths = client.get("/api/v3/openapi.json").json()["paths"]
    for path in ("/api/v3/govstandard/visits/", "/api/v3/govstandard/stats/",
                 "/api/v3/govstandard/surveys/{slug}/responses/", "/api/v3/govstandard/surveys/{slug}/results/"):
        assert path in paths


def test_a_session_cookie_does_not_change_anonymous_routes(client, survey):
    client.force_login(make_user("someone"))
    assert post(client, RESPOND, {"answers": answers()}).status_code == 201
