"""The package's v3 router, attached at /api/v3/govstandard/ by the app's ready(): assembly only."""

from ninja import Router

from wagtail_govstandard.content.api import categories, pages
from wagtail_govstandard.monitoring import api as monitoring_api
from wagtail_govstandard.requests import api as requests_api
from wagtail_govstandard.statistics.surveys import api as surveys_api
from wagtail_govstandard.statistics.visits import api as visits_api

router = Router(tags=["govstandard"])
router.add_router("/categories/", categories.router)
router.add_router("/pages/", pages.router)
router.add_router("/requests/", requests_api.router)
router.add_router("/compliance/", monitoring_api.router)
router.add_router("/", visits_api.router)
router.add_router("/", surveys_api.router)
