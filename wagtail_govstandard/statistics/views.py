"""Public (non-admin) views of seed 1.10: the inline survey form post and the open-data CSV."""

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from wagtail.models import Site

from wagtail_govstandard import conf
from wagtail_govstandard.cache.origin import same_origin_post
from wagtail_govstandard.exports import csv_response
from wagtail_govstandard.safe_redirect import same_host_path
from wagtail_govstandard.statistics import public_posts
from wagtail_govstandard.statistics.surveys import submission
from wagtail_govstandard.statistics.surveys.models import SatisfactionSurvey
from wagtail_govstandard.statistics.visits import identity, report
from wagtail_govstandard.templatetags.govstandard_statistics import PLACES, survey_form_context

TAG = "govstandard-survey"


def form_data(survey, post):
    """The survey's HTML form fields as the dict submission.validate() takes."""
    data = {
        "answers": {q.key: post.get(f"q-{q.key}", "") for q in survey.questions.all()},
        "comment": post.get("comment", ""), "respondent_type": post.get("respondent_type", ""),
        "name": post.get("name", ""), "contact": post.get("contact", ""),
        "consent": post.get("consent", ""), "website": post.get("website", ""),
    }
    return data


def _back(request):
    return same_host_path(request, request.POST.get("next"))


def _place(request):
    place = request.POST.get("place", "")
    return place if place in PLACES else "page"


def _thanks(request, survey, message, status=200):
    """The answer page of the form post (no redirect to the cached page: it cannot show a message)."""
    return TemplateResponse(request, "wagtail_govstandard/statistics/survey_thanks.html", {
        "survey": survey, "message": message, "next": _back(request),
        "survey_answered": True,  # the footer does not offer the form again at once
    }, status=status)


@never_cache
@same_origin_post
@require_POST
def survey_post(request, slug):
    """The inline form without JavaScript: a thank-you page, or the form again with its errors.

    No CSRF token (the page holding the form is cached and shared): the post must come from a
    page of this site (Origin/Referer), and the daily limit per visitor applies as on the API."""
    survey = get_object_or_404(SatisfactionSurvey.objects.prefetch_related("questions"), slug=slug, active=True)
    data = form_data(survey, request.POST)
    cleaned, errors = submission.validate(survey, data)
    if errors:
        context = survey_form_context(
            survey, request, None, errors=errors, values=request.POST, next_url=_back(request),
            place=_place(request),
        )
        return TemplateResponse(request, "wagtail_govstandard/statistics/survey_errors.html", context, status=400)
    if not submission.is_spam(data):
        if (submission.rate_limited(survey, identity.visitor_hash(request))
                or public_posts.over_ip_limit(f"survey:{survey.pk}", request, conf.get("SURVEY_DAILY_LIMIT_PER_IP"))):
            return _thanks(request, survey, _("You have answered this survey often today. Thank you."), 429)
        submission.save(survey, cleaned)
    return _thanks(request, survey, _("Thank you for rating our website."))


def monthly_visits_csv(request):
    """Open data: page views and unique visitors per month of this site, as CSV."""
    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    rows = [(m.strftime("%Y-%m"), m.year + 543, m.month, views, visitors)
            for m, views, visitors in report.monthly(site.pk)]
    headings = ["month", "year_be", "month_number", "page_views", "unique_visitor_days"]
    return csv_response("visits-monthly.csv", headings, rows)
