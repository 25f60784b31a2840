"""Webmasters' admin views of seed 1.10: the visit report, comment moderation, the ITA O16 report."""

import datetime
from functools import wraps

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin import messages
from wagtail.log_actions import log
from wagtail.models import Site

from wagtail_govstandard import roles
from wagtail_govstandard.content.date_input import DateRangeForm, report_date
from wagtail_govstandard.content.dates import be_year, fiscal_year, fiscal_year_range, local_today
from wagtail_govstandard.exports import table_response
from wagtail_govstandard.safe_redirect import same_host_path
from wagtail_govstandard.statistics.surveys import results
from wagtail_govstandard.statistics.surveys.models import SatisfactionSurvey, SurveyResponse
from wagtail_govstandard.statistics.visits import chart, report


def webmaster_required(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not roles.is_webmaster(request.user):
            raise PermissionDenied(_("Only webmasters may see this."))
        return view(request, *args, **kwargs)
    return wrapper


def _date_param(request, name, default):
    return report_date(request.GET.get(name, ""), default)


def _int_param(request, name, default):
    """A whole-number parameter; anything else (or a fiscal year that is no B.E. year, or an id
    too large for the database) is the default, never a server error."""
    try:
        value = int(request.GET.get(name, ""))
    except (ValueError, OverflowError):
        return default
    if name == "fiscal_year" and not 2400 <= value <= 2800:
        return default
    return value if abs(value) < 2**31 else default


def _site(request):
    sites = Site.objects.order_by("-is_default_site", "hostname")
    chosen = _int_param(request, "site", None)
    return sites.filter(pk=chosen).first() or sites.first(), sites


@webmaster_required
def visit_report(request):
    """Views and visitors by day (a date range) and by month (a fiscal year), top pages; CSV/XLSX."""
    today = local_today()
    site, sites = _site(request)
    end = _date_param(request, "end", today)
    start = min(_date_param(request, "start", end - datetime.timedelta(days=29)), end)
    start = max(start, end - datetime.timedelta(days=366))
    year = _int_param(request, "fiscal_year", fiscal_year(today))
    year_start, year_end = fiscal_year_range(year)
    days = report.daily(site.pk, start, end) if site else []
    months = report.monthly(site.pk, year_start, year_end) if site else []
    pages = report.top_pages(site.pk, start, end) if site else []
    for page, _views, _visitors in pages:
        # The address a reader types, relative to the report's site (not the tree path
        # /home-gov/history/); another site's page gets its full URL, an unroutable one none.
        page.public_url = page.relative_url(site, request) or ""
    export = request.GET.get("export")
    if export in ("csv", "xlsx"):
        return _export_visits(export, request.GET.get("table", "daily"), days, months, pages)
    context = {
        "page_title": _("Visit statistics"), "header_title": _("Visit statistics"), "header_icon": "table",
        "site": site, "sites": sites, "start": start, "end": end, "fiscal_year": year,
        "range_form": DateRangeForm(initial={"start": start, "end": end}),
        "days": days, "months": [(report.month_label(m), v, u) for m, v, u in months], "pages": pages,
        "daily_chart": chart.bar_chart([(f"{d.day}/{d.month}", v) for d, v, _u in days],
                                       _("Page views per day"), label_every=max(1, len(days) // 15)),
        "monthly_chart": chart.bar_chart([(report.month_label(m), v) for m, v, _u in months],
                                         _("Page views per month, fiscal year %(year)s") % {"year": year}),
        "total_views": sum(v for _d, v, _u in days),
    }
    return TemplateResponse(request, "wagtail_govstandard/statistics/admin/visit_report.html", context)


def _export_visits(export, table, days, months, pages):
    if table == "monthly":
        headings = [_("Month"), _("Page views"), _("Unique visitor-days")]
        rows = [(report.month_label(m, "th"), v, u) for m, v, u in months]
    elif table == "pages":
        headings = [_("Page"), _("URL"), _("Page views"), _("Unique visitor-days")]
        rows = [(p.title, p.public_url, v, u) for p, v, u in pages]
    else:
        table = "daily"
        headings = [_("Day"), _("Day (B.E.)"), _("Page views"), _("Unique visitors")]
        rows = [(d.isoformat(), f"{d.day}/{d.month}/{be_year(d.year)}", v, u) for d, v, u in days]
    return table_response(export, f"visits-{table}", headings, rows, title=table)


@webmaster_required
def moderation(request):
    """Comments waiting for approval (or another status); approve or reject them."""
    status = request.GET.get("status", SurveyResponse.PENDING)
    if status not in dict(SurveyResponse.COMMENT_STATUSES):
        status = SurveyResponse.PENDING
    comments = (SurveyResponse.objects.exclude(comment="").filter(comment_status=status)
                .select_related("survey", "moderated_by").order_by("-submitted_at")[:200])
    context = {
        "page_title": _("Survey comments"), "header_title": _("Survey comments"), "header_icon": "comment",
        "comments": comments, "status": status, "statuses": SurveyResponse.COMMENT_STATUSES,
    }
    return TemplateResponse(request, "wagtail_govstandard/statistics/admin/moderation.html", context)


@webmaster_required
@require_POST
def moderate(request, pk):
    response = get_object_or_404(SurveyResponse.objects.exclude(comment=""), pk=pk)
    decision = request.POST.get("decision")
    if decision not in (SurveyResponse.APPROVED, SurveyResponse.REJECTED):
        messages.error(request, _("Choose approve or reject."))
        return redirect("wagtail_govstandard_survey_moderation")
    response.comment_status = decision
    response.moderated_by = request.user
    response.moderated_at = timezone.now()
    response.save(update_fields=["comment_status", "moderated_by", "moderated_at"])
    log(instance=response, action=f"wagtail_govstandard.comment_{decision}", user=request.user)
    messages.success(request, _("Comment %(decision)s.") % {"decision": response.get_comment_status_display()})
    return redirect(same_host_path(request, request.POST.get("back"),
                                   reverse("wagtail_govstandard_survey_moderation")))


@webmaster_required
def o16_report(request):
    """ITA O16: the satisfaction survey report of a fiscal year; print view, CSV and XLSX."""
    surveys = SatisfactionSurvey.objects.prefetch_related("questions")
    survey = surveys.filter(pk=_int_param(request, "survey", 0)).first() or surveys.filter(site_wide=True).first() \
        or surveys.first()
    year = _int_param(request, "fiscal_year", fiscal_year(local_today()))
    data = results.cached(survey, fiscal_year=year) if survey else None
    export = request.GET.get("export")
    if survey and export in ("csv", "xlsx"):
        return _export_o16(export, survey, year, data)
    start, end = fiscal_year_range(year)
    context = {
        "page_title": _("ITA O16 satisfaction survey report"), "header_title": _("ITA O16 satisfaction survey report"),
        "header_icon": "doc-full", "survey": survey, "surveys": surveys, "fiscal_year": year,
        "start": start, "end": end, "results": data, "ratings": ["1", "2", "3", "4", "5"],
        "comments": results.approved_comments(survey, fiscal_year=year) if survey else [],
        "site_name": Site.objects.filter(is_default_site=True).values_list("site_name", flat=True).first(),
        "printed_on": local_today(),
    }
    template = "o16_print.html" if request.GET.get("print") else "o16_report.html"
    return TemplateResponse(request, "wagtail_govstandard/statistics/admin/" + template, context)


def _export_o16(export, survey, year, data):
    headings = [_("Question"), _("Responses"), "1", "2", "3", "4", "5", _("Average"), _("Reading"),
                _("Satisfied (4-5) %")]
    rows = [
        (q["text_th"], q["answered"], *[q["distribution"][str(r)] for r in range(1, 6)],
         q["average"], q["reading_th"], q["satisfied_percent"])
        for q in data["questions"]
    ]
    rows.append((_("Overall"), data["count"], "", "", "", "", "", data["average"], data["reading_th"],
                 data["satisfaction_percent"]))
    return table_response(export, f"ita-o16-{survey.slug}-{year}", headings, rows, title=f"O16 {year}")
