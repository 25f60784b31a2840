"""A project's own base page (WAGTAIL_PAGE_MODEL), to prove the package works on top of it."""
