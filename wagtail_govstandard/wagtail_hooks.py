"""Registration only: menus, panels, viewsets, reports, permissions. Each points elsewhere."""

from wagtail import hooks  # noqa: F401

# --- foundation (pages, documents) ---

# --- publication requests and workflow (seed 2.2) ---

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
