"""The completeness report (seed 3.1, 3.3), per site, exportable; the ITA evidence table is ita/'s."""

from django.http import Http404
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.reports import ReportView
from wagtail.models import Site

from wagtail_govstandard.content.dates import format_date
from wagtail_govstandard.exports import NeutralisedExportMixin
from wagtail_govstandard.monitoring import completeness
from wagtail_govstandard.monitoring.views.access import WebmasterRequiredMixin, chosen_site


class SiteReportMixin(WebmasterRequiredMixin):
    paginate_by = None

    @cached_property
    def site(self):
        site = chosen_site(self.request)
        if site is None:
            raise Http404
        return site

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context.update(site=self.site, sites=Site.objects.order_by("hostname"))
        return context


class CompletenessReportView(SiteReportMixin, NeutralisedExportMixin, ReportView):
    page_title = _("Completeness against the standard")
    header_icon = "tasks"
    template_name = "wagtail_govstandard/monitoring/completeness.html"
    results_template_name = "wagtail_govstandard/monitoring/completeness_results.html"
    index_url_name = "govstandard_monitoring:completeness"
    index_results_url_name = "govstandard_monitoring:completeness_results"
    export_filename = "completeness"
    list_export = ["kind", "code", "label", "status", "count", "last_update", "url", "detail"]
    export_headings = {
        "kind": _("Kind"), "code": _("Code"), "label": _("Item"), "status": _("Status"),
        "count": _("Live items"), "last_update": _("Last update"), "url": _("URL"), "detail": _("Detail"),
    }

    @cached_property
    def report(self):
        return completeness.build(self.site, request=self.request)

    def get_queryset(self):
        return export_rows(self.report)

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["report"] = self.report
        return context


def export_rows(report):
    rows = [{
        "kind": str(_("category")), "code": row.category.code, "label": str(row.category.label),
        "status": str(row.status_label), "count": row.count,
        "last_update": format_date(row.last_update) if row.last_update else "",
        "url": row.index_url or "", "detail": row.reason,
    } for row in report.rows]
    rows += [{
        "kind": str(_("site feature")), "code": f.code, "label": str(f.label),
        "status": str(_("present") if f.ok else _("missing")), "count": "", "last_update": "",
        "url": f.url or "", "detail": str(f.detail),
    } for f in report.features]
    rows.append({
        "kind": str(_("webmasters")), "code": "webmasters", "label": str(_("active webmasters")),
        "status": str(_("too few (fewer than two)") if report.too_few_webmasters else _("enough")),
        "count": report.webmaster_count, "last_update": "", "url": "", "detail": "",
    })
    rows.append({"kind": str(_("score")), "code": "score", "label": str(_("overall score")),
                 "status": f"{report.score}%", "count": "", "last_update": "", "url": "", "detail": ""})
    return rows
