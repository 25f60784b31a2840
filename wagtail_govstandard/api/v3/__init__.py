"""The package's v3 router, attached at /api/v3/govstandard/ by the app's ready()."""

from ninja import Router

from . import categories, compliance, pages, requests, surveys, visits

router = Router(tags=["govstandard"])
router.add_router("/categories/", categories.router)
router.add_router("/pages/", pages.router)
router.add_router("/requests/", requests.router)
router.add_router("/compliance/", compliance.router)
router.add_router("/", visits.router)
router.add_router("/", surveys.router)
