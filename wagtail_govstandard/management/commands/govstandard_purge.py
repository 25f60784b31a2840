"""Delete login records, audit log entries and request history older than the retention period
(AUDIT_RETENTION_DAYS, default 90; never fewer than 90 days: Computer Crime Act s.26)."""

from django.core.management.base import BaseCommand, CommandError

from wagtail_govstandard.monitoring import retention


class Command(BaseCommand):
    help = "Delete audit records older than the retention period (at least 90 days)."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None,
                            help="Keep this many days (default: AUDIT_RETENTION_DAYS; minimum 90).")
        parser.add_argument("--dry-run", action="store_true", help="Count, delete nothing.")

    def handle(self, *args, days=None, dry_run=False, **options):
        try:
            result = retention.purge(days, dry_run=dry_run)
        except retention.RetentionTooShort as error:
            raise CommandError(str(error)) from None
        verb = "would delete" if dry_run else "deleted"
        for label, count in result.items():
            self.stdout.write(f"{label}: {verb} {count}")
