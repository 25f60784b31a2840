"""Issue 14: a Site's root page (CachedRoutingMixin) finds the page a URL names from a cached
route. After every change of the tree each URL answers what Wagtail's own routing answers, on
the very next request; and a route kept saves the per-level queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from home.models import HomePage
from tests.utils import make_content, make_index
from wagtail_govstandard.models import NewsPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree(home):
    news = make_index(home, "news", title="ข่าวประชาสัมพันธ์")
    laws = make_index(home, "laws", title="กฎหมาย")
    item = make_content(news, NewsPage, title="ข่าวที่หนึ่ง", slug="first", kind="pr")
    return {"home": home, "news": news, "laws": laws, "item": item}


def answer(client, url):
    response = client.get(url)
    return response.status_code, response.content.decode() if response.status_code == 200 else ""


def wagtails_answer(client, url, monkeypatch):
    """What Wagtail's routing answers, level by level, for the same URL now."""
    with monkeypatch.context() as patched:
        patched.setattr(HomePage, "route", Page.route)
        return answer(client, url)


def unpublish_item(t):
    t["item"].unpublish()


def republish_item(t):
    t["item"].unpublish()
    t["item"].save_revision().publish()


def rename_item(t):
    t["item"].slug = "renamed"
    t["item"].save_revision().publish()


def rename_index(t):
    t["news"].slug = "announcements"
    t["news"].save_revision().publish()


def move_item(t):
    t["item"].move(t["laws"], pos="last-child")


def delete_item(t):
    t["item"].delete()


def unpublish_index(t):
    t["news"].unpublish()


def restrict_index(t):
    PageViewRestriction.objects.create(page=t["news"], restriction_type="login")


def add_page_where_a_404_was(t):
    make_content(t["news"], NewsPage, title="ข่าวใหม่", slug="later", kind="pr")


CHANGES = [unpublish_item, republish_item, rename_item, rename_index, move_item, delete_item, unpublish_index,
           restrict_index, add_page_where_a_404_was]
URLS = ["/news/first/", "/news/renamed/", "/announcements/first/", "/laws/first/", "/news/later/", "/news/",
        "/news/first/extra/", "/laws/"]


@pytest.mark.parametrize("change", CHANGES, ids=lambda change: change.__name__)
def test_after_each_change_every_url_answers_as_wagtails_routing_does(client, tree, change, monkeypatch):
    for url in URLS:  # every route that exists is now kept, and the 404s are not
        answer(client, url)
    change(tree)
    for url in URLS:
        assert answer(client, url) == wagtails_answer(client, url, monkeypatch), (change.__name__, url)


def test_the_answers_are_the_ones_a_reader_expects(client, tree):
    assert answer(client, "/news/first/")[0] == 200
    rename_item(tree)
    assert answer(client, "/news/first/")[0] == 404
    status, html = answer(client, "/news/renamed/")
    assert status == 200 and "ข่าวที่หนึ่ง" in html
    move_item(tree)
    moved = client.get("/news/renamed/")  # Wagtail's redirects app keeps the old address
    assert moved.status_code == 301 and moved["Location"].endswith("/laws/renamed/")
    assert answer(client, "/laws/renamed/")[0] == 200
    delete_item(tree)
    assert answer(client, "/laws/renamed/")[0] == 404


def test_a_kept_route_reads_the_item_in_one_query_instead_of_three(client, tree, monkeypatch):
    url = tree["item"].url
    answer(client, url)  # routes the full way and keeps the route; fills the frame caches
    answer(client, url)  # the first from the kept route: its breadcrumbs are read once, then kept
    with CaptureQueriesContext(connection) as kept:
        assert client.get(url).status_code == 200
    item_reads = [query for query in kept.captured_queries if '"wagtail_govstandard_newspage"' in query["sql"]]
    with monkeypatch.context() as patched:
        patched.setattr(HomePage, "route", Page.route)
        client.get(url)
        with CaptureQueriesContext(connection) as level_by_level:
            assert client.get(url).status_code == 200
    assert len(kept) == len(level_by_level) - 2, (len(kept), len(level_by_level))
    assert len(item_reads) == 1


def test_what_is_kept_is_the_pages_id_and_type_never_the_page(client, tree, monkeypatch):
    from wagtail_govstandard.content import versions

    kept = []
    real = versions.cached

    def recording(name, parts, compute, scope=versions.PAGES):
        value = real(name, parts, compute, scope)
        if name == "route":
            kept.append(value)
        return value

    monkeypatch.setattr(versions, "cached", recording)
    answer(client, "/news/first/")
    answer(client, "/news/first/")
    item = tree["item"]
    assert kept == [(item.pk, item.content_type_id)] * 2
