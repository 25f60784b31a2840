"""The content models: the swappable base page, the metadata mixin, the page types, attachments."""

from wagtail_govstandard.content.models.attachments import PageAttachment  # noqa: F401
from wagtail_govstandard.content.models.base import PAGE_MODEL_NAME, BasePage  # noqa: F401
from wagtail_govstandard.content.models.mixins import GovContentMixin  # noqa: F401
from wagtail_govstandard.content.models.pages import (  # noqa: F401
    CategoryIndexPage,
    CitizenManualPage,
    ContactPage,
    EServicePage,
    ExecutivesPage,
    GeneralInfoPage,
    GovContentPage,
    KnowledgePage,
    LawPage,
    LinksPage,
    ManualMixin,
    NewsPage,
    OfficialInfoPage,
    PolicyPage,
    SitemapPage,
    SopManualPage,
)
from wagtail_govstandard.content.models.serving import CachedRoutingMixin  # noqa: F401
