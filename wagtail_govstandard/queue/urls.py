"""Public pages of the queue (include at /queue/): the patient's status page by its token, and
the monthly figures of the fiscal year."""

from django.urls import path

from wagtail_govstandard.queue import public_figures, views

app_name = "govstandard_queue"

urlpatterns = [
    path("t/<str:token>/", views.status_page, name="status"),
    path("statistics/", public_figures.statistics_page, name="statistics"),
]
