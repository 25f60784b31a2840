"""Notices of the request workflow: rendered per recipient's language, kept in an outbox, sent by a task.

A notice is a row first (so it is never lost), then an e-mail sent by the `send_notice` task
after the transaction commits. A failed send is logged and stays "failed" with its error;
`manage.py govstandard_send_notices` (or the `retry_notices` task) tries again.
"""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.db.transaction import on_commit
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django_tasks import task

from wagtail_govstandard import conf, roles
from wagtail_govstandard.requests.models import Notice

logger = logging.getLogger(__name__)


def recipient_language(user):
    """The user's Wagtail admin language when it is one we write notices in, else the default."""
    profile = getattr(user, "wagtail_userprofile", None)
    preferred = (getattr(profile, "preferred_language", "") or "")[:2]
    languages = conf.get("NOTICE_LANGUAGES")
    return preferred if preferred in languages else conf.get("NOTICE_DEFAULT_LANGUAGE")


def admin_url(request_obj):
    base = conf.get("ADMIN_BASE_URL") or getattr(settings, "WAGTAILADMIN_BASE_URL", "")
    return base.rstrip("/") + reverse("wagtail_govstandard_requests:detail", args=[request_obj.pk])


def render_notice(event, request_obj, user, extra=None):
    """(subject, body) of `event` in the recipient's language: templates notices/<lang>/<event>.txt."""
    language = recipient_language(user)
    context = {"request": request_obj, "recipient": user, "admin_url": admin_url(request_obj)}
    context.update(extra or {})
    with translation.override(language):
        text = render_to_string(f"wagtail_govstandard/requests/notices/{language}/{event}.txt", context)
    subject, _blank, body = text.strip().partition("\n")
    return language, subject.strip(), body.strip() + "\n"


def notify(event, request_obj, users, extra=None):
    """Queue one notice per user with an address; sent after the transaction commits."""
    notices = []
    for user in {u.pk: u for u in users if u is not None and u.email and u.is_active}.values():
        language, subject, body = render_notice(event, request_obj, user, extra)
        notices.append(Notice.objects.create(
            request=request_obj, recipient=user, email=user.email, language=language,
            event=event, subject=subject[:255], body=body,
        ))
    for notice in notices:
        on_commit(lambda pk=notice.pk: enqueue(pk), robust=True)
    return notices


def enqueue(notice_id):
    try:
        send_notice.enqueue(notice_id)
    except Exception:  # the queue is down: the row stays pending for the retry command
        logger.exception("Could not queue notice %s; it stays pending", notice_id)


@task()
def send_notice(notice_id):
    return deliver(notice_id)


def deliver(notice_id):
    """Send one pending or failed notice; record the outcome on its row. Returns the new status."""
    with transaction.atomic():
        notice = (
            Notice.objects.select_for_update()
            .filter(pk=notice_id, status__in=[Notice.PENDING, Notice.FAILED]).first()
        )
        if notice is None:
            return "skipped"
        notice.attempts += 1
        try:
            send_mail(notice.subject, notice.body, None, [notice.email])
        except Exception as error:
            notice.status, notice.last_error = Notice.FAILED, "%s: %s" % (type(error).__name__, error)
            logger.error("Notice %s to %s failed (attempt %s): %s", notice.pk, notice.email,
                         notice.attempts, notice.last_error)
        else:
            notice.status, notice.sent_at, notice.last_error = Notice.SENT, timezone.now(), ""
        notice.save(update_fields=["status", "attempts", "last_error", "sent_at"])
        return notice.status


def due_for_retry():
    return Notice.objects.filter(
        status__in=[Notice.PENDING, Notice.FAILED], attempts__lt=conf.get("NOTICE_MAX_ATTEMPTS")
    ).order_by("pk")


@task()
def retry_notices():
    return retry_all()


def retry_all():
    """Try every unsent notice again; returns {status: count}."""
    outcome = {}
    for pk in list(due_for_retry().values_list("pk", flat=True)):
        status = deliver(pk)
        outcome[status] = outcome.get(status, 0) + 1
    return outcome


# Who hears of what (seed 2.2.1-2.2.3).
def on_submitted(request_obj):
    return notify("submitted", request_obj, request_obj.work_group.heads.all())


def on_approved(request_obj):
    notify("approved", request_obj, [request_obj.requested_by])
    return notify("to_publish", request_obj, roles.webmasters())


def on_verbal_recorded(request_obj):
    on_approved(request_obj)
    return notify("confirm_verbal", request_obj, [request_obj.decided_by])


def on_rejected(request_obj):
    return notify("rejected", request_obj, [request_obj.requested_by])


def on_published(request_obj, live_url):
    return notify("published", request_obj, [request_obj.requested_by], {"live_url": live_url})
