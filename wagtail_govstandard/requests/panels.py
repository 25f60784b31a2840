"""Admin home panels of the request workflow: what each role has to do next, and notices to them."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component

from wagtail_govstandard import roles
from wagtail_govstandard.requests import access
from wagtail_govstandard.requests.models import APPROVED, PUBLISHED, SUBMITTED, VERBAL, Notice

PANEL_SIZE = 10


class RequestListPanel(Component):
    """A list of requests on the dashboard; subclasses say which and for whom."""

    template_name = "wagtail_govstandard/requests/panel.html"
    heading = ""
    panel_id = ""

    def __init__(self, user):
        self.user = user

    def requests(self):
        raise NotImplementedError

    def get_context_data(self, parent_context):
        items = list(self.requests().select_related("work_group")[: PANEL_SIZE + 1])
        return {
            "heading": self.heading, "panel_id": self.panel_id,
            "items": items[:PANEL_SIZE], "more": len(items) > PANEL_SIZE,
        }


class AwaitingApprovalPanel(RequestListPanel):
    heading, panel_id, order = _("Requests awaiting your approval"), "govstandard-awaiting-approval", 90

    def requests(self):
        return access.visible_requests(self.user).filter(
            status=SUBMITTED, work_group__heads=self.user
        ).exclude(requested_by=self.user)


class ToConfirmPanel(RequestListPanel):
    heading, panel_id, order = _("Verbal approvals you have to confirm"), "govstandard-to-confirm", 91

    def requests(self):
        return access.visible_requests(self.user).filter(
            approval_mode=VERBAL, verbal_confirmed_at__isnull=True, decided_by=self.user,
            status__in=[APPROVED, PUBLISHED],
        )


class ApprovedToPublishPanel(RequestListPanel):
    heading, panel_id, order = _("Approved requests to publish"), "govstandard-to-publish", 92

    def requests(self):
        return access.visible_requests(self.user).filter(status=APPROVED).order_by("decided_at")


class VerbalAwaitingConfirmationPanel(RequestListPanel):
    heading, panel_id, order = _("Verbal approvals awaiting confirmation"), "govstandard-verbal", 93

    def requests(self):
        return access.visible_requests(self.user).filter(
            approval_mode=VERBAL, verbal_confirmed_at__isnull=True, status__in=[APPROVED, PUBLISHED]
        )


class MyRequestsPanel(RequestListPanel):
    heading, panel_id, order = _("My requests"), "govstandard-my-requests", 94

    def requests(self):
        return access.visible_requests(self.user).filter(requested_by=self.user)


class MyNoticesPanel(Component):
    """The latest notices sent to the user (the same text as the e-mail)."""

    template_name = "wagtail_govstandard/requests/notices_panel.html"
    order = 95

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        notices = Notice.objects.filter(recipient=self.user).select_related("request")[:5]
        return {"notices": notices}


def panels_for(user):
    """The panels this user's roles call for."""
    panels = []
    if user.govstandard_headed_work_groups.exists():
        panels += [AwaitingApprovalPanel(user), ToConfirmPanel(user)]
    if roles.is_webmaster(user):
        panels += [ApprovedToPublishPanel(user), VerbalAwaitingConfirmationPanel(user)]
    if roles.in_role(user, roles.PROVIDER) or user.govstandard_publication_requests.exists():
        panels.append(MyRequestsPanel(user))
    if Notice.objects.filter(recipient=user).exists():
        panels.append(MyNoticesPanel(user))
    return panels


def add_panels(request, panels):
    """construct_homepage_panels hook."""
    panels.extend(panels_for(request.user))
