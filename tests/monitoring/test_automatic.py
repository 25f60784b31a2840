"""govstandard_expire and its task: automatic take-down per site (idempotent), reminders."""

import pytest
from django.core import mail
from django.core.management import call_command
from wagtail.models import PageLogEntry, Site

from wagtail_govstandard.models import ExpiryAction, GovContentPage, MonitoringSettings
from wagtail_govstandard.monitoring import actions
from wagtail_govstandard.monitoring.tasks import expire_content

from .conftest import add_item, days


def auto_take_down(on=True):
    settings = MonitoringSettings.for_site(Site.objects.get(is_default_site=True))
    settings.auto_take_down = on
    settings.save()


def live(page):
    return GovContentPage.objects.get(pk=page.pk).live


@pytest.mark.django_db
def test_nothing_is_taken_down_when_the_site_has_not_asked_for_it(news_index):
    page = add_item(news_index, "Expired", end=days(-1))
    call_command("govstandard_expire", stdout=open("/dev/null", "w"))
    assert live(page) and not ExpiryAction.objects.exists()


@pytest.mark.django_db
def test_expired_items_are_taken_down_logged_and_a_rerun_does_nothing(news_index, capsys):
    auto_take_down()
    expired = add_item(news_index, "Expired", end=days(-1))
    last_day = add_item(news_index, "Last day", end=days(0))
    call_command("govstandard_expire")
    assert "1 item(s) taken down" in capsys.readouterr().out
    assert not live(expired) and live(last_day)
    record = ExpiryAction.objects.get()
    assert (record.page_id, record.automatic, record.actor, record.action) == (expired.pk, True, None, "take_down")
    assert PageLogEntry.objects.filter(page=expired, action="wagtail_govstandard.take_down").count() == 1
    call_command("govstandard_expire")
    assert "0 item(s) taken down" in capsys.readouterr().out
    assert ExpiryAction.objects.count() == 1
    assert PageLogEntry.objects.filter(page=expired, action="wagtail_govstandard.take_down").count() == 1


@pytest.mark.django_db
def test_the_task_does_the_same(news_index):
    auto_take_down()
    page = add_item(news_index, "Expired", end=days(-3))
    result = expire_content.enqueue()
    assert result.return_value == {"taken_down": 1, "reminders": 0}
    assert not live(page)
    assert expire_content.enqueue().return_value == {"taken_down": 0, "reminders": 0}


@pytest.mark.django_db
def test_owners_get_one_reminder_per_item_and_end_date(news_index, work_group):
    page = add_item(news_index, "Tender notice", end=days(10), owner_work_group=work_group)
    add_item(news_index, "Far away", end=days(40), owner_work_group=work_group)
    add_item(news_index, "No owner", end=days(5))
    call_command("govstandard_expire", stdout=open("/dev/null", "w"))
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["planning@example.go.th"] and "Tender notice" in message.subject
    call_command("govstandard_expire", stdout=open("/dev/null", "w"))
    assert len(mail.outbox) == 1
    actions.extend(page, None, days(12), "one more week")
    call_command("govstandard_expire", stdout=open("/dev/null", "w"))
    assert len(mail.outbox) == 2


@pytest.mark.django_db
def test_reminder_goes_to_the_heads_when_the_work_group_has_no_address(news_index, work_group, head):
    work_group.email = ""
    work_group.save()
    add_item(news_index, "Notice", end=days(1), owner_work_group=work_group)
    call_command("govstandard_expire", stdout=open("/dev/null", "w"))
    assert [m.to for m in mail.outbox] == [[head.email]]
