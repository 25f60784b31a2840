"""The MOIT 1 evidence pack, generated from the site's configuration: (a) the memo and the order
appointing the website team, (b) the publishing framework announcement re-created from the
site's data, (c) the blank request form, (d) the previous fiscal year's monitoring report with a
memo page, (e) the year's filled request forms. Each builder returns a template context; the
views render it as an A4 print view or a PDF (ita/pdf.py)."""

from django.utils.translation import gettext_lazy as _

from wagtail_govstandard import conf, roles
from wagtail_govstandard.content import categories
from wagtail_govstandard.content.dates import fiscal_year_range, format_thai_date, local_today
from wagtail_govstandard.requests import people

DOCUMENTS = {
    "order": _("Memo and order appointing the website team (MOIT 1.1, 1.2)"),
    "announcement": _("Publishing framework announcement (MOIT 1.3)"),
    "request-form": _("Blank publication request form (MOIT 1.4)"),
    "annual-report": _("Monitoring report of the previous fiscal year with its memo (MOIT 1, 2.1, 2.2)"),
    "filled-forms": _("The previous fiscal year's filled publication request forms (MOIT 1, 2.3)"),
}


def title(document):
    return DOCUMENTS[document]


def person(user):
    return {"name": people.display_name(user), "position": people.last_position(user) or "",
            "user": user}


def webmasters():
    return [person(user) for user in roles.webmasters().order_by("first_name", "last_name", "username")]


def work_group_heads():
    """[(work group, [person])] of the active work groups, heads with their positions."""
    from wagtail_govstandard.requests.models import WorkGroup

    groups = WorkGroup.objects.filter(active=True).prefetch_related("heads").order_by("name_th")
    return [(group, [person(user) for user in group.heads.filter(is_active=True).order_by("first_name", "username")])
            for group in groups]


def agency(site, ita_settings):
    """The agency's name and head as the settings give them (the site name when unset)."""
    return {
        "name": (ita_settings.agency_name if ita_settings else "") or site.site_name or site.hostname,
        "head_name": ita_settings.head_name if ita_settings else "",
        "head_position": ita_settings.head_position if ita_settings else "",
    }


def published_categories(site):
    """The registry categories the site publishes (a live index or live items), with their Thai
    names, legal references, review interval and publication period."""
    from wagtail_govstandard.content.models import CategoryIndexPage, GovContentPage
    from wagtail_govstandard.monitoring.actions import review_interval

    used = set(CategoryIndexPage.objects.live().descendant_of(site.root_page).values_list("category", flat=True))
    used |= set(GovContentPage.objects.live().descendant_of(site.root_page)
                .values_list("category", flat=True).distinct().order_by())
    rows = []
    for category in categories.CATEGORIES:
        if category.code in used:
            days = conf.get("PUBLICATION_DAYS").get(category.code, category.publication_days)
            rows.append({"category": category, "refs": ", ".join(category.oia_sections),
                         "review_days": review_interval(category.code), "publication_days": days})
    return rows


def workflow_steps():
    """The names of the tasks of the seed 2.2 Wagtail workflow as configured (empty if none)."""
    from wagtail.models import Workflow

    workflow = Workflow.objects.filter(name=conf.get("WORKFLOW_NAME"), active=True).first()
    return [task.name for task in workflow.tasks.filter(active=True)] if workflow else []


def rejection_reasons():
    from wagtail_govstandard.requests.models import REJECTION_REASONS

    return [label for _code, label in REJECTION_REASONS]


def base_context(document, site, year, ita_settings):
    first, last = fiscal_year_range(year)
    return {
        "document": document, "document_title": title(document), "site": site, "year": year,
        "agency": agency(site, ita_settings), "today": local_today(),
        "year_first": first, "year_last": last,
        "signed_on": format_thai_date(local_today(), style="long"),
    }


def order_context(site, year, ita_settings):
    context = base_context("order", site, year, ita_settings)
    context.update(webmasters=webmasters(), heads=work_group_heads())
    return context


def announcement_context(site, year, ita_settings):
    context = base_context("announcement", site, year, ita_settings)
    context.update(
        categories=published_categories(site), workflow_steps=workflow_steps(),
        rejection_reasons=rejection_reasons(), webmasters=webmasters(), heads=work_group_heads(),
        expiry_soon_days=conf.get("EXPIRY_SOON_DAYS"), reminder_days=conf.get("EXPIRY_REMINDER_DAYS"),
        retention_days=conf.get("AUDIT_RETENTION_DAYS"), min_webmasters=2,
    )
    return context


def request_form_context(site, year, ita_settings):
    return base_context("request-form", site, year, ita_settings)


def annual_report_context(site, year, ita_settings, request=None):
    from wagtail_govstandard.monitoring import annual, request_stats
    from wagtail_govstandard.requests.models import STATUS_CHOICES

    context = base_context("annual-report", site, year, ita_settings)
    report = annual.build(year - 1, site, request=request)
    requests = report.requests or {}
    context.update(
        report=report, report_year=year - 1, statuses=STATUS_CHOICES, webmasters=webmasters(),
        median=request_stats.format_duration(requests.get("median")),
        p90=request_stats.format_duration(requests.get("p90")),
    )
    return context


def filled_forms(year):
    """The fiscal year's published requests (the filled forms MOIT 1 asks for), oldest first."""
    from wagtail_govstandard.monitoring.annual import period
    from wagtail_govstandard.requests.models import PUBLISHED, PublicationRequest

    start, end = period(year)
    return (PublicationRequest.objects.filter(status=PUBLISHED, first_submitted_at__range=(start, end))
            .select_related("work_group", "page").order_by("first_submitted_at", "pk"))


def filled_forms_context(site, year, ita_settings):
    """The previous fiscal year's forms: MOIT 1 part 2 reports on the year that has ended."""
    context = base_context("filled-forms", site, year, ita_settings)
    first, last = fiscal_year_range(year - 1)
    context.update(forms=list(filled_forms(year - 1)), report_year=year - 1, year_first=first, year_last=last)
    return context


BUILDERS = {
    "order": order_context, "announcement": announcement_context,
    "request-form": request_form_context, "annual-report": annual_report_context,
    "filled-forms": filled_forms_context,
}


def context(document, site, year, ita_settings, request=None):
    if document == "annual-report":
        return annual_report_context(site, year, ita_settings, request)
    return BUILDERS[document](site, year, ita_settings)
