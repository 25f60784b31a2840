"""Take down expired items (sites with automatic take-down on) and remind owners (seed 3.2).

Idempotent; run it daily from cron, e.g. at 00:05 Asia/Bangkok:
    5 0 * * *  cd /srv/site && .venv/bin/python manage.py govstandard_expire
"""

from django.core.management.base import BaseCommand

from wagtail_govstandard.monitoring import automatic


class Command(BaseCommand):
    help = "Take down items whose publication end has passed and e-mail owners before an end."

    def handle(self, *args, **options):
        taken_down, reminders = automatic.run()
        for record in taken_down:
            self.stdout.write(f"taken down: {record.page_id} {record.page_title}")
        self.stdout.write(self.style.SUCCESS(
            f"{len(taken_down)} item(s) taken down, {len(reminders)} reminder(s) sent."
        ))
