"""Notices: the recipient's language, the outbox, a failing mail server, the retry."""

from unittest import mock

from django.core import mail
from django.core.management import call_command

from tests.requests.conftest import file_request
from tests.utils import prefer_language
from wagtail_govstandard.models import Notice
from wagtail_govstandard.requests import (
    forms,
    notices,
    transitions,
)


def test_thai_by_default_english_for_who_prefers_it(crew):
    prefer_language(crew.cohead, "en")
    file_request(crew.provider, crew.planning)
    by_address = {m.to[0]: m for m in mail.outbox}
    thai, english = by_address["head@example.go.th"], by_address["cohead@example.go.th"]
    assert thai.subject.startswith("[ขออนุญาตเผยแพร่]") and "กลุ่มงานยุทธศาสตร์" in thai.body
    assert english.subject.startswith("[Publication request]") and "Work group:" in english.body
    assert "/admin/govstandard/requests/" in english.body
    assert set(Notice.objects.values_list("language", flat=True)) == {"th", "en"}


def test_every_notice_is_a_sent_row(crew):
    request_obj = file_request(crew.provider, crew.planning)
    transitions.approve(request_obj, crew.head, forms.ApproveForm({}))
    events = sorted(request_obj.notices.values_list("event", "email"))
    assert ("approved", "provider@example.go.th") in events
    assert ("to_publish", "webmaster@example.go.th") in events and ("submitted", "head@example.go.th") in events
    assert set(request_obj.notices.values_list("status", flat=True)) == {"sent"}


def test_a_failing_mail_server_is_logged_kept_and_retried(crew, caplog):
    with mock.patch("wagtail_govstandard.requests.notices.send_mail", side_effect=OSError("connection refused")):
        request_obj = file_request(crew.provider, crew.planning)
    assert request_obj.status == "submitted"  # the click did not fail
    failed = Notice.objects.filter(status="failed")
    assert failed.count() == 2 and not mail.outbox
    assert all(n.attempts == 1 and "connection refused" in n.last_error for n in failed)
    assert "connection refused" in caplog.text

    call_command("govstandard_send_notices")
    assert Notice.objects.filter(status="sent").count() == 2 and len(mail.outbox) == 2
    assert set(Notice.objects.values_list("attempts", flat=True)) == {2}
    call_command("govstandard_send_notices")  # nothing sent twice
    assert len(mail.outbox) == 2


def test_retries_stop_at_the_limit(crew, settings):
    settings.WAGTAILGOVSTANDARD_NOTICE_MAX_ATTEMPTS = 2
    with mock.patch("wagtail_govstandard.requests.notices.send_mail", side_effect=OSError("down")):
        file_request(crew.provider, crew.planning)
        assert notices.retry_all() == {"failed": 2}
        assert notices.retry_all() == {}
    assert set(Notice.objects.values_list("attempts", flat=True)) == {2}


def test_a_queue_that_is_down_leaves_the_notice_pending(crew):
    with mock.patch("wagtail_govstandard.requests.notices.send_notice") as task:
        task.enqueue.side_effect = RuntimeError("no broker")
        file_request(crew.provider, crew.planning)
    assert Notice.objects.filter(status="pending").count() == 2 and not mail.outbox
    notices.retry_notices.enqueue()
    assert Notice.objects.filter(status="sent").count() == 2


def test_rejection_notice_in_english_lists_reasons(crew):
    prefer_language(crew.provider, "en")
    request_obj = file_request(crew.provider, crew.planning)
    mail.outbox.clear()
    transitions.reject(request_obj, crew.head, forms.RejectForm(
        {"reasons": ["unrelated", "file_format"], "note": "see the guideline"}))
    [notice] = mail.outbox
    assert "not related to the agency's mission" in notice.body and "file format not allowed" in notice.body
    assert "see the guideline" in notice.body
