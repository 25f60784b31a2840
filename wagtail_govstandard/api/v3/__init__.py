"""The package's v3 router, attached at /api/v3/govstandard/ by the app's ready()."""

from ninja import Router

from . import categories
from . import surveys, visits  # seed 1.10

router = Router(tags=["govstandard"])
router.add_router("/categories/", categories.router)
router.add_router("/", visits.router)
router.add_router("/", surveys.router)
