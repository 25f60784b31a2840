"""Audit retention (seed 3.4): admin sign-ins are recorded; nothing younger than 90 days is
ever purged, and a shorter period is refused with a clear message."""

import datetime

import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageLogEntry

from tests.utils import PASSWORD, make_user
from wagtail_govstandard.models import LoginRecord
from wagtail_govstandard.monitoring.logins import unknown_name

LOGIN_URL = reverse("wagtailadmin_login")


@pytest.mark.django_db
def test_successful_and_failed_admin_logins_are_recorded(client):
    user = make_user("editor")
    client.post(LOGIN_URL, {"username": "editor", "password": "wrong"}, REMOTE_ADDR="203.0.113.7")
    client.post(LOGIN_URL, {"username": "nobody", "password": "x"}, REMOTE_ADDR="203.0.113.8")
    client.post(LOGIN_URL, {"username": "editor", "password": PASSWORD}, REMOTE_ADDR="2001:db8::1")
    records = list(LoginRecord.objects.order_by("pk").values_list("username", "user", "ip_address", "success"))
    assert records == [
        ("editor", user.pk, "203.0.113.7", False),
        (unknown_name("nobody"), None, "203.0.113.8", False),
        ("editor", user.pk, "2001:db8::1", True),
    ]


@pytest.mark.django_db
def test_a_password_typed_as_the_user_name_is_not_kept(client):
    """Issue #11 finding 13: a failed attempt's name is kept as typed only when it names a user."""
    make_user("editor")
    client.post(LOGIN_URL, {"username": "S3cret-passw0rd!", "password": "x"}, REMOTE_ADDR="203.0.113.9")
    record = LoginRecord.objects.get()
    assert "S3cret" not in record.username and record.username.startswith("unknown:")
    client.post(LOGIN_URL, {"username": "S3cret-passw0rd!", "password": "y"}, REMOTE_ADDR="203.0.113.9")
    assert LoginRecord.objects.filter(username=record.username).count() == 2  # a spray still shows


def test_the_example_site_loads_no_gravatar(settings):
    from config.settings import base

    assert base.WAGTAIL_GRAVATAR_PROVIDER_URL is None


def aged(model, field, days, **fields):
    record = model.objects.create(**fields)
    model.objects.filter(pk=record.pk).update(**{field: timezone.now() - datetime.timedelta(days=days)})
    return record


@pytest.fixture
def old_and_young(db):
    old = aged(LoginRecord, "at", 91, username="a", success=True)
    young = aged(LoginRecord, "at", 89, username="b", success=False)
    return old, young


@pytest.mark.django_db
def test_purge_keeps_90_days_and_deletes_older(old_and_young, home, capsys):
    log = {"page": home, "action": "wagtail.edit", "label": "x", "content_type_id": home.content_type_id,
               "timestamp": timezone.now()}
    old_log, young_log = aged(PageLogEntry, "timestamp", 120, **log), aged(PageLogEntry, "timestamp", 30, **log)
    call_command("govstandard_purge")
    old, young = old_and_young
    assert list(LoginRecord.objects.values_list("pk", flat=True)) == [young.pk]
    assert not PageLogEntry.objects.filter(pk=old_log.pk).exists()
    assert PageLogEntry.objects.filter(pk=young_log.pk).exists()
    assert "login records: deleted 1" in capsys.readouterr().out


@pytest.mark.django_db
def test_purge_refuses_fewer_than_90_days_and_deletes_nothing(old_and_young):
    with pytest.raises(CommandError, match="at least 90 days"):
        call_command("govstandard_purge", "--days", "30")
    assert LoginRecord.objects.count() == 2


@pytest.mark.django_db
@override_settings(WAGTAILGOVSTANDARD_AUDIT_RETENTION_DAYS=60)
def test_a_setting_below_the_floor_is_refused_too(old_and_young):
    with pytest.raises(CommandError, match="Computer Crime Act"):
        call_command("govstandard_purge")
    assert LoginRecord.objects.count() == 2


@pytest.mark.django_db
def test_longer_retention_and_dry_run(old_and_young, capsys):
    call_command("govstandard_purge", "--days", "365")
    assert LoginRecord.objects.count() == 2
    aged(LoginRecord, "at", 400, username="c", success=True)
    call_command("govstandard_purge", "--days", "365", "--dry-run")
    assert "would delete 1" in capsys.readouterr().out and LoginRecord.objects.count() == 3


@pytest.mark.django_db
def test_sign_in_register_for_webmasters(client, webmaster):
    from .conftest import logged_in

    client.post(LOGIN_URL, {"username": "webmaster", "password": "wrong"}, REMOTE_ADDR="198.51.100.4")
    html = logged_in(webmaster).get(reverse("govstandard_monitoring:logins")).content.decode()
    assert "198.51.100.4" in html


@pytest.mark.django_db
def test_webmasters_group_gets_the_admin_permissions_monitoring_needs():
    from wagtail_govstandard import roles
    from wagtail_govstandard.monitoring.setup import grant_webmaster_permissions

    group = grant_webmaster_permissions()
    grant_webmaster_permissions()  # idempotent
    assert group.name == roles.WEBMASTER
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert {"access_admin", "change_monitoringsettings", "add_redirect"} <= codenames
