from django.core.management.base import BaseCommand
from wagtail.models import Site

from wagtail_govstandard.queue import rollover


class Command(BaseCommand):
    help = "Close the open queue tickets of past days (run at 00:00 Asia/Bangkok; issuing does it too)."

    def handle(self, *args, **options):
        closed = sum(rollover.close_past_days(site.pk) for site in Site.objects.all())
        self.stdout.write(f"Closed {closed} ticket(s) of past days.")
