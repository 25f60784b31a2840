from django.urls import path

from wagtail_govstandard.monitoring.views.annual import AnnualReportView
from wagtail_govstandard.monitoring.views.completeness import CompletenessReportView
from wagtail_govstandard.monitoring.views.expiry import ExpiryReportView
from wagtail_govstandard.monitoring.views.expiry_actions import ExpiryActionView
from wagtail_govstandard.monitoring.views.registers import ExpiryActionsView, LoginRecordsView

app_name = "govstandard_monitoring"
urlpatterns = [
    path("expiry/", ExpiryReportView.as_view(), name="expiry"),
    path("expiry/results/", ExpiryReportView.as_view(results_only=True), name="expiry_results"),
    path("expiry/action/", ExpiryActionView.as_view(), name="expiry_action"),
    path("completeness/", CompletenessReportView.as_view(), name="completeness"),
    path("completeness/results/", CompletenessReportView.as_view(results_only=True),
         name="completeness_results"),
    path("annual/", AnnualReportView.as_view(), name="annual"),
    path("annual/results/", AnnualReportView.as_view(results_only=True), name="annual_results"),
    path("actions/", ExpiryActionsView.as_view(), name="actions"),
    path("actions/results/", ExpiryActionsView.as_view(results_only=True), name="actions_results"),
    path("logins/", LoginRecordsView.as_view(), name="logins"),
    path("logins/results/", LoginRecordsView.as_view(results_only=True), name="logins_results"),
]
