from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QueueConfig(AppConfig):
    name = "wagtail_govstandard.queue"
    label = "govstandard_queue"
    verbose_name = _("Patient queue")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_migrate

        from wagtail_govstandard.queue import cached, setup

        # The v3 router is mounted by the package's app (before its JSON fallback for unknown paths).
        post_migrate.connect(setup.on_post_migrate, sender=self, dispatch_uid="govstandard_queue_setup")
        cached.connect_signals()
