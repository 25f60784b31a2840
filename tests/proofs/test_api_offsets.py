"""An offset too large for the database is bad input (400) or an empty page, never a 500."""

from tests.utils import bearer, make_user


def test_pages_listing_refuses_an_offset_beyond_the_database(home, client):
    response = client.get(f"/api/v3/govstandard/pages/?offset={2**65}")
    assert response.status_code == 400
    assert response.json()["errors"][0]["loc"] == ["offset"]


def test_request_list_with_a_huge_offset_is_an_empty_page(home, client):
    response = client.get(
        f"/api/v3/govstandard/requests/?offset={2**65}", headers=bearer(make_user("boss", superuser=True))
    )
    assert response.status_code == 200
    assert response.json()["items"] == []
