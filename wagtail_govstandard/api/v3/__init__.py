"""The package's v3 router, attached at /api/v3/govstandard/ by the app's ready()."""

from ninja import Router

from . import categories

router = Router(tags=["govstandard"])
router.add_router("/categories/", categories.router)

from . import compliance  # noqa: E402

router.add_router("/compliance/", compliance.router)
