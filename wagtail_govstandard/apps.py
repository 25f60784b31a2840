from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WagtailGovStandardConfig(AppConfig):
    name = "wagtail_govstandard"
    label = "wagtail_govstandard"
    verbose_name = _("Government Website Standard")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.api.v3.api import api

        from .api.v3 import errors, router

        api.add_router("/govstandard/", router)
        errors.install(api)

        from .monitoring import logins, setup

        logins.connect()
        setup.connect(self)
