"""Registration only: menus, panels, viewsets, reports, permissions. Each points elsewhere."""

from wagtail import hooks  # noqa: F401

# --- foundation (pages, documents) ---

# --- publication requests and workflow (seed 2.2) ---

# --- monitoring: expiry, completeness, annual report, audit (seed 3) ---

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
