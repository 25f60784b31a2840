from .attachments import PageAttachment  # noqa: F401
from .base import BasePage  # noqa: F401
from .mixins import GovContentMixin  # noqa: F401
from .pages import (  # noqa: F401
    CategoryIndexPage, CitizenManualPage, ContactPage, EServicePage, ExecutivesPage,
    GeneralInfoPage, GovContentPage, KnowledgePage, LawPage, LinksPage, ManualMixin, NewsPage,
    OfficialInfoPage, PolicyPage, SitemapPage, SopManualPage,
)
from .workgroups import WorkGroup  # noqa: F401
from .requests import Notice, PublicationRequest, RequestAttachment  # noqa: F401
from ..workflows import WebmasterPublishTask, WorkGroupHeadApprovalTask  # noqa: F401,E402
from .monitoring import ExpiryAction, ExpiryReminder, LoginRecord, MonitoringSettings  # noqa: F401
from .statistics import (  # noqa: F401
    AppliedVisitBatch, DailyPageVisits, DailySalt, DailyVisits, VisitCounter, VisitorSeen,
)
from .statistics_page import StatisticsPage  # noqa: F401
from .surveys import SatisfactionSurvey, SurveyAnswer, SurveyQuestion, SurveyResponse  # noqa: F401
