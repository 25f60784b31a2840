"""The annual monitoring report (MOIT 1, evidence 5): admin view, A4 print view, CSV/XLSX."""

from django.http import Http404
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.reports import ReportView

from wagtail_govstandard.content.dates import fiscal_year, local_today
from wagtail_govstandard.exports import NeutralisedExportMixin
from wagtail_govstandard.monitoring import annual, request_stats
from wagtail_govstandard.monitoring.views.completeness import SiteReportMixin

FIRST_YEAR = 2500


class AnnualReportView(SiteReportMixin, NeutralisedExportMixin, ReportView):
    header_icon = "doc-full"
    template_name = "wagtail_govstandard/monitoring/annual.html"
    results_template_name = "wagtail_govstandard/monitoring/annual_results.html"
    print_template_name = "wagtail_govstandard/monitoring/annual_print.html"
    index_url_name = "govstandard_monitoring:annual"
    index_results_url_name = "govstandard_monitoring:annual_results"
    list_export = ["section", "item", "value"]
    export_headings = {"section": _("Section"), "item": _("Item"), "value": _("Value")}

    @cached_property
    def year(self):
        raw = self.request.GET.get("year", "")
        if not raw:
            return annual.default_year()
        if not raw.isdigit() or not FIRST_YEAR <= int(raw) <= fiscal_year(local_today()):
            raise Http404
        return int(raw)

    def get_page_title(self):
        return _("Annual monitoring report, fiscal year %(year)d") % {"year": self.year}

    def get_filename(self):
        return f"monitoring-report-{self.year}"

    @cached_property
    def report(self):
        return annual.build(self.year, self.site, request=self.request)

    def get_queryset(self):
        return [dict(zip(self.list_export, row)) for row in annual.flat_rows(self.report)]

    def get_template_names(self):
        if self.request.GET.get("print") and not self.results_only:
            return [self.print_template_name]
        return super().get_template_names()

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        current = fiscal_year(local_today())
        context.update(
            report=self.report, year=self.year, years=list(range(current, current - 6, -1)),
            statuses=request_stats.STATUSES,
            median=request_stats.format_duration(self.report.requests["median"]) if self.report.requests else "",
            p90=request_stats.format_duration(self.report.requests["p90"]) if self.report.requests else "",
        )
        return context
