"""Admin URLs of the request workflow, mounted under /admin/govstandard/requests/ by wagtail_hooks."""

from django.urls import path

from wagtail_govstandard.requests import views

app_name = "wagtail_govstandard_requests"

urlpatterns = [
    path("new/", views.create, name="create"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/print/", views.print_form, name="print"),
    path("<int:pk>/files/<int:attachment_pk>/", views.attachment, name="attachment"),
    path("<int:pk>/<str:action>/", views.act, name="act"),
]
