"""The category index: newest first, filters by B.E. year and kind, pagination, flat query count."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.utils import make_content, make_document, make_index
from wagtail_govstandard.models import GeneralInfoPage, NewsPage


def _news(index, title, day, kind="pr", **fields):
    return make_content(index, NewsPage, title=title, kind=kind, published_date=day, **fields)


def test_lists_live_children_newest_first_with_year_and_kind_filters(home, client):
    index = make_index(home, "news")
    _news(index, "ข่าวปี 2568", datetime.date(2025, 3, 1))
    _news(index, "ประกาศรับสมัครงาน", datetime.date(2026, 2, 1), kind="job")
    _news(index, "ข่าวปี 2569", datetime.date(2026, 5, 1))
    make_content(index, NewsPage, title="ฉบับร่าง", publish=False, live=False)
    html = client.get(index.url).content.decode()
    assert html.index("ข่าวปี 2569") < html.index("ประกาศรับสมัครงาน") < html.index("ข่าวปี 2568")
    assert "ฉบับร่าง" not in html
    assert 'label for="filter-year"' in html and 'label for="filter-kind"' in html
    assert '<option value="2569"' in html and '<option value="2568"' in html

    html = client.get(index.url, {"year": "2568"}).content.decode()
    assert "ข่าวปี 2568" in html and "ข่าวปี 2569" not in html
    html = client.get(index.url, {"kind": "job"}).content.decode()
    assert "ประกาศรับสมัครงาน" in html and "ข่าวปี 2569" not in html
    html = client.get(index.url, {"year": "x", "page": "zzz"})
    assert html.status_code == 200


def test_items_show_file_type_and_size(home, client):
    index = make_index(home, "general.budget")
    make_content(index, GeneralInfoPage, title="งบประมาณ", attachments=[make_document("งบ", "budget.pdf")])
    html = client.get(index.url).content.decode()
    assert "(PDF, " in html and "งบประมาณ" in html


@pytest.mark.django_db
def test_paginates(home, client, settings):
    settings.WAGTAILGOVSTANDARD_INDEX_PAGE_SIZE = 2
    index = make_index(home, "news")
    for day in range(1, 6):
        _news(index, f"ข่าววันที่ {day}", datetime.date(2026, 1, day))
    first = client.get(index.url).content.decode()
    assert "ข่าววันที่ 5" in first and "ข่าววันที่ 3" not in first
    assert 'aria-current="page">1<' in first and "?page=3" in first
    third = client.get(index.url, {"page": 3}).content.decode()
    assert "ข่าววันที่ 1" in third and "ข่าววันที่ 5" not in third


def _queries_for(client, url):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_query_count_does_not_grow_with_items(home, client):
    index = make_index(home, "news")
    for day in range(1, 4):
        _news(index, f"ข่าว {day}", datetime.date(2026, 1, day), attachments=[make_document(f"ไฟล์ {day}")])
    _queries_for(client, index.url)  # warm caches (site root paths, content types)
    few = _queries_for(client, index.url)
    for day in range(4, 24):
        _news(index, f"ข่าว {day}", datetime.date(2026, 1, day), attachments=[make_document(f"ไฟล์ {day}")])
    _queries_for(client, index.url)  # the new pages renew the cached site frame once
    many = _queries_for(client, index.url)
    assert many == few, (few, many)
    assert many <= 21  # the whole page: site frame, listing, footer statistics and survey, the locale


def test_private_pages_stay_out_of_the_navigation(home, client):
    from wagtail.models import PageViewRestriction

    public = make_index(home, "laws", title="กฎหมายสาธารณะ")
    private = make_index(home, "news", title="ข่าวภายในเท่านั้น")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    html = client.get(public.url).content.decode()
    assert "กฎหมายสาธารณะ" in html and "ข่าวภายในเท่านั้น" not in html


def test_cached_page_count_and_years_follow_publishing(home, client, settings):
    settings.WAGTAILGOVSTANDARD_INDEX_PAGE_SIZE = 1
    index = make_index(home, "news")
    _news(index, "ข่าวหนึ่ง", datetime.date(2026, 5, 1))
    html = client.get(index.url).content.decode()
    assert "?page=2" not in html and '<option value="2568"' not in html
    second = _news(index, "ข่าวสอง", datetime.date(2025, 5, 1))
    html = client.get(index.url).content.decode()
    assert "?page=2" in html and '<option value="2568"' in html
    second.unpublish()
    html = client.get(index.url).content.decode()
    assert "?page=2" not in html
