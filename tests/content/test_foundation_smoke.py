import datetime

import pytest

from tests.utils import make_content, make_document, make_index
from wagtail_govstandard.content import categories, dates
from wagtail_govstandard.models import NewsPage


def test_registry_holds_every_code_once():
    codes = [c.code for c in categories.CATEGORIES]
    assert len(codes) == len(set(codes)) == 41
    assert len(categories.standard()) == 21  # the seed's; the other 20 are the ITA items' (ita/)
    # ITA item codes live in the framework files, per year: the registry carries legal refs only.
    assert all(ref.startswith("OIA") for c in categories.CATEGORIES for ref in c.refs)


@pytest.mark.parametrize(
    "day, expected",
    [(datetime.date(2025, 9, 30), 2568), (datetime.date(2025, 10, 1), 2569), (datetime.date(2026, 9, 30), 2569)],
)
def test_fiscal_year_is_named_by_the_be_year_it_ends(day, expected):
    assert dates.fiscal_year(day) == expected


def test_news_item_takes_category_and_end_from_its_index(home):
    index = make_index(home, "news")
    page = make_content(index, NewsPage, published_date=datetime.date(2026, 1, 1), attachments=[make_document()])
    page.refresh_from_db()
    assert page.category == "news"
    assert page.publication_end == datetime.date(2027, 1, 1)
    assert page.attachments.first().description == "PDF, %s" % page.attachments.first().description.split(", ")[1]


def test_v2_category_filter_and_attachments(home, client):
    index = make_index(home, "news")
    make_content(index, NewsPage, title="ข่าวหนึ่ง", attachments=[make_document()])
    response = client.get("/api/v2/pages/?category=news&type=wagtail_govstandard.NewsPage&fields=*")
    assert response.status_code == 200, response.content
    item = response.json()["items"][0]
    assert item["category"] == "news"
    assert item["attachments"][0]["file_extension"] == "pdf"


def test_v3_categories(home, client):
    make_index(home, "news")
    response = client.get("/api/v3/govstandard/categories/")
    assert response.status_code == 200, response.content
    news = next(c for c in response.json() if c["code"] == "news")
    assert news["index_url"].endswith("/news/")
