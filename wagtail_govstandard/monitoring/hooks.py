"""Admin registrations of monitoring (seed 3): expiry, completeness, annual report, audit."""

from django.urls import include, path
from wagtail import hooks

from wagtail_govstandard.monitoring.views import menu, panels, urls

REPORTS = ("expiry", "completeness", "annual", "actions", "logins")  # ITA evidence: ita/hooks.py


@hooks.register("register_admin_urls")
def register_monitoring_urls():
    return [path("govstandard/monitoring/", include(urls, namespace="govstandard_monitoring"))]


for _name in REPORTS:
    hooks.register("register_reports_menu_item", lambda name=_name: menu.menu_item(name))

hooks.register("construct_homepage_panels", panels.add_panel)
hooks.register("register_log_actions", menu.register_log_actions)
