"""Survey results: count, per-question average and distribution, satisfaction % (4s and 5s).

The Thai reading of a mean follows the usual 5-level interpretation used in agency reports.
"""

from collections import defaultdict

from django.db.models import Count
from django.db.models.signals import post_delete, post_save
from django.utils.translation import pgettext_lazy

from wagtail_govstandard.content import versions
from wagtail_govstandard.content.dates import fiscal_year_range
from wagtail_govstandard.statistics.surveys.models import (
    RESPONDENT_TYPES,
    SatisfactionSurvey,
    SurveyAnswer,
    SurveyQuestion,
    SurveyResponse,
)

READINGS = [(4.51, "มากที่สุด"), (3.51, "มาก"), (2.51, "ปานกลาง"), (1.51, "น้อย"), (1.0, "น้อยที่สุด")]
# The same five levels in the reader's language (the Thai catalogue gives the labels above).
READING_LABELS = [
    (4.51, pgettext_lazy("satisfaction reading", "very high")),
    (3.51, pgettext_lazy("satisfaction reading", "high")),
    (2.51, pgettext_lazy("satisfaction reading", "moderate")),
    (1.51, pgettext_lazy("satisfaction reading", "low")),
    (1.0, pgettext_lazy("satisfaction reading", "very low")),
]


def thai_reading(mean):
    """4.51-5.00 มากที่สุด, 3.51-4.50 มาก, 2.51-3.50 ปานกลาง, 1.51-2.50 น้อย, 1.00-1.50 น้อยที่สุด."""
    if mean is None:
        return ""
    rounded = round(mean, 2)
    return next((label for floor, label in READINGS if rounded >= floor), READINGS[-1][1])


def reading(mean):
    """The reading of a mean in the active language (มาก / high)."""
    if mean is None:
        return ""
    rounded = round(mean, 2)
    return str(next((label for floor, label in READING_LABELS if rounded >= floor), READING_LABELS[-1][1]))


def responses_in(survey, start=None, end=None, fiscal_year=None):
    if fiscal_year:
        start, end = fiscal_year_range(fiscal_year)
    responses = survey.responses.all()
    if start:
        responses = responses.filter(day__gte=start)
    if end:
        responses = responses.filter(day__lte=end)
    return responses


def _percent(part, whole):
    return round(100.0 * part / whole, 2) if whole else None


def _question_result(question, distribution):
    answered = sum(distribution.values())
    mean = sum(r * n for r, n in distribution.items()) / answered if answered else None
    return {
        "key": question.key, "text_th": question.text_th, "text_en": question.text_en,
        "answered": answered,
        "average": round(mean, 2) if mean is not None else None,
        "reading_th": thai_reading(mean),
        "distribution": {str(r): distribution.get(r, 0) for r in range(1, 6)},
        "satisfied_percent": _percent(distribution.get(4, 0) + distribution.get(5, 0), answered),
    }


def compute(survey, start=None, end=None, fiscal_year=None):
    """The results dict of the API, the public block and the ITA O16 report (three queries)."""
    responses = responses_in(survey, start, end, fiscal_year)
    distributions = defaultdict(dict)
    for row in (SurveyAnswer.objects.filter(response__in=responses)
                .values("question_id", "rating").annotate(n=Count("id")).order_by()):
        distributions[row["question_id"]][row["rating"]] = row["n"]
    questions = [_question_result(q, distributions[q.pk]) for q in survey.questions.all()]
    total = sum(q["answered"] for q in questions)
    satisfied = sum(int(q["distribution"]["4"]) + int(q["distribution"]["5"]) for q in questions)
    mean = sum(q["average"] * q["answered"] for q in questions if q["answered"]) / total if total else None
    by_type = dict(responses.values_list("respondent_type").annotate(n=Count("id")).order_by())
    return {
        "survey": survey.slug, "count": responses.count(),
        "satisfaction_percent": _percent(satisfied, total),
        "average": round(mean, 2) if mean is not None else None,
        "reading_th": thai_reading(mean),
        "questions": questions,
        "respondent_types": {
            (code or "unspecified"): by_type.get(code, 0) for code in [c for c, _ in RESPONDENT_TYPES] + [""]
        },
    }


def approved_comments(survey, start=None, end=None, fiscal_year=None, limit=None):
    comments = (responses_in(survey, start, end, fiscal_year).filter(comment_status="approved")
                .exclude(comment="").order_by("-submitted_at").values("comment", "day", "respondent_type"))
    return list(comments[:limit] if limit else comments)


def cached_comments(survey, fiscal_year=None, limit=None):
    """approved_comments(), kept until the survey gets an answer or a comment is moderated."""
    return versions.cached(
        "survey-comments", (survey.pk, fiscal_year, limit),
        lambda: approved_comments(survey, fiscal_year=fiscal_year, limit=limit), scope=_scope(survey.pk),
    )


def _scope(survey_id):
    return f"survey-{survey_id}"


def cached(survey, start=None, end=None, fiscal_year=None, guard=None):
    """compute(), kept until the survey gets an answer or its questions change (exact, cheap);
    `guard` wraps the computation when it runs (a savepoint: statistics/widgets.py)."""
    read = lambda: compute(survey, start, end, fiscal_year)  # noqa: E731
    return versions.cached(
        "survey-results", (survey.pk, start, end, fiscal_year), guard(read) if guard else read,
        scope=_scope(survey.pk),
    )


def _renew(sender, instance, **kwargs):
    survey_id = instance.pk if sender is SatisfactionSurvey else instance.survey_id
    versions.bump(_scope(survey_id))


def connect():
    """A saved response (its answers are written in the same transaction), question or survey renews the results."""
    for model in (SurveyResponse, SurveyQuestion, SatisfactionSurvey):
        post_save.connect(_renew, sender=model, dispatch_uid=f"govstandard_results_save_{model.__name__}")
        post_delete.connect(_renew, sender=model, dispatch_uid=f"govstandard_results_delete_{model.__name__}")
