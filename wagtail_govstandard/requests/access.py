"""Who may see and do what with a publication request: asked by the admin, the API and transitions.

A provider sees their own requests, a head their work groups', a webmaster all of them.
Nobody decides on their own request (seed 2.2.1: the head of the work group permits).
"""

from django.db.models import Q

from wagtail_govstandard import roles
from wagtail_govstandard.requests.models import (
    APPROVED,
    PUBLISHED,
    REJECTED,
    SUBMITTED,
    VERBAL,
    PublicationRequest,
)


def _active(user):
    return bool(user and user.is_authenticated and user.is_active)


def _cached(user, name, compute):
    """Role facts asked once per user object (a list of requests asks them per row)."""
    attr = "_govstandard_" + name
    if not hasattr(user, attr):
        setattr(user, attr, compute())
    return getattr(user, attr)


def is_webmaster(user):
    return _active(user) and _cached(user, "is_webmaster", lambda: roles.is_webmaster(user))


def headed_work_group_ids(user):
    if not _active(user):
        return frozenset()
    return _cached(user, "headed", lambda: frozenset(
        user.govstandard_headed_work_groups.values_list("pk", flat=True)
    ))


def is_head_of(user, work_group_id):
    return work_group_id in headed_work_group_ids(user)


def visible_requests(user):
    """The requests `user` may see (a queryset; none for strangers)."""
    queryset = PublicationRequest.objects.select_related("work_group", "requested_by")
    if not _active(user):
        return queryset.none()
    if user.is_superuser or is_webmaster(user):
        return queryset
    return queryset.filter(
        Q(requested_by=user) | Q(work_group__heads=user) | Q(verbal_recorded_by=user)
    ).distinct()


def can_view(user, request):
    """The same rule as visible_requests(), asked of one request without a query per row."""
    if not _active(user):
        return False
    return (
        user.is_superuser or is_webmaster(user) or request.requested_by_id == user.pk
        or is_head_of(user, request.work_group_id) or request.verbal_recorded_by_id == user.pk
    )


def can_file(user):
    """Anyone in one of the three roles (or a superuser) may file for a work group they belong to."""
    return _active(user) and _cached(user, "can_file", lambda: user.is_superuser or user.groups.filter(
        name__in=roles.ROLES
    ).exists())


def filing_work_groups(user):
    from wagtail_govstandard.requests.models import WorkGroup

    if not _active(user):
        return WorkGroup.objects.none()
    return WorkGroup.objects.filter(active=True).filter(Q(members=user) | Q(heads=user)).distinct()


def may_decide(user, request):
    """A head of the request's work group who did not file it."""
    return _active(user) and request.requested_by_id != user.pk and is_head_of(user, request.work_group_id)


def may_record_verbal(user, request):
    return is_webmaster(user) and request.requested_by_id != user.pk


def may_confirm(user, request):
    """Only the head named in the verbal approval confirms it."""
    return _active(user) and request.approval_mode == VERBAL and request.decided_by_id == user.pk


def may_publish(user, request):
    return is_webmaster(user)


def may_resubmit(user, request):
    return _active(user) and request.requested_by_id == user.pk


# What each action needs of the state; the transitions refuse anything else with 409.
ALLOWED_FROM = {
    "approve": {SUBMITTED},
    "reject": {SUBMITTED},
    "verbal_approval": {SUBMITTED},
    "confirm": {APPROVED, PUBLISHED},
    "publish": {APPROVED},
    "resubmit": {REJECTED},
}

RULES = {
    "approve": may_decide,
    "reject": may_decide,
    "verbal_approval": may_record_verbal,
    "confirm": may_confirm,
    "publish": may_publish,
    "resubmit": may_resubmit,
}


def state_allows(action, request):
    if action == "confirm":
        return request.status in ALLOWED_FROM[action] and request.is_verbal_unconfirmed
    if action == "publish":
        return request.status in ALLOWED_FROM[action] and request.page_id is None
    return request.status in ALLOWED_FROM[action]


def available_actions(user, request):
    """Actions `user` may take on `request` now: for buttons and the API's `actions` field."""
    return [a for a, rule in RULES.items() if rule(user, request) and state_allows(a, request)]
