"""Validate and store one survey response; the same rules for the inline form and the API.

Input is a dict: {"answers": {question key: 1-5}, "comment", "respondent_type", "name",
"contact", "consent", "website" (the honeypot)}. Every question must be answered; anything
wrong gives {field: [messages]} and nothing is stored.
"""

from django.core.cache import cache
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail_govstandard import conf
from wagtail_govstandard.content.dates import local_now
from wagtail_govstandard.statistics.surveys.models import (
    RESPONDENT_TYPES,
    SurveyAnswer,
    SurveyResponse,
)
from wagtail_govstandard.statistics.visits.models import end_of_day_seconds

HONEYPOT = "website"
KNOWN_FIELDS = {"answers", "comment", "respondent_type", "name", "contact", "consent", HONEYPOT}


def is_spam(data):
    return bool(str(data.get(HONEYPOT) or "").strip())


def parse_rating(value):
    """An integer 1-5 (a whole-number string is accepted from HTML forms); None otherwise."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, int) and 1 <= value <= 5:
        return value
    return None


def _clean_answers(survey, answers, errors):
    if not isinstance(answers, dict):
        errors["answers"] = [_("Give the answers as an object of question key to rating.")]
        return {}
    questions = {q.key: q for q in survey.questions.all()}
    cleaned = {}
    for key in answers:
        if key not in questions:
            errors[f"answers.{key}"] = [_("Unknown question.")]
    for key, question in questions.items():
        if answers.get(key) in (None, ""):
            errors[f"answers.{key}"] = [_("Choose a rating from 1 to 5.")]
            continue
        rating = parse_rating(answers[key])
        if rating is None:
            errors[f"answers.{key}"] = [_("The rating must be a whole number from 1 to 5.")]
        else:
            cleaned[question] = rating
    return cleaned


def _text(data, field, errors, limit):
    value = data.get(field) or ""
    if not isinstance(value, str):
        errors[field] = [_("Must be text.")]
        return ""
    value = value.strip()
    if len(value) > limit:
        errors[field] = [_("At most %(limit)d characters (this has %(count)d).") % {"limit": limit, "count": len(value)}]
    return value


def validate(survey, data):
    """(cleaned, errors) for the input dict `data`."""
    if not isinstance(data, dict):
        return None, {"body": [_("Send a JSON object.")]}
    errors = {}
    for field in set(data) - KNOWN_FIELDS:
        errors[field] = [_("Unknown field.")]
    cleaned = {"answers": _clean_answers(survey, data.get("answers"), errors)}
    comment = _text(data, "comment", errors, conf.get("SURVEY_COMMENT_MAX_CHARS"))
    if comment and not survey.allow_comment:
        errors["comment"] = [_("This survey takes no comments.")]
    cleaned["comment"] = comment
    respondent_type = data.get("respondent_type") or ""
    if respondent_type and respondent_type not in dict(RESPONDENT_TYPES):
        errors["respondent_type"] = [_("Choose one of: %s.") % ", ".join(dict(RESPONDENT_TYPES))]
    cleaned["respondent_type"] = respondent_type if survey.ask_respondent_type else ""
    _clean_personal(survey, data, cleaned, errors)
    return cleaned, errors


def _clean_personal(survey, data, cleaned, errors):
    name = _text(data, "name", errors, 255)
    contact = _text(data, "contact", errors, 255)
    consent = data.get("consent") in (True, "true", "on", "1", 1)
    cleaned.update(name="", contact="", consent=False)
    if not (name or contact):
        return
    if not survey.collects_personal_details:
        errors["name"] = [_("This survey does not collect personal details.")]
    elif not consent:
        errors["consent"] = [_("Tick the consent box to leave your name or contact, or leave them empty.")]
    else:
        cleaned.update(name=name, contact=contact, consent=True)


def rate_limited(survey, visitor_hash):
    """True once this visitor has answered this survey the daily limit of times today."""
    now = local_now()
    key = f"govstandard:survey:{survey.pk}:{now.date().isoformat()}:{visitor_hash}"
    cache.add(key, 0, end_of_day_seconds(now))
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, end_of_day_seconds(now))
        count = 1
    return count > conf.get("SURVEY_DAILY_LIMIT_PER_VISITOR")


@transaction.atomic
def save(survey, cleaned):
    now = timezone.now()
    response = SurveyResponse.objects.create(
        survey=survey, submitted_at=now, day=local_now().date(),
        respondent_type=cleaned["respondent_type"], comment=cleaned["comment"],
        personal_name=cleaned["name"], personal_contact=cleaned["contact"], consent_given=cleaned["consent"],
    )
    SurveyAnswer.objects.bulk_create(
        SurveyAnswer(response=response, question=question, rating=rating)
        for question, rating in cleaned["answers"].items()
    )
    return response
