"""Admin views of publication requests: file, see, act, print. Every view checks the role itself.

State changes go through `transitions`; these views only turn forms and refusals into pages
and messages.
"""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from wagtail_govstandard.requests import (
    access,
    history,
    people,
    transitions,
)
from wagtail_govstandard.requests import (
    forms as request_forms,
)
from wagtail_govstandard.requests.models import PublicationRequest, RequestAttachment


def visible_or_404(user, pk):
    """The request, if it exists and `user` may see it; 404 otherwise, the same answer as for a
    request that does not exist, so another work group's requests cannot be counted or probed."""
    request_obj = get_object_or_404(PublicationRequest, pk=pk)
    if not access.can_view(user, request_obj):
        raise Http404
    return request_obj


def detail_url(request_obj):
    return reverse("wagtail_govstandard_requests:detail", args=[request_obj.pk])


def history_rows(request_obj):
    """Every saved state of the request, newest first, with who did what and which fields changed."""
    rows = list(request_obj.history.select_related("history_user").order_by("history_date", "history_id"))
    previous = None
    for row in rows:
        changes = row.diff_against(previous).changes if previous is not None else []
        row.changed_fields = [
            str(PublicationRequest._meta.get_field(change.field).verbose_name) for change in changes
        ]
        row.what = history.describe_row(row)
        previous = row
    return rows[::-1]


@require_http_methods(["GET", "POST"])
def create(request):
    if not access.can_file(request.user):
        raise PermissionDenied
    form = request_forms.PublicationRequestForm(
        request.POST or None, request.FILES or None, user=request.user
    )
    if request.method == "POST":
        try:
            request_obj = transitions.file_request(request.user, form)
        except ValidationError:
            messages.error(request, _("The request could not be filed; see the errors below."))
        else:
            messages.success(request, _("Request filed; the heads of the work group have been told."))
            return redirect(detail_url(request_obj))
    return TemplateResponse(request, "wagtail_govstandard/requests/form.html", {
        "form": form, "title": _("New publication request"), "submit_label": _("Submit the request"),
    })


def detail(request, pk):
    request_obj = visible_or_404(request.user, pk)
    rows = history_rows(request_obj)
    return TemplateResponse(request, "wagtail_govstandard/requests/detail.html", {
        "request_obj": request_obj,
        "actions": access.available_actions(request.user, request_obj),
        "attachments": request_obj.attachments.all(),
        "history": rows,
        "rounds": history.rounds(request_obj, rows),
        "notices": request_obj.notices.order_by("-created_at")[:50],
    })


# action name in URLs -> (transition, form builder, title)
def _form_builder(action, request, request_obj):
    data = request.POST if request.method == "POST" else None
    files = request.FILES if request.method == "POST" else None
    if action == "approve":
        return request_forms.ApproveForm(data, initial={"position": people.last_position(request.user)})
    if action == "reject":
        return request_forms.RejectForm(data, initial={"position": people.last_position(request.user)})
    if action == "verbal_approval":
        return request_forms.VerbalApprovalForm(data, request_obj=request_obj)
    if action == "confirm":
        return request_forms.ConfirmForm(data)
    if action == "publish":
        return request_forms.PublishForm(
            data, request_obj=request_obj, initial={"position": people.last_position(request.user)}
        )
    if action == "resubmit":
        return request_forms.PublicationRequestForm(data, files, instance=request_obj, user=request.user)
    raise Http404


def _run(action, request_obj, user, form):
    factory = lambda _locked: form  # noqa: E731  (the form already holds the submitted data)
    if action == "approve":
        return transitions.approve(request_obj, user, form)
    if action == "reject":
        return transitions.reject(request_obj, user, form)
    if action == "verbal_approval":
        return transitions.record_verbal_approval(request_obj, user, factory)
    if action == "confirm":
        return transitions.confirm_verbal_approval(request_obj, user, form)
    if action == "publish":
        return transitions.draft_page(request_obj, user, factory)[0]
    return transitions.resubmit(request_obj, user, factory)


ACTION_TITLES = {
    "approve": gettext_lazy("Approve"),
    "reject": gettext_lazy("Reject"),
    "verbal_approval": gettext_lazy("Record a verbal approval"),
    "confirm": gettext_lazy("Confirm your verbal approval"),
    "publish": gettext_lazy("Create the page"),
    "resubmit": gettext_lazy("Revise and resubmit"),
}
DONE_MESSAGES = {
    "approve": gettext_lazy("Approved. The provider and the webmasters have been told."),
    "reject": gettext_lazy("Rejected. The provider has been told the reasons."),
    "verbal_approval": gettext_lazy("Verbal approval recorded; it stays flagged until the head confirms it."),
    "confirm": gettext_lazy("Your verbal approval is confirmed."),
    "publish": gettext_lazy("Draft page created from the request. Review it and publish it."),
    "resubmit": gettext_lazy("Resubmitted; the heads of the work group have been told."),
}


@require_http_methods(["GET", "POST"])
def act(request, pk, action):
    if action not in access.RULES:
        raise Http404
    request_obj = visible_or_404(request.user, pk)
    if not access.RULES[action](request.user, request_obj):
        raise PermissionDenied
    if not access.state_allows(action, request_obj):
        messages.error(request, _("This request is %(status)s; that cannot be done now.")
                       % {"status": request_obj.status_display()})
        return redirect(detail_url(request_obj))
    form = _form_builder(action, request, request_obj)
    if request.method == "POST":
        try:
            result = _run(action, request_obj, request.user, form)
        except transitions.TransitionRefused as refusal:
            messages.error(request, str(refusal))
            return redirect(detail_url(request_obj))
        except ValidationError:
            messages.error(request, _("Please correct the errors below."))
        else:
            messages.success(request, str(DONE_MESSAGES[action]))
            if action == "publish" and result.status == "approved":
                return redirect("wagtailadmin_pages:edit", result.page_id)
            return redirect(detail_url(result))
    return TemplateResponse(request, "wagtail_govstandard/requests/action.html", {
        "request_obj": request_obj, "form": form, "action": action,
        "title": ACTION_TITLES[action], "submit_label": ACTION_TITLES[action],
    })


def print_form(request, pk):
    """The seed's paper form, filled from the record, for A4 printing, with every earlier round
    (what was filed, the decision, its reasons and note) and the record of actions."""
    request_obj = visible_or_404(request.user, pk)
    with translation.override("th"):  # the form as issued, in Thai whatever the admin language
        rows = history_rows(request_obj)
        return TemplateResponse(request, "wagtail_govstandard/requests/print.html", {
            "request_obj": request_obj, "attachments": request_obj.attachments.all(),
            "rounds": history.rounds(request_obj, rows), "history": rows[::-1],
            "site_name": getattr(settings, "WAGTAIL_SITE_NAME", ""),
        }).render()


def attachment(request, pk, attachment_pk):
    request_obj = visible_or_404(request.user, pk)
    item = get_object_or_404(RequestAttachment, pk=attachment_pk, request=request_obj)
    return FileResponse(item.file.open("rb"), as_attachment=True, filename=item.filename)
