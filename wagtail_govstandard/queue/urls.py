"""Public pages of the queue (include at /queue/): the patient's status page by its token."""

from django.urls import path

from wagtail_govstandard.queue import views

app_name = "govstandard_queue"

urlpatterns = [
    path("t/<str:token>/", views.status_page, name="status"),
]
