"""Template tags of seed 1.10: {% visit_statistics %}, {% satisfaction_survey %}, {% satisfaction_level %}."""

import logging

from django import template
from django.db import DatabaseError
from django.utils.translation import gettext_lazy as _
from wagtail.models import Site

from wagtail_govstandard import conf
from wagtail_govstandard.content.dates import fiscal_year, local_today
from wagtail_govstandard.statistics import widgets
from wagtail_govstandard.statistics.surveys import results
from wagtail_govstandard.statistics.surveys.models import RESPONDENT_TYPES
from wagtail_govstandard.statistics.visits import figures

register = template.Library()
logger = logging.getLogger(__name__)
PLACES = ("page", "footer", "block")

PERIOD_LABELS = {
    "today": _("Today"), "yesterday": _("Yesterday"), "month": _("This month"), "year": _("This year"),
    "total": _("Total"),
}


def _site(request):
    return Site.find_for_request(request) if request else None


def visit_statistics_context(request, counter=None, page=None):
    """The box's context: `counter` or the site's site-wide one, its figures for the site (or
    `page`). Its rows and figures are cached; a table that cannot be read leaves the box out."""
    site_id = getattr(_site(request), "pk", None)
    try:
        if counter is None and site_id is not None:
            counter = widgets.site_wide_counter(_site(request))
        if counter is not None and counter.site_id:
            site_id = counter.site_id
        if counter is None or site_id is None:
            return {"counter": None}
        data = figures.cached(site_id, page.pk if page else None, guard=widgets.guarded)
    except DatabaseError:
        logger.exception("statistics box left out: its table could not be read")
        return {"counter": None}
    return _box(counter, data, page, request)


def _box(counter, data, page, request=None):
    rows = [
        {"code": code, "views": data["views"][code], "visitors": data["visitors"][code]}
        for code in counter.periods()
    ]
    # request: the box is kept as HTML per figures (cache/fragments.py)
    return {"counter": counter, "rows": rows, "since": counter.since or data["since"], "page": page,
            "request": request}


@register.inclusion_tag("wagtail_govstandard/statistics/includes/visit_statistics.html", takes_context=True)
def visit_statistics(context, counter=None, page=None):
    """The visit-statistics box: `counter` (a VisitCounter) or the site-wide one; `page` for one page."""
    return visit_statistics_context(context.get("request"), counter, page)


@register.inclusion_tag("wagtail_govstandard/statistics/includes/survey_form.html", takes_context=True)
def satisfaction_survey(context, survey=None, place="page"):
    """The inline survey form: `survey` or the site-wide one; `place` keeps ids unique. Never a pop-up."""
    if survey is None:
        try:
            survey = widgets.site_wide_survey()  # cached with its questions
        except DatabaseError:
            logger.exception("statistics box left out: its table could not be read")
            return {"survey": None}
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
        # the empty form is the same on every page but for `next`: kept as HTML (cache/fragments.py)
        "cacheable": not (errors or values),
    }


@register.inclusion_tag("wagtail_govstandard/statistics/includes/satisfaction_level.html")
def satisfaction_level(survey, year=None):
    """Satisfaction %, per-question averages with the Thai reading, responses of the fiscal year."""
    if survey is None:
        return {"results": None}
    year = year or fiscal_year(local_today())
    try:
        data = results.cached(survey, fiscal_year=year, guard=widgets.guarded)
        questions = lambda: {q.key: q.text for q in survey.questions.all()}  # noqa: E731
        prefetched = "questions" in getattr(survey, "_prefetched_objects_cache", {})
        texts = questions() if prefetched else widgets.guarded(questions)()
    except DatabaseError:
        logger.exception("statistics box left out: its table could not be read")
        return {"results": None}
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
