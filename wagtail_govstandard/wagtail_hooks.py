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
from django.urls import include, path  # noqa: E402

from .views.monitoring import menu as monitoring_menu  # noqa: E402
from .views.monitoring import panels as monitoring_panels  # noqa: E402
from .views.monitoring import urls as monitoring_urls  # noqa: E402


@hooks.register("register_admin_urls")
def register_monitoring_urls():
    return [path("govstandard/monitoring/", include(monitoring_urls, namespace="govstandard_monitoring"))]


@hooks.register("register_reports_menu_item")
def register_expiry_menu_item():
    return monitoring_menu.menu_item("expiry")


@hooks.register("register_reports_menu_item")
def register_completeness_menu_item():
    return monitoring_menu.menu_item("completeness")


@hooks.register("register_reports_menu_item")
def register_ita_menu_item():
    return monitoring_menu.menu_item("ita")


@hooks.register("register_reports_menu_item")
def register_annual_report_menu_item():
    return monitoring_menu.menu_item("annual")


@hooks.register("register_reports_menu_item")
def register_expiry_actions_menu_item():
    return monitoring_menu.menu_item("actions")


@hooks.register("register_reports_menu_item")
def register_login_records_menu_item():
    return monitoring_menu.menu_item("logins")


hooks.register("construct_homepage_panels", monitoring_panels.add_panel)
hooks.register("register_log_actions", monitoring_menu.register_log_actions)


# --- visit statistics and satisfaction survey (seed 1.10) ---
from wagtail.snippets.models import register_snippet  # noqa: E402

from . import statistics_admin  # noqa: E402
from .visits.counting import remember_served_page  # noqa: E402

hooks.register("before_serve_page", remember_served_page)
hooks.register("register_admin_urls", statistics_admin.admin_urls)
hooks.register("register_log_actions", statistics_admin.register_log_actions)
register_snippet(statistics_admin.VisitCounterViewSet)
register_snippet(statistics_admin.SatisfactionSurveyViewSet)
hooks.register("register_reports_menu_item", statistics_admin.visit_report_menu_item)
hooks.register("register_reports_menu_item", statistics_admin.moderation_menu_item)
hooks.register("register_reports_menu_item", statistics_admin.o16_menu_item)
