"""Admin and serving registrations of seed 1.10: visit counting, boxes, surveys, reports."""

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from wagtail_govstandard.statistics import admin
from wagtail_govstandard.statistics.visits.counting import remember_served_page

hooks.register("before_serve_page", remember_served_page)
hooks.register("register_admin_urls", admin.admin_urls)
hooks.register("register_log_actions", admin.register_log_actions)
register_snippet(admin.VisitCounterViewSet)
register_snippet(admin.SatisfactionSurveyViewSet)
hooks.register("register_reports_menu_item", admin.visit_report_menu_item)
hooks.register("register_reports_menu_item", admin.moderation_menu_item)
hooks.register("register_reports_menu_item", admin.o16_menu_item)
