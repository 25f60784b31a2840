"""The expiry review (seed 3.2): a Wagtail page report of live items that must come down, end
soon, are past review or lack an end; filters, urgency order and CSV/XLSX export come from
Wagtail's report view."""

import django_filters
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.reports import PageReportView
from wagtail.models import Site

from wagtail_govstandard import conf
from wagtail_govstandard.content import categories, versions
from wagtail_govstandard.content.dates import local_today
from wagtail_govstandard.content.models.pages import GovContentPage
from wagtail_govstandard.exports import NeutralisedExportMixin
from wagtail_govstandard.monitoring import expiry
from wagtail_govstandard.monitoring.views.access import WebmasterRequiredMixin
from wagtail_govstandard.requests.models import WorkGroup

RULE_LABELS = {
    expiry.EXPIRED: _("expired, still live"),
    expiry.MISSING_END: _("no publication end"),
    expiry.ENDING_SOON: _("ending soon"),
    expiry.PAST_REVIEW: _("past review-by date"),
}


def _site_filter(queryset, name, site):
    return queryset.descendant_of(site.root_page, inclusive=True) if site else queryset


def _state_filter(queryset, name, rule):
    return queryset.filter(expiry.rule_conditions()[rule]) if rule else queryset


class ExpiryFilterSet(WagtailFilterSet):
    state = django_filters.ChoiceFilter(
        label=_("State"), choices=list(RULE_LABELS.items()), method=_state_filter)
    category = django_filters.ChoiceFilter(label=_("Category"), choices=categories.choices)
    owner_work_group = django_filters.ModelChoiceFilter(
        label=_("Work group"), queryset=lambda request: WorkGroup.objects.all())
    site = django_filters.ModelChoiceFilter(
        label=_("Site"), queryset=lambda request: Site.objects.select_related("root_page"),
        method=_site_filter)

    class Meta:
        model = GovContentPage
        fields = ["state", "category", "owner_work_group", "site"]


class ExpiryReportView(WebmasterRequiredMixin, NeutralisedExportMixin, PageReportView):
    model = GovContentPage
    page_title = _("Expiry review")
    header_icon = "time"
    template_name = "wagtail_govstandard/monitoring/expiry_report.html"
    results_template_name = "wagtail_govstandard/monitoring/expiry_report_results.html"
    filterset_class = ExpiryFilterSet
    index_url_name = "govstandard_monitoring:expiry"
    index_results_url_name = "govstandard_monitoring:expiry_results"
    export_filename = "expiry-review"
    list_export = ["title", "reasons_text", "category_label", "work_group_name",
                   "publication_end", "review_by", "public_url"]
    export_headings = {
        "title": _("Title"), "reasons_text": _("Why listed"), "category_label": _("Category"),
        "work_group_name": _("Work group"), "publication_end": _("Publication end"),
        "review_by": _("Review by"), "public_url": _("URL"),
    }

    @cached_property
    def today(self):
        return local_today()

    def get_queryset(self):
        self.queryset = expiry.by_urgency(expiry.flagged(
            GovContentPage.objects.select_related("owner_work_group"), self.today))
        return super().get_queryset()

    def get_paginator(self, queryset, *args, **kwargs):
        """Counts the flagged items once per change of the tree (versions), not per
        request: they are a share of every live item, so counting them grows with the site."""
        paginator = super().get_paginator(queryset, *args, **kwargs)
        filters = sorted((k, v) for k, v in self.request.GET.lists() if k not in ("p", "export"))
        paginator.count = versions.cached("expiry-count", (self.today, filters), queryset.count)
        return paginator

    def decorate_paginated_queryset(self, object_list):
        soon = conf.get("EXPIRY_SOON_DAYS")
        for page in object_list:
            page.reasons = [(rule, RULE_LABELS[rule]) for rule in expiry.reasons(page, self.today, soon)]
            page.reasons_text = "; ".join(str(label) for _rule, label in page.reasons)
            category = page.category_object()
            page.category_label = str(category.label) if category else page.category
            page.work_group_name = page.owner_work_group.name if page.owner_work_group else ""
            page.public_url = page.get_full_url(self.request) or ""
        return object_list

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        counts = versions.cached(
            "expiry-counts", (self.today,), lambda: expiry.counts(GovContentPage.objects.all(), self.today))
        context["counts"] = [(rule, RULE_LABELS[rule], n) for rule, n in counts.items()]
        context["soon_days"] = conf.get("EXPIRY_SOON_DAYS")
        return context
