from django.urls import path

from wagtail_govstandard.queue import admin_views

app_name = "govstandard_queue_admin"

urlpatterns = [
    path("", admin_views.index, name="index"),
    path("counter/<int:counter_id>/", admin_views.console, name="console"),
    path("issue/", admin_views.issue, name="issue"),
    path("report/", admin_views.report, name="report"),
]
