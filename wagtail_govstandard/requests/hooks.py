"""Admin registrations of the publication request workflow (seed 2.2)."""

from django.urls import include, path
from wagtail import hooks
from wagtail_modeladmin.options import modeladmin_register

from wagtail_govstandard.requests import admin_urls, panels
from wagtail_govstandard.requests.admin import PublicationRequestAdmin, WorkGroupAdmin

modeladmin_register(PublicationRequestAdmin)
modeladmin_register(WorkGroupAdmin)


@hooks.register("register_admin_urls")
def register_request_urls():
    return [path("govstandard/requests/", include(admin_urls, namespace="wagtail_govstandard_requests"))]


@hooks.register("construct_homepage_panels")
def add_request_panels(request, panel_list):
    panels.add_panels(request, panel_list)
