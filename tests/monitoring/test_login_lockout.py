"""Brute-force protection of the admin sign-in (issue #11, finding 10; django-axes in the example
site): a user name + IP address pair is locked after AXES_FAILURE_LIMIT failures, the right
password is refused until the cool-off, the page says so (429, Thai or English), and every
attempt is still a row of the Computer Crime Act sign-in records."""

import datetime

import pytest
from axes.models import AccessAttempt
from django.urls import reverse
from django.utils import timezone

from tests.utils import PASSWORD, make_user
from wagtail_govstandard.models import LoginRecord

LOGIN_URL = reverse("wagtailadmin_login")
ATTACKER = "203.0.113.66"


def sign_in(client, username, password, ip=ATTACKER, **headers):
    return client.post(LOGIN_URL, {"username": username, "password": password}, REMOTE_ADDR=ip, headers=headers)


def signed_in(client):
    return "_auth_user_id" in client.session


@pytest.fixture
def webmaster(db):
    return make_user("webmaster", superuser=True)


def hammer(client, times=100):
    for n in range(times):
        sign_in(client, "webmaster", "wrong-%d" % n)


def test_the_right_password_after_100_wrong_ones_does_not_sign_in(client, webmaster, settings):
    hammer(client)
    response = sign_in(client, "webmaster", PASSWORD)
    assert response.status_code == 429 and not signed_in(client)
    page = response.content.decode()
    assert "Sign-in locked" in page and "Try again in 30 minutes" in page and "even the right password" in page
    assert response["Retry-After"] == "1800"
    assert client.get(reverse("wagtailadmin_home")).status_code == 302  # still the login page


def test_the_lockout_page_speaks_thai(client, webmaster):
    hammer(client, 5)
    page = sign_in(client, "webmaster", PASSWORD, **{"Accept-Language": "th"}).content.decode()
    assert 'lang="th"' in page and "ล็อก" in page


def test_every_attempt_is_a_sign_in_record(client, webmaster):
    hammer(client)
    sign_in(client, "webmaster", PASSWORD)
    records = LoginRecord.objects.filter(user=webmaster)
    assert records.count() == 101
    assert set(records.values_list("ip_address", "success")) == {(ATTACKER, False)}


def test_another_user_from_the_same_address_and_the_same_user_elsewhere_still_sign_in(client, webmaster):
    make_user("editor")
    hammer(client)
    assert sign_in(client, "editor", PASSWORD).status_code == 302 and signed_in(client)
    client.logout()
    assert sign_in(client, "webmaster", PASSWORD, ip="198.51.100.5").status_code == 302 and signed_in(client)


def test_after_the_cool_off_the_right_password_signs_in(client, webmaster):
    hammer(client, 5)
    assert sign_in(client, "webmaster", PASSWORD).status_code == 429
    AccessAttempt.objects.update(attempt_time=timezone.now() - datetime.timedelta(minutes=31))
    assert sign_in(client, "webmaster", PASSWORD).status_code == 302 and signed_in(client)


def test_fewer_failures_than_the_limit_do_not_lock(client, webmaster):
    hammer(client, 4)
    assert sign_in(client, "webmaster", PASSWORD).status_code == 302 and signed_in(client)
