"""Retry the notices that could not be sent (the outbox of the request workflow)."""

from django.core.management.base import BaseCommand

from wagtail_govstandard.requests import notices


class Command(BaseCommand):
    help = "Send every pending or failed notice again (up to WAGTAILGOVSTANDARD_NOTICE_MAX_ATTEMPTS)."

    def handle(self, *args, **options):
        outcome = notices.retry_all()
        self.stdout.write(", ".join("%s: %d" % item for item in sorted(outcome.items())) or "Nothing to send.")
