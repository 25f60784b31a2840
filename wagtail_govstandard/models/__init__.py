"""Every model of the app, re-exported for Django and for projects. Nothing in the package
imports from here: each feature imports its own `models` module."""

from wagtail_govstandard.content.models import (  # noqa: F401
    BasePage,
    CachedRoutingMixin,
    CategoryIndexPage,
    CitizenManualPage,
    ContactPage,
    EServicePage,
    ExecutivesPage,
    GeneralInfoPage,
    GovContentMixin,
    GovContentPage,
    KnowledgePage,
    LawPage,
    LinksPage,
    ManualMixin,
    NewsPage,
    OfficialInfoPage,
    PageAttachment,
    PolicyPage,
    SitemapPage,
    SopManualPage,
)
from wagtail_govstandard.ita.models import ItaPage, ItaSettings  # noqa: F401
from wagtail_govstandard.monitoring.models import (  # noqa: F401
    ExpiryAction,
    ExpiryReminder,
    LoginRecord,
    MonitoringSettings,
)
from wagtail_govstandard.requests.models import (  # noqa: F401
    Notice,
    PublicationRequest,
    RequestAttachment,
    WorkGroup,
)
from wagtail_govstandard.requests.workflows import (  # noqa: F401
    WebmasterPublishTask,
    WorkGroupHeadApprovalTask,
)
from wagtail_govstandard.statistics.models import (  # noqa: F401
    AppliedVisitBatch,
    DailyPageVisits,
    DailySalt,
    DailyVisits,
    SatisfactionSurvey,
    StatisticsPage,
    SurveyAnswer,
    SurveyQuestion,
    SurveyResponse,
    VisitCounter,
    VisitorSeen,
)
from wagtail_govstandard.theme.models import (  # noqa: F401
    AlertBanner,
    ThemeSettings,
)
