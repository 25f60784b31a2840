"""The one place a publication request changes state (seed 2.2.1-2.2.3).

Each transition locks the request row (select_for_update) inside a transaction, checks the
actor's role and the current state, records who, when and what (django-simple-history: the
history row's user and change reason), and queues the notices. The admin views and the API
call these functions and nothing else. Refusals:

- `PermissionDenied` — the actor's role does not allow it (HTTP 403);
- `TransitionRefused` — not allowed from the current state (HTTP 409), nothing changed;
- `ValidationError` — bad input (HTTP 400 / form errors), nothing changed.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail_govstandard.requests import (
    access,
    notices,
    page_builder,
    people,
    publisher,
)
from wagtail_govstandard.requests.models import (
    APPROVED,
    PUBLISHED,
    REJECTED,
    SUBMITTED,
    VERBAL,
    WRITTEN,
    PublicationRequest,
    RequestAttachment,
)


class TransitionRefused(Exception):
    """The request is not in a state that allows the action; nothing was changed."""


def _lock(request_obj):
    return PublicationRequest.objects.select_for_update().select_related("work_group").get(pk=request_obj.pk)


def _check(action, user, request_obj):
    if not access.RULES[action](user, request_obj):
        raise PermissionDenied(_("You may not do this with this request."))
    if not access.state_allows(action, request_obj):
        raise TransitionRefused(
            _("This request is %(status)s; it cannot be changed that way now.")
            % {"status": request_obj.status_display()}
        )


def _record(request_obj, user, what):
    """Save with a history row naming the actor and what happened."""
    request_obj._history_user = user
    request_obj._change_reason = what
    request_obj.save()
    return request_obj


def _add_attachments(request_obj, files):
    for uploaded in files or ():
        RequestAttachment.objects.create(
            request=request_obj, file=uploaded, title=uploaded.name, round=request_obj.round
        )


def _valid(form):
    if not form.is_valid():
        raise ValidationError({
            field: [error["message"] for error in errors]
            for field, errors in form.errors.get_json_data().items()
        })
    return form.cleaned_data


@transaction.atomic
def file_request(user, form):
    """A provider files a new request (state `submitted`); the work group's heads are told."""
    if not access.can_file(user):
        raise PermissionDenied(_("Only information providers, heads and webmasters file requests."))
    data = _valid(form)
    request_obj = form.save(commit=False)
    request_obj.requested_by = user
    request_obj.requester_name = people.display_name(user)
    request_obj.status, request_obj.submitted_at = SUBMITTED, timezone.now()
    request_obj.first_submitted_at = request_obj.submitted_at
    _record(request_obj, user, "submitted")
    _add_attachments(request_obj, data.get("attachments"))
    notices.on_submitted(request_obj)
    return request_obj


def _clear_decision(request_obj):
    for field in ("decided_at", "decided_by", "verbal_recorded_by", "verbal_recorded_at",
                  "verbal_confirmed_at"):
        setattr(request_obj, field, None)
    for field in ("decider_name", "decider_position", "approval_mode", "decision_note",
                  "rejection_other"):
        setattr(request_obj, field, "")
    request_obj.rejection_reasons = []


@transaction.atomic
def resubmit(request_obj, user, form_factory):
    """The provider revises a rejected request: a new round, back to `submitted` (old rounds stay in history)."""
    request_obj = _lock(request_obj)
    _check("resubmit", user, request_obj)
    form = form_factory(request_obj)
    data = _valid(form)
    request_obj = form.save(commit=False)
    _clear_decision(request_obj)
    request_obj.round += 1
    request_obj.status, request_obj.submitted_at = SUBMITTED, timezone.now()
    _record(request_obj, user, "resubmitted (round %d)" % request_obj.round)
    _add_attachments(request_obj, data.get("attachments"))
    notices.on_submitted(request_obj)
    return request_obj


def _decide(request_obj, head, when, data, mode=""):
    request_obj.decided_by, request_obj.decided_at = head, when
    request_obj.decider_name = people.display_name(head)
    request_obj.decider_position = data.get("position") or people.last_position(head)
    request_obj.decision_note = data.get("note", "")
    request_obj.approval_mode = mode


@transaction.atomic
def approve(request_obj, user, form):
    """A head of the work group approves in writing (in the system)."""
    request_obj = _lock(request_obj)
    _check("approve", user, request_obj)
    data = _valid(form)
    _decide(request_obj, user, timezone.now(), data, WRITTEN)
    request_obj.status = APPROVED
    _record(request_obj, user, "approved in writing")
    notices.on_approved(request_obj)
    return request_obj


@transaction.atomic
def reject(request_obj, user, form):
    """A head of the work group refuses, with reasons and a note; the provider is told why."""
    request_obj = _lock(request_obj)
    _check("reject", user, request_obj)
    data = _valid(form)
    _decide(request_obj, user, timezone.now(), data)
    request_obj.rejection_reasons = list(data["reasons"])
    request_obj.rejection_other = data.get("other", "") if "other" in data["reasons"] else ""
    request_obj.status = REJECTED
    _record(request_obj, user, "rejected: %s" % ", ".join(request_obj.rejection_reasons))
    notices.on_rejected(request_obj)
    return request_obj


@transaction.atomic
def record_verbal_approval(request_obj, user, form_factory):
    """A webmaster records an urgent verbal approval by a head; flagged until that head confirms."""
    request_obj = _lock(request_obj)
    _check("verbal_approval", user, request_obj)
    data = _valid(form_factory(request_obj))
    _decide(request_obj, data["head"], data["approved_at"], data, VERBAL)
    request_obj.verbal_recorded_by, request_obj.verbal_recorded_at = user, timezone.now()
    request_obj.status = APPROVED
    _record(request_obj, user, "verbal approval by %s recorded" % request_obj.decider_name)
    notices.on_verbal_recorded(request_obj)
    return request_obj


@transaction.atomic
def confirm_verbal_approval(request_obj, user, form=None):
    """The head named in a verbal approval confirms it in the system."""
    request_obj = _lock(request_obj)
    _check("confirm", user, request_obj)
    data = _valid(form) if form is not None else {}
    request_obj.verbal_confirmed_at = timezone.now()
    if data.get("note"):
        request_obj.decision_note = "%s\n%s" % (request_obj.decision_note, data["note"])
    _record(request_obj, user, "verbal approval confirmed")
    return request_obj


@transaction.atomic
def draft_page(request_obj, user, form_factory):
    """A webmaster creates the page from the request (a draft to review), or publishes it at once."""
    request_obj = _lock(request_obj)
    _check("publish", user, request_obj)
    data = _valid(form_factory(request_obj))
    page, revision = page_builder.build_draft(request_obj, data["category"], data["parent"].specific, user)
    request_obj.page, request_obj.published_category = page, data["category"]
    request_obj.publisher_position = data.get("position") or people.last_position(user)
    _record(request_obj, user, "draft page %s created" % page.pk)
    if data.get("publish_now"):
        page_builder.check_publishable(page)
        with publisher.publishing_as(user):
            revision.publish(user=user)
        request_obj.refresh_from_db()
    return request_obj, page


@transaction.atomic
def mark_published(page, user):
    """Called when a page goes live: the request it came from becomes `published`; the owner is told."""
    request_obj = (
        PublicationRequest.objects.select_for_update().filter(page_id=page.pk, status=APPROVED).first()
    )
    if request_obj is None:
        return None
    request_obj.status, request_obj.published_at = PUBLISHED, timezone.now()
    request_obj.published_by = user
    request_obj.publisher_name = people.display_name(user)
    if not request_obj.publisher_position:
        request_obj.publisher_position = people.last_position(user)
    _record(request_obj, user, "published")
    notices.on_published(request_obj, page.full_url or page.url or "")
    return request_obj


__all__ = [
    "TransitionRefused", "file_request", "resubmit", "approve", "reject", "record_verbal_approval",
    "confirm_verbal_approval", "draft_page", "mark_published", "SUBMITTED", "APPROVED", "REJECTED",
    "PUBLISHED", "VERBAL",
]
