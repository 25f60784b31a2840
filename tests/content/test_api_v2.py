"""Wagtail API v2: every page type's api_fields under the issue's names, and ?category=."""

import pytest

from tests.content.pages import PAGE_TYPES, make_typed_page

SEED_FIELDS = {
    "category", "source_owner", "owner_work_group", "coverage_start", "coverage_end", "fiscal_year",
    "published_date", "publication_end", "review_by", "attachments",
}


@pytest.mark.parametrize("key", sorted(PAGE_TYPES))
def test_typed_listing_with_all_fields(home, client, key):
    page, _texts = make_typed_page(home, key)
    type_name = type(page)._meta.label
    response = client.get("/api/v2/pages/", {"type": type_name, "fields": "*"})
    assert response.status_code == 200, response.content
    item = response.json()["items"][0]
    assert SEED_FIELDS <= set(item)
    assert item["category"] == page.category
    attachment = item["attachments"][0]
    assert set(attachment) == {"title", "url", "file_extension", "file_size"}
    assert attachment["file_extension"] == "pdf"
    assert attachment["file_size"] == page.attachments.get().document.get_file_size()


def test_category_filter_includes_items_and_index(home, client):
    news, _ = make_typed_page(home, "news")
    law, _ = make_typed_page(home, "law")
    response = client.get("/api/v2/pages/", {"category": "news"})
    assert response.status_code == 200
    ids = {item["id"] for item in response.json()["items"]}
    assert news.pk in ids and news.get_parent().pk in ids and law.pk not in ids


def test_unknown_category_is_a_bad_request(home, client):
    response = client.get("/api/v2/pages/", {"category": "nonsense"})
    assert response.status_code == 400
    assert "category" in response.json()["message"]
