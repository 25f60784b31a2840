"""Admin views of the ITA year: the evidence table (per framework item, read from the framework
files) and the province view (every Site on one screen). Both exportable as CSV/XLSX."""

from django.core.exceptions import PermissionDenied
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.reports import ReportView
from wagtail.models import Site

from wagtail_govstandard import roles
from wagtail_govstandard.ita import evidence, province
from wagtail_govstandard.monitoring.views.completeness import SiteReportMixin


class ItaEvidenceView(SiteReportMixin, ReportView):
    page_title = _("ITA evidence")
    header_icon = "link"
    template_name = "wagtail_govstandard/ita/admin/evidence.html"
    results_template_name = "wagtail_govstandard/ita/admin/evidence_results.html"
    index_url_name = "wagtail_govstandard_ita:evidence"
    index_results_url_name = "wagtail_govstandard_ita:evidence_results"
    export_filename = "ita-evidence"
    list_export = ["framework", "item", "evidence", "status", "kind_label", "title", "url"]
    export_headings = {
        "framework": _("Framework"), "item": _("ITA item"), "evidence": _("Evidence code"),
        "status": _("Status"), "kind_label": _("Evidence"), "title": _("Title"), "url": _("URL"),
    }

    @cached_property
    def reports(self):
        return evidence.reports(self.site, self.request)

    def get_queryset(self):
        return evidence.rows(self.site, self.request, self.reports)

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["reports"] = self.reports
        return context


class ProvinceView(ReportView):
    """Superusers and Provincial supervisors: every Site. A webmaster: the request's Site only."""
    page_title = _("Province view")
    header_icon = "site"
    template_name = "wagtail_govstandard/ita/admin/province.html"
    results_template_name = "wagtail_govstandard/ita/admin/province_results.html"
    index_url_name = "wagtail_govstandard_ita:province"
    index_results_url_name = "wagtail_govstandard_ita:province_results"
    export_filename = "province"
    paginate_by = None
    list_export = ["site", "hostname", "score", "ita", "expired", "ending_soon", "past_review",
                   "missing_end", "webmasters", "last_published", "annual_report"]
    export_headings = {
        "site": _("Site"), "hostname": _("Host name"), "score": _("Completeness score (%)"),
        "ita": _("ITA items met"), "expired": _("Expired"), "ending_soon": _("Ending soon"),
        "past_review": _("Past review"), "missing_end": _("No publication end"),
        "webmasters": _("Webmasters"), "last_published": _("Last publication"),
        "annual_report": _("Annual report"),
    }

    def dispatch(self, request, *args, **kwargs):
        if not (province.is_supervisor(request.user) or roles.is_webmaster(request.user)):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def sort(self):
        key = self.request.GET.get("sort", "site")
        return key if key in province.SORT_KEYS else "site"

    @cached_property
    def site_rows(self):
        return province.rows(self.request.user, Site.find_for_request(self.request), self.sort,
                             self.request.GET.get("desc") == "1", self.request)

    def get_queryset(self):
        return province.flat(self.site_rows)

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context.update(site_rows=self.site_rows, sort=self.sort, descending=self.request.GET.get("desc") == "1",
                       sort_keys=province.SORT_KEYS, all_sites=province.is_supervisor(self.request.user))
        return context
