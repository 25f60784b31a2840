from django.core.management.base import BaseCommand

from wagtail_govstandard.queue import retention


class Command(BaseCommand):
    help = "Delete queue visits, tickets and HIS references older than WAGTAILGOVSTANDARD_QUEUE_RETENTION_DAYS."

    def handle(self, *args, **options):
        deleted = retention.purge()
        self.stdout.write(f"Deleted {deleted} visit(s) older than {retention.cutoff().isoformat()}.")
