"""The statistics models (seed 1.10): visit roll-ups, surveys, the statistics page."""

from wagtail_govstandard.statistics.page import StatisticsPage  # noqa: F401
from wagtail_govstandard.statistics.surveys.models import (  # noqa: F401
    SatisfactionSurvey,
    SurveyAnswer,
    SurveyQuestion,
    SurveyResponse,
)
from wagtail_govstandard.statistics.visits.models import (  # noqa: F401
    AppliedVisitBatch,
    DailyPageVisits,
    DailySalt,
    DailyVisits,
    VisitCounter,
    VisitorSeen,
)
