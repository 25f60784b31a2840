"""Public routes of the ITA year, included by the package's urls at "ita/"."""

from django.urls import path

from wagtail_govstandard.ita import views

urlpatterns = [
    path("<int:year>/moit1/<slug:document>/", views.moit1, name="ita_moit1"),
]
