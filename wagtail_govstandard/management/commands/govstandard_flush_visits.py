"""Flush the visit buffer (the Redis buffer on high-traffic sites) and purge expired salts/hashes.

Run from cron or a timer, e.g. every minute: `manage.py govstandard_flush_visits`.
"""

from django.core.management.base import BaseCommand

from wagtail_govstandard.statistics.visits import buffer, identity


class Command(BaseCommand):
    help = "Write buffered page views to the daily roll-ups; delete salts and visitor hashes of past days."

    def handle(self, *args, **options):
        written = buffer.flush()
        identity.purge_expired()
        self.stdout.write(f"{written} views written")
