"""Completeness per ITA item against a fixture framework: met / partly / missing / not
applicable, with the reason a webmaster acts on and the live URLs that answer it."""

import datetime
import json

import pytest
from django.utils import translation
from wagtail.models import Site

from tests.utils import make_content, make_index
from wagtail_govstandard.ita import completeness, loader
from wagtail_govstandard.models import ExecutivesPage, LawPage, NewsPage

AS_OF = datetime.date(2599 - 543, 3, 15)  # mid-March of FY 2599: Oct-Feb are due


def build(as_of=AS_OF, **kwargs):
    return completeness.build(loader.get("test_oit_2599"), Site.objects.get(is_default_site=True),
                              as_of=as_of, **kwargs)


def statuses(report):
    return {row.item.code: row.status for row in report.items}


def month(n_after_october, day=5):
    first = datetime.date(2599 - 544, 10, 1)
    year, index = first.year + (9 + n_after_october) // 12, (9 + n_after_october) % 12 + 1
    return datetime.date(year, index, day)


@pytest.fixture
def news(home):
    return make_index(home, "news")


@pytest.mark.django_db
def test_nothing_published_is_missing_with_the_reason(home, fixture_frameworks):
    with translation.override("en"):
        report = build()
    assert statuses(report) == {"T1": "missing", "T2": "missing"}
    t1, t2 = report.items
    assert "nothing published: Executives" in t1.reason
    assert "T2.1: no News for October" in t2.reason and "T2.2: nothing published: Laws" in t2.reason
    assert report.score == 0 and report.met == 0


@pytest.mark.django_db
def test_met_partly_and_the_links_that_answer(home, news, fixture_frameworks):
    executives = make_index(home, "general.executives")
    make_content(executives, ExecutivesPage, title="ทำเนียบผู้บริหาร")
    laws = make_index(home, "laws")
    for n in range(3):
        make_content(laws, LawPage, title=f"กฎหมาย {n}")
    for n in (0, 1, 2, 4):  # October, November, December, February; January is lacking
        make_content(news, NewsPage, title=f"ข่าว {n}", kind="pr", coverage_start=month(n),
                     published_date=month(n) + datetime.timedelta(days=20))
    make_content(news, NewsPage, title="ประกาศ", kind="announcement", coverage_start=month(3))
    with translation.override("th"):
        report = build()
    t1, t2 = report.items
    assert t1.status == "met" and [link.kind for link in t1.links] == ["index", "item"]
    assert t1.links[0].url.endswith("/general-executives/")
    assert t2.status == "partly"
    monthly, laws_result = t2.evidence
    assert monthly.status == "partly" and "มกราคม 2599" in monthly.reason
    assert "ตุลาคม" not in monthly.reason  # October is there
    assert laws_result.status == "partly" and "3" in laws_result.reason and "5" in laws_result.reason
    assert report.score == 75


@pytest.mark.django_db
def test_nothing_due_is_not_applicable(home, fixture_frameworks):
    report = build(as_of=datetime.date(2599 - 544, 10, 20))  # no month of FY 2599 has ended
    t2 = report.items[1]
    assert t2.evidence[0].status == "not_applicable"
    assert t2.status == "missing"  # the laws are due whatever the month


@pytest.mark.django_db
def test_a_year_bound_item_names_the_year_it_has(home, fixture_frameworks, tmp_path, settings):
    data = json.loads((fixture_frameworks / "test_oit_2599.json").read_text(encoding="utf-8"))
    data["items"][0]["period"] = "previous_fy"
    (tmp_path / "test_oit_2599.json").write_text(json.dumps(data), encoding="utf-8")
    settings.WAGTAILGOVSTANDARD_ITA_FRAMEWORK_DIRS = [str(tmp_path)]
    executives = make_index(home, "general.executives")
    make_content(executives, ExecutivesPage, title="old", fiscal_year=2597)
    with translation.override("en"):
        result = build().items[0]
    assert result.status == "missing"
    assert "the latest is for FY 2597, needs 2598" in result.reason
    make_content(executives, ExecutivesPage, title="right", fiscal_year=2598)
    result = build().items[0]
    assert result.status == "met" and [link.title for link in result.links if link.kind == "item"] == ["right"]


@pytest.mark.django_db
def test_another_sites_pages_do_not_count(home, fixture_frameworks):
    from home.models import HomePage
    other_home = home.get_parent().add_child(instance=HomePage(title="อื่น", slug="other-home"))
    Site.objects.create(hostname="other.localhost", root_page=other_home)
    make_content(make_index(other_home, "general.executives", slug="ex2"), ExecutivesPage, title="elsewhere")
    assert build().items[0].status == "missing"
