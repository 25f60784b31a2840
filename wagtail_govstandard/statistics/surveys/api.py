"""Survey routes: POST /surveys/{slug}/responses/ (201) and GET /surveys/{slug}/results/."""

import datetime
import json

from django.http import Http404
from django.utils.translation import gettext as _
from ninja import Router, Schema, Status
from ninja.errors import HttpError
from wagtail.api.v3.auth import AllowAnonymous, BearerTokenAuth

from wagtail_govstandard import conf
from wagtail_govstandard.api.errors import bad_request
from wagtail_govstandard.cache.origin import from_this_site
from wagtail_govstandard.statistics import public_posts
from wagtail_govstandard.statistics.surveys import results, submission
from wagtail_govstandard.statistics.surveys.models import SatisfactionSurvey
from wagtail_govstandard.statistics.visits import identity

router = Router(tags=["govstandard"])
PUBLIC = [BearerTokenAuth(), AllowAnonymous()]

RESPONSE_BODY = {
    "content": {"application/json": {"schema": {
        "type": "object", "required": ["answers"],
        "properties": {
            "answers": {"type": "object", "additionalProperties": {"type": "integer", "minimum": 1, "maximum": 5},
                        "description": "question key -> rating 1-5; every question of the survey"},
            "comment": {"type": "string"},
            "respondent_type": {"type": "string", "enum": ["public", "patient", "staff", "other"]},
            "name": {"type": "string"}, "contact": {"type": "string"}, "consent": {"type": "boolean"},
        },
    }}},
    "required": True,
}


class CreatedOut(Schema):
    id: int | None


class QuestionResult(Schema):
    key: str
    text_th: str
    text_en: str
    answered: int
    average: float | None
    reading_th: str
    distribution: dict[str, int]  # "1".."5" -> number of ratings
    satisfied_percent: float | None


class CommentOut(Schema):
    comment: str
    day: datetime.date
    respondent_type: str


class SurveyResults(Schema):
    survey: str
    count: int
    satisfaction_percent: float | None  # share of all ratings that are 4 or 5
    average: float | None
    reading_th: str
    questions: list[QuestionResult]
    respondent_types: dict[str, int]
    comments: list[CommentOut]  # approved comments only, newest first, at most 50


def _survey(slug):
    survey = SatisfactionSurvey.objects.filter(slug=slug).prefetch_related("questions").first()
    if survey is None:
        raise Http404
    return survey


def _json_body(request):
    if len(request.body) > conf.get("SURVEY_MAX_BODY_BYTES"):
        return None, bad_request({"body": [_("The request body is too large.")]})
    try:
        return json.loads(request.body or b"null"), None
    except (ValueError, UnicodeDecodeError, RecursionError):  # RecursionError: JSON nested thousands deep
        return None, bad_request({"body": [_("The body is not valid JSON.")]})


def _too_big(request):
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    return length > conf.get("SURVEY_MAX_BODY_BYTES")


@router.post(
    "/surveys/{slug}/responses/", response={201: CreatedOut}, auth=PUBLIC, url_name="govstandard_survey_respond",
    operation_id="govstandard_survey_respond", openapi_extra={"requestBody": RESPONSE_BODY},
    summary="Answer a satisfaction survey (anonymous); 201, or 400 with field errors",
)
def respond(request, slug: str):
    if not from_this_site(request, required=False):  # a browser on another site (see cache.origin)
        raise HttpError(403, _("Answers must be sent from a page of this site."))
    survey = _survey(slug)
    refused = public_posts.refusal(request)
    if refused:
        return refused
    if _too_big(request):
        return bad_request({"body": [_("The request body is too large.")]})
    data, error = _json_body(request)
    if error:
        return error
    if not survey.active:
        raise HttpError(409, _("This survey no longer accepts answers."))
    cleaned, errors = submission.validate(survey, data)
    if errors:
        return bad_request(errors)
    if submission.is_spam(data):
        return Status(201, {"id": None})
    if (submission.rate_limited(survey, identity.visitor_hash(request))
            or public_posts.over_ip_limit(f"survey:{survey.pk}", request, conf.get("SURVEY_DAILY_LIMIT_PER_IP"))):
        raise HttpError(429, _("You have answered this survey often today. Thank you."))
    response = submission.save(survey, cleaned)
    return Status(201, {"id": response.pk})


def _date(value, field, errors):
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        errors[field] = [_("Use a date as YYYY-MM-DD.")]
        return None


@router.get(
    "/surveys/{slug}/results/", response=SurveyResults, auth=PUBLIC, url_name="govstandard_survey_results",
    operation_id="govstandard_survey_results",
    summary="Results: count, average per question, distribution, satisfaction % (share of 4s and 5s)",
)
def survey_results(request, slug: str, start: str | None = None, end: str | None = None,
                   fiscal_year: int | None = None):
    survey = _survey(slug)
    errors = {}
    start_day, end_day = _date(start, "start", errors), _date(end, "end", errors)
    if fiscal_year is not None and not 2400 <= fiscal_year <= 2800:
        errors["fiscal_year"] = [_("Give the fiscal year in B.E., e.g. 2569.")]
    if errors:
        return bad_request(errors)
    data = results.cached(survey, start_day, end_day, fiscal_year)
    data["comments"] = [
        {"comment": c["comment"], "day": c["day"], "respondent_type": c["respondent_type"]}
        for c in results.approved_comments(survey, start_day, end_day, fiscal_year, limit=50)
    ]
    return data
