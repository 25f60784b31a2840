"""Webmasters' admin views of seed 1.10: visit report, comment moderation, ITA O16 report."""

import datetime
import io

import pytest
from django.core.cache import cache
from django.utils.encoding import uri_to_iri
from openpyxl import load_workbook
from wagtail.models import Site

from tests.statistics.test_api import respond_on
from tests.statistics.utils import answers, make_survey
from tests.utils import make_content, make_index, make_user
from wagtail_govstandard import roles
from wagtail_govstandard.models import DailyPageVisits, DailyVisits, StatisticsPage, SurveyResponse
from wagtail_govstandard.statistics.setup import grant_statistics_permissions

VISITS = "/admin/govstandard/statistics/visits/"
COMMENTS = "/admin/govstandard/surveys/comments/"
O16 = "/admin/govstandard/surveys/ita-o16/"


@pytest.fixture
def webmaster(db):
    grant_statistics_permissions()
    return make_user("webmaster", groups=[roles.WEBMASTER])


@pytest.fixture
def provider(db):
    from django.contrib.auth.models import Permission

    user = make_user("provider", groups=[roles.PROVIDER])
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


@pytest.fixture
def visits(home):
    site = Site.objects.get(is_default_site=True)
    page = make_content(make_index(home, "statistics"), StatisticsPage, title="หน้าสถิติ")
    for n, day in enumerate([datetime.date(2025, 10, 3), datetime.date(2025, 11, 4), datetime.date(2025, 11, 5)]):
        DailyVisits.objects.create(site=site, day=day, views=10 * (n + 1), visitors=n + 1)
        DailyPageVisits.objects.create(site=site, page=page, day=day, views=5 * (n + 1), visitors=n + 1)
    return page


@pytest.mark.parametrize("url", [VISITS, COMMENTS, O16])
def test_reports_are_for_webmasters_only(client, provider, url, db):
    assert "/login/" in client.get(url)["Location"]
    client.force_login(provider)
    refused = client.get(url)
    assert (refused.status_code, refused["Location"]) == (302, "/admin/")  # Wagtail's permission denied


def test_visit_report_by_day_and_month_with_an_svg_chart_and_top_pages(client, webmaster, visits):
    client.force_login(webmaster)
    response = client.get(VISITS, {"start": "2025-11-01", "end": "2025-11-30", "fiscal_year": 2569})
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count("class=\"govstandard-chart\"") == 2 and "<rect" in html and "cdn" not in html.lower()
    assert "50 page views" in html  # 20 + 30 in November
    assert "<td>Oct 2025</td><td>10</td>" in html and "<td>Nov 2025</td><td>50</td>" in html  # English admin
    assert "หน้าสถิติ" in html


def test_visit_report_exports_csv_and_xlsx(client, webmaster, visits):
    client.force_login(webmaster)
    params = {"start": "2025-11-04", "end": "2025-11-05", "fiscal_year": 2569}
    daily = client.get(VISITS, {**params, "export": "csv", "table": "daily"}).content.decode("utf-8-sig")
    assert daily.splitlines()[1:] == ["2025-11-04,4/11/2568,20,2", "2025-11-05,5/11/2568,30,3"]
    book = load_workbook(io.BytesIO(client.get(VISITS, {**params, "export": "xlsx", "table": "monthly"}).content))
    rows = list(book.active.values)
    assert rows[1:] == [("ต.ค. 2568", 10, 1), ("พ.ย. 2568", 50, 5)]
    pages = client.get(VISITS, {**params, "export": "csv", "table": "pages"}).content.decode("utf-8-sig")
    assert "หน้าสถิติ" in pages.splitlines()[1] and pages.splitlines()[1].endswith(",25,5")
    assert pages.splitlines()[0].split(",")[1] == "URL"
    assert pages.splitlines()[1].split(",")[1] == visits.url  # the public URL, not the tree path


def test_top_pages_show_each_pages_public_url_and_title(client, webmaster, visits):
    """They showed tree paths (/home-test/statistics/…/), which no reader can open."""
    client.force_login(webmaster)
    html = client.get(VISITS, {"start": "2025-11-01", "end": "2025-11-30"}).content.decode()
    top = html[html.index("<h2>Top pages"):]
    assert visits.url.startswith("/statistics/") and "/home-test/" in visits.url_path
    readable = uri_to_iri(visits.url)  # /statistics/หน้าสถิติ/, not /statistics/%E0%B8%AB.../
    assert f'<tr><td>หน้าสถิติ</td><td><a href="{visits.url}" class="govstandard-url">{readable}</a></td><td>25</td>' in top
    assert "home-test" not in top


def test_webmaster_approves_a_comment_and_the_public_then_sees_it(client, webmaster, db):
    cache.clear()
    survey = make_survey()
    pending = respond_on(survey, datetime.date(2026, 1, 1), answers(), comment="<img src=x onerror=alert(1)>")
    client.force_login(webmaster)
    listing = client.get(COMMENTS).content.decode()
    assert "&lt;img src=x onerror=alert(1)&gt;" in listing and "<img src=x" not in listing
    response = client.post(f"{COMMENTS}{pending.pk}/", {"decision": "approved"})
    assert response.status_code == 302
    pending.refresh_from_db()
    assert (pending.comment_status, pending.moderated_by) == ("approved", webmaster)
    from wagtail.models import ModelLogEntry

    entry = ModelLogEntry.objects.get(action="wagtail_govstandard.comment_approved")
    assert (entry.user, entry.object_id) == (webmaster, str(pending.pk))
    client.logout()
    results = client.get("/api/v3/govstandard/surveys/website/results/").json()
    assert [c["comment"] for c in results["comments"]] == ["<img src=x onerror=alert(1)>"]


def test_non_webmasters_cannot_moderate(client, provider, db):
    survey = make_survey()
    pending = respond_on(survey, datetime.date(2026, 1, 1), answers(), comment="รอ")
    client.force_login(provider)
    assert client.post(f"{COMMENTS}{pending.pk}/", {"decision": "approved"})["Location"] == "/admin/"
    client.logout()
    assert client.post(f"{COMMENTS}{pending.pk}/", {"decision": "approved"}).status_code == 302
    pending.refresh_from_db()
    assert pending.comment_status == "pending"


def test_bad_moderation_decision_changes_nothing(client, webmaster, db):
    pending = respond_on(make_survey(), datetime.date(2026, 1, 1), answers(), comment="รอ")
    client.force_login(webmaster)
    client.post(f"{COMMENTS}{pending.pk}/", {"decision": "publish-everything"})
    pending.refresh_from_db()
    assert pending.comment_status == "pending" and pending.moderated_by is None


@pytest.fixture
def fiscal_responses(db):
    survey = make_survey()
    respond_on(survey, datetime.date(2024, 10, 1), answers(5), comment="ปีงบ 2568 ไม่นับ", status="approved")
    respond_on(survey, datetime.date(2025, 10, 1), answers(4), comment="ดี", status="approved")
    respond_on(survey, datetime.date(2026, 9, 30), answers(2, content=5))
    respond_on(survey, datetime.date(2026, 10, 1), answers(1))  # fiscal year 2570
    return survey


def test_o16_report_counts_one_fiscal_year(client, webmaster, fiscal_responses):
    client.force_login(webmaster)
    html = client.get(O16, {"fiscal_year": 2569}).content.decode()
    assert "2 responses" in html
    assert "1 October 2025" in html and "30 September 2026" in html  # an English-speaking admin: C.E.
    assert "ดี" in html and "ปีงบ 2568 ไม่นับ" not in html
    printed = client.get(O16, {"fiscal_year": 2569, "print": 1}).content.decode()
    assert printed.startswith("<!DOCTYPE html>") and "ITA O16" in printed and "wagtailadmin" not in printed


def test_o16_report_csv_and_xlsx(client, webmaster, fiscal_responses):
    client.force_login(webmaster)
    lines = client.get(O16, {"fiscal_year": 2569, "export": "csv"}).content.decode("utf-8-sig").splitlines()
    assert lines[1] == "เนื้อหาครบถ้วน ถูกต้อง,2,0,0,0,1,1,4.5,มาก,100.0"
    assert lines[2] == "ข้อมูลเป็นปัจจุบัน,2,0,1,0,1,0,3.0,ปานกลาง,50.0"
    assert lines[-1].startswith("Overall,2,") and lines[-1].endswith(",66.67")
    book = load_workbook(io.BytesIO(client.get(O16, {"fiscal_year": 2569, "export": "xlsx"}).content))
    assert list(book.active.values)[1][:3] == ("เนื้อหาครบถ้วน ถูกต้อง", 2, 0)


def test_snippets_are_editable_by_webmasters(client, webmaster, db):
    client.force_login(webmaster)
    assert client.get("/admin/snippets/wagtail_govstandard/satisfactionsurvey/").status_code == 200
    assert client.get("/admin/snippets/wagtail_govstandard/visitcounter/add/").status_code == 200
    assert SurveyResponse.objects.count() == 0
