"""The expiry review (seed 3.2): what it lists, in which order, its filters and export."""

import pytest
from django.urls import reverse

from tests.utils import make_index
from wagtail_govstandard.models import GeneralInfoPage, GovContentPage
from wagtail_govstandard.monitoring import expiry

from .conftest import add_item, days, logged_in

URL = reverse("govstandard_monitoring:expiry")


@pytest.fixture
def items(news_index, home):
    general = make_index(home, "general.history")
    return {
        "expired": add_item(news_index, "Expired notice", end=days(-3)),
        "last_day": add_item(news_index, "Ends today", end=days(0)),
        "soon": add_item(news_index, "Ends in 14 days", end=days(14)),
        "later": add_item(news_index, "Ends in 15 days", end=days(15)),
        "review": add_item(general, "History past review", model=GeneralInfoPage, review=days(-1)),
        "reviewed": add_item(general, "History reviewed", model=GeneralInfoPage, review=days(0)),
        "no_end": add_item(news_index, "News without end", end=None),
        "draft": add_item(news_index, "Expired draft", end=days(-3), live=False),
    }


def listed_titles(response):
    return [page.title for page in response.context["object_list"]]


@pytest.mark.django_db
def test_each_rule_lists_exactly_its_items(items):
    base = GovContentPage.objects.all()
    titles = {rule: sorted(p.title for p in expiry.flagged(base, rules=(rule,))) for rule in expiry.RULES}
    assert titles == {
        expiry.EXPIRED: ["Expired notice"],
        expiry.MISSING_END: ["News without end"],
        expiry.ENDING_SOON: ["Ends in 14 days", "Ends today"],
        expiry.PAST_REVIEW: ["History past review"],
    }
    assert expiry.counts(base) == {"expired": 1, "missing_end": 1, "ending_soon": 2, "past_review": 1}


@pytest.mark.django_db
def test_report_lists_by_urgency_and_leaves_out_the_rest(items, webmaster):
    response = logged_in(webmaster).get(URL)
    assert response.status_code == 200
    assert listed_titles(response) == [
        "Expired notice", "News without end", "Ends today", "Ends in 14 days", "History past review",
    ]
    html = response.content.decode()
    assert "Ends in 15 days" not in html and "Expired draft" not in html and "History reviewed" not in html
    assert 'data-reason="expired"' in html


@pytest.mark.django_db
@pytest.mark.parametrize("query, expected", [
    ({"state": "expired"}, ["Expired notice"]),
    ({"state": "past_review"}, ["History past review"]),
    ({"category": "general.history"}, ["History past review"]),
])
def test_filters(items, webmaster, query, expected):
    assert listed_titles(logged_in(webmaster).get(URL, query)) == expected


def second_site():
    from wagtail.models import Page, Site

    root = Page.get_first_root_node().add_child(instance=Page(title="Other", slug="other-site"))
    Site.clear_site_root_paths_cache()
    return Site.objects.create(hostname="other.example.go.th", root_page=root)


@pytest.mark.django_db
def test_work_group_and_site_filters(items, webmaster, work_group):
    GovContentPage.objects.filter(pk=items["soon"].pk).update(owner_work_group=work_group)
    other = second_site()
    add_item(make_index(other.root_page, "news", slug="other-news"), "Other site expired", end=days(-1))
    client = logged_in(webmaster)
    assert listed_titles(client.get(URL, {"owner_work_group": work_group.pk})) == ["Ends in 14 days"]
    assert listed_titles(client.get(URL, {"site": other.pk})) == ["Other site expired"]
    assert "Other site expired" in listed_titles(client.get(URL))


@pytest.mark.django_db
def test_csv_and_xlsx_export(items, webmaster):
    client = logged_in(webmaster)
    response = client.get(URL, {"export": "csv"})
    body = b"".join(response.streaming_content).decode()
    assert "Expired notice" in body and "Ends in 15 days" not in body
    assert response["Content-Disposition"].endswith('expiry-review.csv"')
    xlsx = client.get(URL, {"export": "xlsx"})
    assert xlsx.status_code == 200
    assert xlsx["Content-Type"].startswith("application/vnd.openxmlformats")


@pytest.mark.django_db
def test_the_thai_footer_counts_content_pages_without_an_english_s(items, webmaster, thai_site):
    html = logged_in(webmaster).get(URL).content.decode()
    footer = html[html.index('class="pagination__end"'):][:200]
    assert "5 หน้าเนื้อหา" in footer
    assert "หน้าเนื้อหาs" not in html


@pytest.mark.django_db
def test_row_actions_wrap_to_fit_a_1366_px_screen(items, webmaster):
    """At 1366 px the three buttons of the last column were cut off (Wagtail's buttons do not
    wrap): they sit in a wrapping box, styled by the package's admin stylesheet."""
    import re

    from django.contrib.staticfiles import finders

    html = logged_in(webmaster).get(URL).content.decode()
    assert '<link rel="stylesheet" href="/static/wagtail_govstandard/admin/admin.css' in html
    rows = re.findall(r'<tr data-page="\d+">.*?</tr>', html, re.S)
    assert len(rows) == 5
    for row in rows:
        actions = re.search(r'<div class="govstandard-row-actions">(.*?)</div>', row, re.S)
        assert actions and actions.group(1).count('class="button button-small') == 3
    css = re.sub(r"/\*.*?\*/", "", open(finders.find("wagtail_govstandard/admin/admin.css")).read(), flags=re.S)
    box = re.search(r"\.govstandard-row-actions \{([^}]*)\}", css).group(1)
    assert "display: flex;" in box and "flex-wrap: wrap;" in box
    button = re.search(r"\.govstandard-row-actions \.button \{([^}]*)\}", css).group(1)
    assert "white-space: normal;" in button and "height: auto;" in button
