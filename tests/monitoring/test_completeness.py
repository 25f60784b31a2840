"""The completeness report (seed 3.1, 3.3) and the compliance API (its ITA parts: tests/ita)."""

import datetime
from decimal import Decimal

import pytest
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page

from tests.utils import bearer, make_content, make_index
from wagtail_govstandard.content.dates import fiscal_year, local_today
from wagtail_govstandard.models import ContactPage, GeneralInfoPage, PolicyPage, SitemapPage
from wagtail_govstandard.monitoring import completeness

from .conftest import add_item, logged_in

REPORT_URL = reverse("govstandard_monitoring:completeness")
API_URL = "/api/v3/govstandard/compliance/"


def age(page, days):
    """Make the item look last published `days` ago."""
    when = timezone.now() - datetime.timedelta(days=days)
    Page.objects.filter(pk=page.pk).update(last_published_at=when, first_published_at=when)


@pytest.fixture
def site_content(home, news_index):
    add_item(news_index, "Fresh news", end=local_today() + datetime.timedelta(days=30))
    history = add_item(make_index(home, "general.history"), "History", model=GeneralInfoPage)
    age(history, 400)
    this_year = fiscal_year(local_today())
    add_item(make_index(home, "general.action_plan"), "Plan", model=GeneralInfoPage, fiscal_year=this_year)
    add_item(make_index(home, "general.budget"), "Old budget", model=GeneralInfoPage, fiscal_year=this_year - 1,
             published=local_today() - datetime.timedelta(days=400))
    return home


def statuses(report):
    return {row.category.code: row.status for row in report.rows}


@pytest.mark.django_db
def test_category_statuses(site_content, webmaster):
    from wagtail.models import Site

    report = completeness.build(Site.objects.get(is_default_site=True))
    found = statuses(report)
    assert found["news"] == "current"
    assert found["general.history"] == "stale"  # nothing updated within 365 days
    assert found["general.action_plan"] == "current"  # has an item for this fiscal year
    assert found["general.budget"] == "stale"  # only last fiscal year's
    assert found["general.vision"] == "missing"
    assert found["statistics"] == "feature"
    news = next(r for r in report.rows if r.category.code == "news")
    assert news.count == 1 and news.index_url.endswith("/news/") and news.last_update is not None


def add_features(home, complete=True):
    contact_index = make_index(home, "general.contact")
    make_content(contact_index, ContactPage, address="1 ถนน", phone="037 000 000", email="info@example.go.th",
                 latitude=Decimal("13.800000") if complete else None,
                 longitude=Decimal("102.000000") if complete else None)
    home.add_child(instance=SitemapPage(title="Sitemap", slug="sitemap"))
    for kind in ("privacy", "cookie", "accessibility"):
        home.add_child(instance=PolicyPage(title=kind, slug=kind, kind=kind, body="<p>x</p>"))


def features(report):
    return {f.code: f.ok for f in report.features}


@pytest.mark.django_db
def test_site_features_all_present(home):
    from wagtail.models import Site

    add_features(home)
    report = completeness.build(Site.objects.get(is_default_site=True))
    assert features(report) == {
        "contact": True, "sitemap": True, "search": True, "privacy_policy": True,
        "cookie_policy": True, "accessibility_statement": True, "english": True,
    }


@pytest.mark.django_db
@override_settings(LANGUAGES=[("th", "ไทย")], WAGTAIL_CONTENT_LANGUAGES=[("th", "ไทย")])
def test_site_features_missing(home):
    from wagtail.models import Site

    add_features(home, complete=False)
    PolicyPage.objects.filter(kind="cookie").delete()
    report = completeness.build(Site.objects.get(is_default_site=True))
    found = features(report)
    assert found["contact"] is False and next(f.detail for f in report.features if f.code == "contact")
    assert found["cookie_policy"] is False and found["english"] is False
    assert found["privacy_policy"] is True


@pytest.mark.django_db
def test_score_counts_categories_and_features(site_content):
    from wagtail.models import Site

    report = completeness.build(Site.objects.get(is_default_site=True))
    scored = [r for r in report.rows if r.status != "feature"]
    points = sum({"current": 1, "stale": 0.5, "missing": 0}[r.status] for r in scored)
    points += sum(f.ok for f in report.features)
    assert report.score == round(100 * points / (len(scored) + len(report.features)))


@pytest.mark.django_db
def test_report_page_and_the_webmaster_flag(site_content, webmaster):
    client = logged_in(webmaster)
    html = client.get(REPORT_URL).content.decode()
    assert 'data-category="general.vision" data-status="missing"' in html
    assert 'data-flag="too-few-webmasters"' in html  # only one webmaster
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert 'data-flag="too-few-webmasters"' in dashboard


@pytest.mark.django_db
def test_two_active_webmasters_clear_the_flag(site_content, webmaster, webmaster2):
    client = logged_in(webmaster)
    assert 'data-flag="webmasters-ok"' in client.get(REPORT_URL).content.decode()
    assert 'data-flag="too-few-webmasters"' not in client.get(reverse("wagtailadmin_home")).content.decode()
    webmaster2.is_active = False
    webmaster2.save()
    assert 'data-flag="too-few-webmasters"' in client.get(REPORT_URL).content.decode()


@pytest.mark.django_db
def test_completeness_export(site_content, webmaster):
    response = logged_in(webmaster).get(REPORT_URL, {"export": "csv"})
    body = b"".join(response.streaming_content).decode()
    assert "general.vision" in body and ",score," in body


@pytest.mark.django_db
def test_api_requires_a_webmaster_token(site_content, webmaster, provider, client):
    assert client.get(API_URL).status_code == 401
    assert client.get(API_URL, headers={"Authorization": "Bearer nope"}).status_code == 401
    assert client.get(API_URL, headers=bearer(provider)).status_code == 403
    response = client.get(API_URL, headers=bearer(webmaster))
    assert response.status_code == 200
    data = response.json()
    by_code = {c["code"]: c for c in data["categories"]}
    assert by_code["news"]["status"] == "current" and by_code["general.vision"]["status"] == "missing"
    assert data["too_few_webmasters"] is True and data["webmaster_count"] == 1
    assert data["ita"] == [] and data["ita_evidence"] == []  # no framework chosen (see tests/ita)
    assert {f["code"] for f in data["features"]} >= {"contact", "sitemap", "search", "english"}
    assert client.get(API_URL, {"site": 9999}, headers=bearer(webmaster)).status_code == 404


@pytest.mark.django_db
def test_superuser_reads_the_api(site_content, client):
    from tests.utils import make_user

    admin = make_user("root", superuser=True)
    assert client.get(API_URL, headers=bearer(admin)).status_code == 200
