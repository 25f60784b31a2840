"""What the public sees: the footer box and survey, the form post, StatisticsPage, blocks, open data."""

import datetime

import pytest
from django.core.cache import cache
from django.test import Client

from tests.statistics.test_api import respond_on
from tests.statistics.utils import BROWSER, answers, clean_visits, make_survey, page_templates  # noqa: F401
from tests.utils import make_content, make_index
from wagtail_govstandard.content.dates import fiscal_year, local_today
from wagtail_govstandard.models import DailyVisits, StatisticsPage, SurveyResponse, VisitCounter
from wagtail_govstandard.statistics.surveys.results import thai_reading
from wagtail_govstandard.statistics.visits import buffer


@pytest.fixture
def site_setup(home, clean_visits, page_templates):
    cache.clear()
    survey = make_survey()
    counter = VisitCounter.objects.create(name="Footer", since=datetime.date(2019, 4, 30))
    page = make_content(make_index(home, "statistics"), StatisticsPage, title="สถิติและความพึงพอใจ", slug="stats")
    return survey, counter, page


def form_post(client, survey, page, origin="http://testserver", **fields):
    data = {f"q-{key}": str(value) for key, value in answers().items()}
    data.update(next=page.url, place="footer")
    data.update(fields)
    headers = {"Origin": origin} if origin else {}
    return client.post(f"/govstandard/surveys/{survey.slug}/respond/", data, HTTP_USER_AGENT=BROWSER,
                       headers=headers)


def test_footer_shows_the_visit_box_and_an_accessible_inline_survey(client, site_setup, thai_site):
    survey, counter, page = site_setup
    html = client.get(page.url, HTTP_USER_AGENT=BROWSER).content.decode()
    assert "สถิติผู้เข้าชม" in html and "30 เม.ย. 2562" in html
    assert html.count("<fieldset class=\"govstandard-question\"") == 3  # on the page only, not again in the footer
    assert "<legend>เนื้อหาครบถ้วน ถูกต้อง</legend>" in html
    assert 'type="radio" name="q-content" value="5"' in html
    assert 'id="govstandard-survey-website-footer"' not in html and 'id="govstandard-survey-website-page"' in html
    assert "พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล" in html
    assert "csrfmiddlewaretoken" not in html  # the page stays cacheable (issue 14)
    assert f'data-survey-api="/api/v3/govstandard/surveys/{survey.slug}/responses/"' in html
    assert "wagtail_govstandard/cache/survey.js" in html
    assert 'name="name"' not in html  # no personal fields without consent text


def test_visit_box_shows_the_counted_figures(client, site_setup):
    _survey, counter, page = site_setup
    counter.show_yesterday = False
    counter.save()
    client.get(page.url, HTTP_USER_AGENT=BROWSER)
    buffer.flush()
    cache.clear()
    html = client.get(page.url, HTTP_USER_AGENT=BROWSER).content.decode()
    assert '<tr data-period="today"><th scope="row">Today</th><td>1</td>' in html
    assert 'data-period="yesterday"' not in html


def test_form_post_stores_the_answers_and_thanks_the_visitor(client, site_setup):
    """Without JavaScript: an uncached thank-you page with the way back (the page itself is cached)."""
    survey, _counter, page = site_setup
    response = form_post(client, survey, page, comment="ขอบคุณ", respondent_type="public")
    assert response.status_code == 200
    assert "no-cache" in response["Cache-Control"] and "public" not in response["Cache-Control"]
    stored = SurveyResponse.objects.get()
    assert (stored.comment, stored.respondent_type, stored.answers.count()) == ("ขอบคุณ", "public", 3)
    html = response.content.decode()
    assert 'role="status">Thank you for rating our website.' in html
    assert f'<a href="{page.url}">Back to the page you were on</a>' in html
    assert not response.cookies


def test_form_post_needs_no_token_but_must_come_from_this_site(site_setup):
    survey, _counter, page = site_setup
    strict = Client(enforce_csrf_checks=True)
    assert form_post(strict, survey, page, origin="https://evil.example").status_code == 403
    assert form_post(strict, survey, page, origin=None).status_code == 403  # no Origin, no Referer
    assert not SurveyResponse.objects.exists()
    assert form_post(strict, survey, page).status_code == 200
    assert SurveyResponse.objects.count() == 1


def test_form_errors_are_shown_accessibly_and_nothing_is_stored(client, site_setup):
    survey, _counter, page = site_setup
    response = form_post(client, survey, page, **{"q-content": "", "q-timeliness": "9"})
    assert response.status_code == 400
    html = response.content.decode()
    assert 'role="alert"' in html
    assert 'aria-describedby="gs-website-footer-content-error"' in html
    assert 'id="gs-website-footer-content-error">Choose a rating from 1 to 5.' in html
    assert 'id="gs-website-footer-timeliness-error"' in html
    assert 'name="q-findability" value="5" required aria-describedby="gs-website-footer-scale" checked' in html
    assert not SurveyResponse.objects.exists()


def test_honeypot_and_unsafe_next_on_the_form(client, site_setup):
    survey, _counter, page = site_setup
    response = form_post(client, survey, page, website="spam", next="https://evil.example/")
    assert response.status_code == 200 and '<a href="/">' in response.content.decode()
    assert not SurveyResponse.objects.exists()


def test_statistics_page_shows_the_satisfaction_level_of_the_fiscal_year(client, site_setup):
    survey, _counter, page = site_setup
    today = local_today()
    respond_on(survey, today, answers(5), comment="<b>ดีมาก</b>", status="approved")
    respond_on(survey, today, answers(4, content=3), comment="ความเห็นรออนุมัติ")
    respond_on(survey, today - datetime.timedelta(days=800), answers(1))  # an older fiscal year
    html = client.get(page.url, HTTP_USER_AGENT=BROWSER).content.decode()
    assert f"fiscal year {fiscal_year(today)}" in html
    assert "83.33%" in html  # 5 of 6 ratings are 4 or 5
    assert "2 responses" in html
    assert "<td>4.00</td><td>high</td>" in html  # content: (5 + 3) / 2, read in the page language
    assert "<td>4.50</td><td>high</td>" in html  # timeliness: (5 + 4) / 2
    assert "&lt;b&gt;ดีมาก&lt;/b&gt;" in html and "<b>ดีมาก</b>" not in html
    assert "ความเห็นรออนุมัติ" not in html


def test_statistics_blocks_render_on_the_page(client, site_setup):
    survey, counter, page = site_setup
    page.show_survey_form = False
    page.body = [
        ("visit_statistics", {"counter": counter, "this_page_only": True}),
        ("satisfaction_level", {"survey": survey, "fiscal_year": 2568}),
        ("satisfaction_survey", {"survey": survey}),
    ]
    page.save_revision().publish()
    html = client.get(page.url, HTTP_USER_AGENT=BROWSER).content.decode()
    assert f'id="govstandard-visits-{counter.pk}-{page.pk}"' in html
    assert "fiscal year 2568" in html and "No responses yet in this fiscal year." in html
    assert 'id="govstandard-survey-website-block"' in html


def test_open_data_monthly_csv(client, site_setup, home):
    from wagtail.models import Site

    site = Site.objects.get(is_default_site=True)
    DailyVisits.objects.create(site=site, day=datetime.date(2026, 1, 5), views=10, visitors=4)
    DailyVisits.objects.create(site=site, day=datetime.date(2026, 1, 6), views=5, visitors=3)
    DailyVisits.objects.create(site=site, day=datetime.date(2026, 2, 1), views=7, visitors=7)
    response = client.get("/govstandard/statistics/visits-monthly.csv")
    assert response["Content-Type"].startswith("text/csv")
    lines = response.content.decode("utf-8-sig").splitlines()
    assert lines == ["month,year_be,month_number,page_views,unique_visitor_days",
                     "2026-01,2569,1,15,7", "2026-02,2569,2,7,7"]


@pytest.mark.parametrize("mean, reading", [
    (5.0, "มากที่สุด"), (4.51, "มากที่สุด"), (4.50, "มาก"), (3.51, "มาก"), (3.50, "ปานกลาง"),
    (2.51, "ปานกลาง"), (2.50, "น้อย"), (1.51, "น้อย"), (1.50, "น้อยที่สุด"), (1.0, "น้อยที่สุด"),
])
def test_thai_reading_of_a_mean(mean, reading):
    assert thai_reading(mean) == reading


def test_statistics_page_query_count_does_not_grow_with_answers_or_pages(client, site_setup, home):
    """Issue 14: the results, approved comments, survey and visit box are read once per change."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from wagtail_govstandard.models import NewsPage

    survey, _counter, page = site_setup

    def count():
        with CaptureQueriesContext(connection) as captured:
            response = client.get(page.url, HTTP_USER_AGENT=BROWSER)
        assert response.status_code == 200
        return len(captured), response.content.decode()

    respond_on(survey, local_today(), answers(5), comment="ตอบเร็วดีมาก", status="approved")
    count()
    few, _html = count()
    index = make_index(home, "news")
    for number in range(10):
        make_content(index, NewsPage, title=f"ข่าว {number}", kind="pr")
    for number in range(10):
        respond_on(survey, local_today(), answers(4), comment=f"ความเห็น {number}", status="approved")
    count()  # the new pages and answers renew the cached figures once
    many, html = count()
    assert many == few, (few, many)
    assert many <= 8, many
    assert "ความเห็น 9" in html and "ตอบเร็วดีมาก" in html  # the approved comments, fresh
