"""Template tags of seed 1.10: {% visit_statistics %}, {% satisfaction_survey %}, {% satisfaction_level %}."""

import functools
import logging

from django import template
from django.db import DatabaseError, transaction
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.models import Site

from wagtail_govstandard import conf
from wagtail_govstandard.content.dates import fiscal_year, local_today
from wagtail_govstandard.statistics.surveys import results
from wagtail_govstandard.statistics.surveys.models import RESPONDENT_TYPES, SatisfactionSurvey
from wagtail_govstandard.statistics.visits import figures
from wagtail_govstandard.statistics.visits.models import VisitCounter

register = template.Library()
logger = logging.getLogger(__name__)
PLACES = ("page", "footer", "block")

PERIOD_LABELS = {
    "today": _("Today"), "yesterday": _("Yesterday"), "month": _("This month"), "year": _("This year"),
    "total": _("Total"),
}


def _site(request):
    return Site.find_for_request(request) if request else None


def degrades_to_nothing(empty):
    """A statistics box whose tables cannot be read shows nothing rather than failing the page
    (a savepoint keeps PostgreSQL's transaction usable after the error); counting does the same."""

    def wrap(function):
        @functools.wraps(function)
        def guarded(*args, **kwargs):
            try:
                with transaction.atomic():
                    return function(*args, **kwargs)
            except DatabaseError:
                logger.exception("statistics box left out: its table could not be read")
                return dict(empty)

        return guarded

    return wrap


@degrades_to_nothing({"counter": None})
def visit_statistics_context(request, counter=None, page=None):
    site = counter.site if counter and counter.site_id else _site(request)
    if counter is None and site is not None:
        counter = (VisitCounter.objects.filter(site_wide=True).filter(Q(site=site) | Q(site__isnull=True))
                   .order_by("site_id", "pk").first())
    if counter is None or site is None:
        return {"counter": None}
    data = figures.cached(site.pk, page.pk if page else None)
    rows = [
        {"code": code, "views": data["views"][code], "visitors": data["visitors"][code]}
        for code in counter.periods()
    ]
    return {"counter": counter, "rows": rows, "since": counter.since or data["since"], "page": page}


@register.inclusion_tag("wagtail_govstandard/statistics/includes/visit_statistics.html", takes_context=True)
def visit_statistics(context, counter=None, page=None):
    """The visit-statistics box: `counter` (a VisitCounter) or the site-wide one; `page` for one page."""
    return visit_statistics_context(context.get("request"), counter, page)


@register.inclusion_tag("wagtail_govstandard/statistics/includes/survey_form.html", takes_context=True)
@degrades_to_nothing({"survey": None})
def satisfaction_survey(context, survey=None, place="page"):
    """The inline survey form: `survey` or the site-wide one; `place` keeps ids unique. Never a pop-up."""
    if survey is None:
        survey = SatisfactionSurvey.site_wide_survey()
    request = context.get("request")
    return survey_form_context(survey, request, context.get("csrf_token"), context.get("messages"), place=place)


def survey_form_context(survey, request, csrf_token, messages=None, errors=None, values=None, next_url=None,
                        place="page"):
    return {
        "place": place if place in PLACES else "page",
        "survey": survey if survey and survey.active else None, "request": request,
        "csrf_token": csrf_token, "messages": messages or [], "errors": errors or {}, "values": values or {},
        "next": next_url or (request.get_full_path() if request else "/"),
        "respondent_types": RESPONDENT_TYPES, "comment_max": conf.get("SURVEY_COMMENT_MAX_CHARS"),
    }


@register.inclusion_tag("wagtail_govstandard/statistics/includes/satisfaction_level.html")
@degrades_to_nothing({"results": None})
def satisfaction_level(survey, year=None):
    """Satisfaction %, per-question averages with the Thai reading, responses of the fiscal year."""
    if survey is None:
        return {"results": None}
    year = year or fiscal_year(local_today())
    data = results.cached(survey, fiscal_year=year)
    texts = {q.key: q.text for q in survey.questions.all()}
    for question in data["questions"]:
        question["text"] = texts.get(question["key"], question["text_th"])
    return {"survey": survey, "fiscal_year": year, "results": data}


@register.filter
def period_label(code):
    return PERIOD_LABELS.get(code, code)


@register.filter
def thai_reading(mean):
    return results.thai_reading(mean)


@register.filter
def reading(mean):
    """{{ q.average|reading }}: the 5-level reading in the reader's language."""
    return results.reading(mean)


@register.filter
def respondent_type_label(code):
    """"public" -> general public (in the reader's language); "unspecified" for no answer."""
    from django.utils.translation import gettext

    from wagtail_govstandard.statistics.surveys.models import RESPONDENT_TYPES

    return dict(RESPONDENT_TYPES).get(code) or gettext("unspecified")


@register.filter
def question_text(question):
    """A result row's question in the reader's language (English when it has one)."""
    from django.utils.translation import get_language

    english = (get_language() or "").startswith("en") and question.get("text_en")
    return question["text_en"] if english else question.get("text", question.get("text_th"))


@register.filter
def field_errors(errors, name):
    return (errors or {}).get(name, [])


@register.filter
def field_value(values, name):
    return (values or {}).get(name, "")
