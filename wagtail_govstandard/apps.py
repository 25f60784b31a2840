from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WagtailGovStandardConfig(AppConfig):
    name = "wagtail_govstandard"
    label = "wagtail_govstandard"
    verbose_name = _("Government Website Standard")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.api.v3.api import api

        from wagtail_govstandard.api import errors, fallback, openapi
        from wagtail_govstandard.api.v3 import router

        api.add_router("/govstandard/", router)
        self.mount_optional_apps(api)
        api.add_router("/govstandard/", fallback.router)  # last: what no route matched, as JSON
        errors.install(api)
        openapi.install(api)
        self.ready_content()
        self.ready_requests()
        self.ready_monitoring()
        self.ready_cache()
        self.ready_ita()
        self.ready_theme()

    def mount_optional_apps(self, api):
        """Optional apps' routers go in before the JSON fallback, whatever the INSTALLED_APPS order."""
        from django.apps import apps

        if apps.is_installed("wagtail_govstandard.queue"):
            from wagtail_govstandard.queue import api as queue_api

            api.add_router("/govstandard/queue/", queue_api.router)

    def ready_cache(self):
        """Front cache (issue 14): purge what a change shows on, after the commit."""
        from wagtail_govstandard.cache import purge

        purge.connect()

    def ready_content(self):
        """Cached figures (counts over the page tree, survey results) are renewed on every change."""
        from wagtail_govstandard.content import versions
        from wagtail_govstandard.statistics import widgets
        from wagtail_govstandard.statistics.surveys import results

        versions.connect()
        results.connect()
        widgets.connect()

    def ready_requests(self):
        """Publication requests (seed 2.2): page-published receiver, roles and workflow after migrate."""
        from django.db.models.signals import post_migrate, post_save
        from wagtail.models import Site

        from wagtail_govstandard.requests import setup, signals

        signals.connect()
        post_migrate.connect(setup.on_post_migrate, sender=self, dispatch_uid="govstandard_setup")
        post_save.connect(setup.on_site_saved, sender=Site, dispatch_uid="govstandard_site_webmasters")

    def ready_monitoring(self):
        """Monitoring (seed 3.4): admin logins recorded for the Computer Crime Act."""
        from wagtail_govstandard.monitoring import logins

        logins.connect()
        from wagtail_govstandard.statistics import checks as statistics_checks  # noqa: F401  (the shared-cache check)

    def ready_ita(self):
        """The ITA year: `manage.py check` names every framework file that cannot be used; the
        Provincial supervisors group is made after migrate, like the seed's roles."""
        from django.db.models.signals import post_migrate

        from wagtail_govstandard.ita import checks, setup  # noqa: F401

        post_migrate.connect(setup.on_post_migrate, sender=self, dispatch_uid="govstandard_ita_setup")

    def ready_theme(self):
        """The cached menu follows the theme settings."""
        from wagtail_govstandard.theme import signals

        signals.connect()
