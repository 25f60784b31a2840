"""Admin routes of the ITA year (namespace wagtail_govstandard_ita)."""

from django.urls import path

from wagtail_govstandard.ita.admin_views import ItaEvidenceView, ProvinceView

app_name = "wagtail_govstandard_ita"

urlpatterns = [
    path("evidence/", ItaEvidenceView.as_view(), name="evidence"),
    path("evidence/results/", ItaEvidenceView.as_view(results_only=True), name="evidence_results"),
    path("province/", ProvinceView.as_view(), name="province"),
    path("province/results/", ProvinceView.as_view(results_only=True), name="province_results"),
]
