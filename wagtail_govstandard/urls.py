"""Public (non-admin) routes of the package, included by the project at "govstandard/"."""

from django.urls import include, path

from wagtail_govstandard.cache import beacon
from wagtail_govstandard.statistics import views

app_name = "wagtail_govstandard"

urlpatterns = [
    path("surveys/<slug:slug>/respond/", views.survey_post, name="survey_post"),
    path("visits/pixel.gif", beacon.pixel, name="visit_pixel"),
    path("statistics/visits-monthly.csv", views.monthly_visits_csv, name="visits_monthly_csv"),
    path("ita/", include("wagtail_govstandard.ita.urls")),
]
