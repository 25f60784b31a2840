"""Admin registration pieces of seed 1.10 (snippet viewsets, menu, URLs); wagtail_hooks wires them."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem

from wagtail_govstandard import roles
from wagtail_govstandard.content.snippets import GovSnippetViewSet
from wagtail_govstandard.statistics import admin_views
from wagtail_govstandard.statistics.surveys.models import SatisfactionSurvey
from wagtail_govstandard.statistics.visits.models import VisitCounter


class WebmasterMenuItem(MenuItem):
    def is_shown(self, request):
        return roles.is_webmaster(request.user)


class VisitCounterViewSet(GovSnippetViewSet):
    model = VisitCounter
    icon = "table"
    menu_label = _("Visit statistics boxes")
    list_display = ["name", "heading", "site_wide"]


class SatisfactionSurveyViewSet(GovSnippetViewSet):
    model = SatisfactionSurvey
    icon = "form"
    menu_label = _("Satisfaction surveys")
    list_display = ["title_th", "slug", "active", "site_wide"]


def admin_urls():
    return [
        path("govstandard/statistics/visits/", admin_views.visit_report, name="wagtail_govstandard_visit_report"),
        path("govstandard/surveys/comments/", admin_views.moderation, name="wagtail_govstandard_survey_moderation"),
        path("govstandard/surveys/comments/<int:pk>/", admin_views.moderate,
             name="wagtail_govstandard_survey_moderate"),
        path("govstandard/surveys/ita-o16/", admin_views.o16_report, name="wagtail_govstandard_o16_report"),
    ]


def visit_report_menu_item():
    return WebmasterMenuItem(_("Visit statistics"), reverse("wagtail_govstandard_visit_report"),
                             icon_name="table", name="govstandard-visit-report", order=810)


def moderation_menu_item():
    return WebmasterMenuItem(_("Survey comments"), reverse("wagtail_govstandard_survey_moderation"),
                             icon_name="comment", name="govstandard-survey-comments", order=811)


def o16_menu_item():
    return WebmasterMenuItem(_("ITA O16 satisfaction report"), reverse("wagtail_govstandard_o16_report"),
                             icon_name="doc-full", name="govstandard-o16", order=812)


def register_log_actions(actions):
    actions.register_action("wagtail_govstandard.comment_approved", _("Approve survey comment"),
                            _("Survey comment approved"))
    actions.register_action("wagtail_govstandard.comment_rejected", _("Reject survey comment"),
                            _("Survey comment rejected"))
