"""Every monitoring view is for webmasters (and superusers) only, enforced on the server."""

import pytest
from django.urls import reverse

from tests.utils import make_user

from .conftest import add_item, days, logged_in


def assert_denied(response):
    """Wagtail's admin answers PermissionDenied with a redirect home and an error message."""
    assert response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    assert list(response.wsgi_request._messages)  # "no permission" (in the active language)


VIEWS = [
    ("govstandard_monitoring:expiry", {}),
    ("govstandard_monitoring:expiry_results", {}),
    ("govstandard_monitoring:completeness", {}),
    ("wagtail_govstandard_ita:evidence", {}),
    ("govstandard_monitoring:annual", {}),
    ("govstandard_monitoring:actions", {}),
    ("govstandard_monitoring:logins", {}),
    ("govstandard_monitoring:expiry_action", {"action": "take_down", "id": 1}),
]


@pytest.mark.django_db
@pytest.mark.parametrize("name, query", VIEWS)
def test_only_webmasters_and_superusers(home, name, query, webmaster, provider, head, client):
    url = reverse(name)
    assert reverse("wagtailadmin_login") in client.get(url, query).url  # anonymous: log in first
    for user in (provider, head):
        assert_denied(logged_in(user).get(url, query))
    assert logged_in(webmaster).get(url, query).status_code in (200, 302)
    assert logged_in(make_user("root", superuser=True)).get(url, query).status_code in (200, 302)


@pytest.mark.django_db
def test_a_non_webmaster_cannot_take_down_by_posting(news_index, provider):
    page = add_item(news_index, "Notice", end=days(-1))
    assert_denied(logged_in(provider).post(reverse("govstandard_monitoring:expiry_action"),
                                           {"action": "take_down", "id": page.pk, "reason": "x"}))
    page.refresh_from_db()
    assert page.live


@pytest.mark.django_db
def test_menu_and_home_panel_only_for_webmasters(home, webmaster, provider):
    assert "govstandard-monitoring" in logged_in(webmaster).get(reverse("wagtailadmin_home")).content.decode()
    html = logged_in(provider).get(reverse("wagtailadmin_home")).content.decode()
    assert "govstandard-monitoring" not in html and "Expiry review" not in html
