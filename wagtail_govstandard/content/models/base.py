"""The base page model, swappable through WAGTAIL_PAGE_MODEL (Wagtail 8 reusable-app pattern)."""

import swapper

# wagtail.models sets this too; a project whose base page loads first needs it set here.
swapper.set_app_prefix("wagtailcore", "wagtail")

PAGE_MODEL_NAME = swapper.get_model_name("wagtailcore", "Page")


def _load_base_page():
    if swapper.is_swapped("wagtailcore", "Page"):
        return swapper.load_model("wagtailcore", "Page", require_ready=False)
    from wagtail.models import Page

    return Page


BasePage = _load_base_page()
