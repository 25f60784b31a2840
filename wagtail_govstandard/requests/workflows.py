"""Wagtail workflow tasks of seed 2.2 for pages drafted directly by editors.

1. `WorkGroupHeadApprovalTask`: a head of the page's owning work group approves (rejecting
   needs a reason); nobody approves a page they submitted.
2. `WebmasterPublishTask`: a webmaster approves, and the workflow's end publishes the page.
Both show in Wagtail's "awaiting your review" panel and its workflow reports.
"""

from django import forms
from django.db import models
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _
from wagtail.models import Task, TaskState

from wagtail_govstandard import roles


class ReasonRequiredForm(forms.Form):
    comment = forms.CharField(
        label=_("Reason"), required=True, widget=forms.Textarea({"rows": 3}),
        help_text=_("Say why, so the editor can fix it (guideline 2.2.3)."),
    )


class ApproveCommentForm(forms.Form):
    comment = forms.CharField(label=_("Comment"), required=False, widget=forms.Textarea({"rows": 2}))


def _owning_work_group(obj):
    return getattr(getattr(obj, "specific", obj), "owner_work_group", None)


def _submitted_by(obj):
    state = getattr(obj, "current_workflow_state", None)
    return getattr(state, "requested_by_id", None)


class _SeedTask(Task):
    """Shared behaviour: actions offered to whoever `may_act` says, reason required to reject."""

    class Meta:
        abstract = True

    def may_act(self, obj, user):
        raise NotImplementedError

    def user_can_access_editor(self, obj, user):
        return self.may_act(obj, user)

    def locked_for_user(self, obj, user):
        return not (user.is_superuser or self.may_act(obj, user))

    def get_actions(self, obj, user):
        if not self.may_act(obj, user):
            return []
        return [
            ("reject", _("Request changes"), True),
            ("approve", _("Approve"), False),
            ("approve", _("Approve with comment"), True),
        ]

    def get_form_for_action(self, action):
        return ReasonRequiredForm if action == "reject" else ApproveCommentForm

    def in_progress(self):
        return self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)


class WorkGroupHeadApprovalTask(_SeedTask):
    """Approval by a head of the work group that owns the page (seed 2.2.1)."""

    admin_form_fields = Task.admin_form_fields

    class Meta:
        verbose_name = _("work group head approval")
        verbose_name_plural = _("work group head approvals")

    def may_act(self, obj, user):
        group = _owning_work_group(obj)
        if group is None or not user.is_active:
            return False
        return roles.is_head_of(user, group) and _submitted_by(obj) != user.pk

    def get_task_states_user_can_moderate(self, user, **kwargs):
        from wagtail_govstandard.content.models.pages import GovContentPage

        page_ids = GovContentPage.objects.filter(owner_work_group__heads=user).annotate(
            str_pk=Cast("pk", output_field=models.CharField())
        ).values("str_pk")
        return self.in_progress().filter(workflow_state__object_id__in=page_ids).exclude(
            workflow_state__requested_by=user
        )

    @classmethod
    def get_description(cls):
        return _("A head of the page's owning work group approves it (guideline 2.2.1)")


class WebmasterPublishTask(_SeedTask):
    """A webmaster puts the approved page online in the right category (seed 2.2.2)."""

    admin_form_fields = Task.admin_form_fields

    class Meta:
        verbose_name = _("webmaster publication")
        verbose_name_plural = _("webmaster publications")

    def may_act(self, obj, user):
        return roles.is_webmaster(user)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        return self.in_progress() if roles.is_webmaster(user) else TaskState.objects.none()

    @classmethod
    def get_description(cls):
        return _("A webmaster publishes the page (guideline 2.2.2)")
