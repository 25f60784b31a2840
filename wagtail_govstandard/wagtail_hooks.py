"""Registration only: menus, panels, viewsets, reports, permissions. Each points elsewhere."""

from wagtail import hooks  # noqa: F401

# --- foundation (pages, documents) ---

# --- publication requests and workflow (seed 2.2) ---
from django.urls import include, path  # noqa: E402
from wagtail_modeladmin.options import modeladmin_register  # noqa: E402

from . import admin_urls, panels  # noqa: E402
from .admin_requests import PublicationRequestAdmin, WorkGroupAdmin  # noqa: E402

modeladmin_register(PublicationRequestAdmin)
modeladmin_register(WorkGroupAdmin)


@hooks.register("register_admin_urls")
def register_request_urls():
    return [path("govstandard/requests/", include(admin_urls, namespace="wagtail_govstandard_requests"))]


@hooks.register("construct_homepage_panels")
def add_request_panels(request, panel_list):
    panels.add_panels(request, panel_list)


# --- monitoring: expiry, completeness, annual report, audit (seed 3) ---

# --- visit statistics and satisfaction survey (seed 1.10) ---
