"""Take down / extend / mark reviewed, for one item or the items ticked on the expiry review."""

from django import forms
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import FormView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from wagtail_govstandard.content.date_input import BEDateField
from wagtail_govstandard.content.dates import format_date, local_today
from wagtail_govstandard.content.models.pages import GovContentPage
from wagtail_govstandard.monitoring import actions
from wagtail_govstandard.monitoring.models import ExpiryAction
from wagtail_govstandard.monitoring.views.access import WebmasterRequiredMixin


class TakeDownForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), widget=forms.Textarea(attrs={"rows": 3}))
    redirect = forms.BooleanField(
        label=_("Redirect the item's URL to its category index"), required=False, initial=True)

    def perform(self, page, user):
        return actions.take_down(page, user, self.cleaned_data["reason"],
                                 redirect=self.cleaned_data["redirect"])


class ExtendForm(forms.Form):
    new_end = BEDateField(label=_("New publication end"))
    reason = forms.CharField(label=_("Reason"), widget=forms.Textarea(attrs={"rows": 3}))

    def clean_new_end(self):
        value = self.cleaned_data["new_end"]
        if value < local_today():
            raise forms.ValidationError(
                _("The new end date cannot be in the past (understood as %(date)s).") % {"date": format_date(value)})
        return value

    def perform(self, page, user):
        return actions.extend(page, user, self.cleaned_data["new_end"], self.cleaned_data["reason"])


class ReviewForm(forms.Form):
    reason = forms.CharField(label=_("Note"), required=False, widget=forms.Textarea(attrs={"rows": 2}))

    def perform(self, page, user):
        return actions.mark_reviewed(page, user, self.cleaned_data["reason"])


ACTION_FORMS = {
    ExpiryAction.TAKE_DOWN: (TakeDownForm, _("Take down")),
    ExpiryAction.EXTEND: (ExtendForm, _("Extend publication")),
    ExpiryAction.REVIEWED: (ReviewForm, _("Mark reviewed")),
}


class ExpiryActionView(WebmasterRequiredMixin, WagtailAdminTemplateMixin, FormView):
    template_name = "wagtail_govstandard/monitoring/expiry_action.html"
    header_icon = "time"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        data = request.POST if request.method == "POST" else request.GET
        self.action = data.get("action", "")
        self.ids = [int(i) for i in data.getlist("id") if i.isdigit() and len(i) < 10]  # no overflow

    def dispatch(self, request, *args, **kwargs):
        if self.action not in ACTION_FORMS:
            raise Http404
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        if not self.ids:
            messages.warning(request, _("Choose at least one item."))
            return redirect(self.report_url())
        return super().get(request, *args, **kwargs)

    def report_url(self):
        return reverse("govstandard_monitoring:expiry")

    def get_form_class(self):
        return ACTION_FORMS[self.action][0]

    def get_page_title(self):
        return ACTION_FORMS[self.action][1]

    def get_page_subtitle(self):
        """The item the action is about (its title), or how many when several are ticked: the
        heading names the action and the item, not only Wagtail's "Home" breadcrumb."""
        titles = [page.title for page in self.pages()]
        if len(titles) == 1:
            return titles[0]
        return ngettext("%(n)d item", "%(n)d items", len(titles)) % {"n": len(titles)}

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": self.report_url(), "label": _("Expiry review")},
            {"url": "", "label": self.get_page_title(), "sublabel": self.get_page_subtitle()},
        ]

    @cached_property
    def _pages(self):
        return list(GovContentPage.objects.filter(pk__in=self.ids).order_by("title"))

    def pages(self):
        return self._pages

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(pages=self.pages(), action=self.action, ids=self.ids, report_url=self.report_url())
        return context

    def form_valid(self, form):
        done, refused = 0, []
        for page in self.pages():
            try:
                form.perform(page, self.request.user)
                done += 1
            except actions.ActionRefused as error:
                refused.append(str(error))
        if done:
            messages.success(self.request, ngettext("%(n)d item done.", "%(n)d items done.", done) % {"n": done})
        for message in refused:
            messages.error(self.request, message)
        return redirect(self.report_url())
