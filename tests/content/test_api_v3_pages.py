"""GET /api/v3/govstandard/pages/ and /categories/: live public pages of the request's site."""

import datetime

import pytest
from wagtail.models import Page, PageViewRestriction, Site

from home.models import HomePage
from tests.utils import bearer, make_content, make_document, make_index, make_user, make_work_group
from wagtail_govstandard.models import GeneralInfoPage, KnowledgePage, NewsPage

URL = "/api/v3/govstandard/pages/"


def _news(index, title, day=datetime.date(2026, 5, 1), **fields):
    fields.setdefault("kind", "pr")
    return make_content(index, NewsPage, title=title, published_date=day, **fields)


def test_item_carries_the_seed_metadata_and_files(home, client):
    group = make_work_group()
    index = make_index(home, "news")
    doc = make_document("ประกาศ", "notice.pdf")
    page = _news(index, "ประกาศรับสมัครงาน", kind="job", owner_work_group=group,
                 coverage_start=datetime.date(2026, 5, 1), coverage_end=datetime.date(2026, 5, 31),
                 publication_end=datetime.date(2026, 6, 30), review_by=datetime.date(2026, 6, 1),
                 fiscal_year=2569, attachments=[doc])
    response = client.get(URL)
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["count"] == 1
    item = body["items"][0]
    assert item == {
        "id": page.pk, "title": "ประกาศรับสมัครงาน", "url": "http://localhost" + page.url,
        "locale": "en", "translations": [],
        "type": "wagtail_govstandard.NewsPage", "category": "news", "kind": "job",
        "source_owner": page.source_owner, "owner_work_group": {"id": group.pk, "name": group.name},
        "coverage_start": "2026-05-01", "coverage_end": "2026-05-31", "fiscal_year": 2569,
        "published_date": "2026-05-01", "publication_end": "2026-06-30", "review_by": "2026-06-01",
        "attachments": [{"title": "ประกาศ", "url": "http://testserver" + doc.url,
                         "file_extension": "pdf", "file_size": doc.get_file_size()}],
    }


def test_kind_is_left_out_for_types_without_one(home, client):
    make_content(make_index(home, "general.history"), GeneralInfoPage, title="ประวัติ")
    item = client.get(URL).json()["items"][0]
    assert "kind" not in item and item["type"] == "wagtail_govstandard.GeneralInfoPage"


def test_filters_category_kind_year_and_paging(home, client):
    news = make_index(home, "news")
    knowledge = make_index(home, "knowledge")
    _news(news, "ข่าว 2568", datetime.date(2025, 12, 31))
    _news(news, "ข่าว 2569", datetime.date(2026, 1, 1), kind="alert")
    make_content(knowledge, KnowledgePage, title="สถิติ", kind="statistics",
                 data_datetime="2026-01-02T09:00:00+07:00", published_date=datetime.date(2026, 1, 2))

    def titles(**params):
        return [i["title"] for i in client.get(URL, params).json()["items"]]

    assert titles() == ["สถิติ", "ข่าว 2569", "ข่าว 2568"]
    assert titles(category="news") == ["ข่าว 2569", "ข่าว 2568"]
    assert titles(kind="statistics") == ["สถิติ"]
    assert titles(kind="alert") == ["ข่าว 2569"]
    assert titles(year=2568) == ["ข่าว 2568"]
    assert titles(limit=1, offset=1) == ["ข่าว 2569"]
    assert client.get(URL, {"limit": 1}).json()["count"] == 3


@pytest.mark.parametrize("params, field", [
    ({"category": "nonsense"}, "category"), ({"limit": 101}, "limit"), ({"limit": 0}, "limit"),
    ({"offset": -1}, "offset"), ({"year": "abc"}, "year"), ({"year": 2026}, "year"),
])
def test_bad_input_is_a_400_naming_the_field(home, client, params, field):
    response = client.get(URL, params)
    assert response.status_code == 400
    assert field in response.json()["errors"][0]["loc"]


def test_only_live_public_pages_of_the_request_site(home, client):
    index = make_index(home, "news")
    _news(index, "เผยแพร่")
    make_content(index, NewsPage, title="ร่าง", publish=False, live=False)
    private = _news(index, "เฉพาะเจ้าหน้าที่")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    other_home = Page.get_first_root_node().add_child(instance=HomePage(title="โรงพยาบาล", slug="hospital"))
    Site.objects.create(hostname="hospital.example.go.th", port=80, root_page=other_home)
    _news(make_index(other_home, "news"), "ข่าวโรงพยาบาล")

    titles = [i["title"] for i in client.get(URL).json()["items"]]
    assert titles == ["เผยแพร่"]
    titles = [i["title"] for i in client.get(URL, HTTP_HOST="hospital.example.go.th").json()["items"]]
    assert titles == ["ข่าวโรงพยาบาล"]


def test_a_token_holder_gets_the_same_public_listing(home, client):
    _news(make_index(home, "news"), "ข่าว")
    response = client.get(URL, headers=bearer(make_user("reader")))
    assert response.status_code == 200 and response.json()["count"] == 1


def _make_items(index, n, start=0):
    for i in range(start, start + n):
        _news(index, f"ข่าว {i}", datetime.date(2026, 1, 1) + datetime.timedelta(days=i),
              attachments=[make_document(f"ไฟล์ {i}", f"f{i}.pdf")])


def test_twenty_items_with_attachments_take_a_fixed_number_of_queries(home, client, django_assert_max_num_queries):
    group = make_work_group()
    news = make_index(home, "news")
    knowledge = make_index(home, "knowledge")
    _make_items(news, 15)
    for i in range(5):
        make_content(knowledge, KnowledgePage, title=f"ความรู้ {i}", kind="article", owner_work_group=group,
                     data_datetime="2026-01-02T09:00:00+07:00", attachments=[make_document(f"k{i}")])
    # 9 on a cold cache: with WAGTAIL_I18N_ENABLED, Wagtail's site root paths (cached after the
    # first URL) also read each root's translations.
    with django_assert_max_num_queries(9):
        response = client.get(URL, {"limit": 20})
    assert len(response.json()["items"]) == 20
    assert all(item["attachments"] for item in response.json()["items"])


def test_query_count_does_not_grow_with_pages(home, client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    index = make_index(home, "news")
    _make_items(index, 2)
    client.get(URL)
    with CaptureQueriesContext(connection) as few:
        client.get(URL)
    _make_items(index, 30, start=2)
    client.get(URL, {"limit": 30})  # counts the new total once
    with CaptureQueriesContext(connection) as many:
        client.get(URL, {"limit": 30})
    assert len(many) == len(few)


def _count_queries(client, url, **params):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        body = client.get(url, params).json()
    return body, [q["sql"] for q in queries if "COUNT(" in q["sql"]]


def test_the_total_is_counted_once_until_a_page_changes(home, client):
    index = make_index(home, "news")
    first = _news(index, "หนึ่ง")
    body, counts = _count_queries(client, URL, category="news")
    assert body["count"] == 1 and len(counts) == 1
    body, counts = _count_queries(client, URL, category="news")
    assert body["count"] == 1 and counts == []

    second = _news(index, "สอง")
    assert client.get(URL, {"category": "news"}).json()["count"] == 2
    second.unpublish()
    assert client.get(URL, {"category": "news"}).json()["count"] == 1
    PageViewRestriction.objects.create(page=first, restriction_type="login")
    assert client.get(URL, {"category": "news"}).json()["count"] == 0
    PageViewRestriction.objects.filter(page=first).delete()
    assert client.get(URL, {"category": "news"}).json()["count"] == 1
    first.delete()
    assert client.get(URL, {"category": "news"}).json()["count"] == 0


def test_a_moved_item_leaves_its_category_count(home, client):
    news = make_index(home, "news")
    item = _news(news, "ย้ายได้")
    other_home = Page.get_first_root_node().add_child(instance=HomePage(title="คลัง", slug="archive"))
    assert client.get(URL).json()["count"] == 1
    item.move(other_home, pos="last-child")
    assert client.get(URL).json()["count"] == 0


def test_category_counts_follow_publishing(home, client):
    index = make_index(home, "news")
    item = _news(index, "หนึ่ง")

    def news_count():
        return {c["code"]: c["live_count"] for c in client.get("/api/v3/govstandard/categories/").json()}["news"]

    assert news_count() == 1
    item.unpublish()
    assert news_count() == 0


def test_categories_route_counts_live_items_and_gives_index_urls(home, client):
    index = make_index(home, "news")
    _news(index, "หนึ่ง")
    _news(index, "สอง")
    make_content(index, NewsPage, title="ร่าง", publish=False, live=False)
    response = client.get("/api/v3/govstandard/categories/")
    assert response.status_code == 200
    by_code = {c["code"]: c for c in response.json()}
    assert by_code["news"]["live_count"] == 2
    assert by_code["news"]["index_url"] == "http://localhost" + index.url
    assert by_code["laws"] == {
        "code": "laws", "label_th": "กฎหมาย ระเบียบ ข้อบังคับ", "label_en": "Laws and regulations",
        "seed_section": "1.2", "refs": ["OIA 7(4)"], "live_count": 0, "index_url": None,
    }


def test_listing_appears_in_openapi(client, db):
    paths = client.get("/api/v3/openapi.json").json()["paths"]
    assert "/api/v3/govstandard/pages/" in paths and "/api/v3/govstandard/categories/" in paths
