"""Write buffered visits to the daily roll-ups with atomic upserts (PostgreSQL and SQLite).

An event is (site_id, page_id, day, visitor_hash); page_id 0 stands for a view that belongs to
no page (never produced today, kept for headless paths). One flush is one transaction:

1. the day's visitor hashes go into VisitorSeen with INSERT ... ON CONFLICT DO NOTHING RETURNING,
   so the rows that come back are exactly the visitors not seen before today (exact uniques,
   even with several flushers at once);
2. DailyVisits / DailyPageVisits get INSERT ... ON CONFLICT DO UPDATE SET views = views + n.

Rows are written in sorted key order so concurrent flushers lock them in the same order.
"""

from collections import Counter

from django.db import connection, transaction

CHUNK = 500


def _table(model):
    return connection.ops.quote_name(model._meta.db_table)


def _day_key(day):
    return str(day)[:10]


def _insert_seen(seen_rows):
    """Insert (site, page, day, hash) rows; return the (site, page, day) of the new ones."""
    from wagtail_govstandard.statistics.visits.models import VisitorSeen

    table = _table(VisitorSeen)
    new = []
    with connection.cursor() as cursor:
        for start in range(0, len(seen_rows), CHUNK):
            chunk = seen_rows[start:start + CHUNK]
            values = ", ".join(["(%s, %s, %s, %s)"] * len(chunk))
            cursor.execute(
                f"INSERT INTO {table} (site_id, page_id, day, visitor_hash) VALUES {values} "
                "ON CONFLICT (site_id, page_id, day, visitor_hash) DO NOTHING "
                "RETURNING site_id, page_id, day",
                [value for row in chunk for value in row],
            )
            new.extend((site, page, _day_key(day)) for site, page, day in cursor.fetchall())
    return new


def _upsert(model, key_columns, conflict_columns, rows):
    """rows: [(key values..., views, visitors)], added to the existing counts."""
    table = _table(model)
    columns = ", ".join(key_columns + ["views", "visitors"])
    conflict = ", ".join(conflict_columns)
    placeholders = "(" + ", ".join(["%s"] * (len(key_columns) + 2)) + ")"
    with connection.cursor() as cursor:
        for start in range(0, len(rows), CHUNK):
            chunk = rows[start:start + CHUNK]
            cursor.execute(
                f"INSERT INTO {table} ({columns}) VALUES {', '.join([placeholders] * len(chunk))} "
                f"ON CONFLICT ({conflict}) DO UPDATE SET "
                f"views = {table}.views + excluded.views, visitors = {table}.visitors + excluded.visitors",
                [value for row in chunk for value in row],
            )


def _still_existing(events):
    """Drop views of pages or sites deleted since they were counted (their roll-ups went too)."""
    from wagtail.models import Site

    from wagtail_govstandard.content.models.base import BasePage

    sites = set(Site.objects.filter(pk__in={e[0] for e in events}).values_list("pk", flat=True))
    pages = set(BasePage.objects.filter(pk__in={e[1] for e in events if e[1]}).values_list("pk", flat=True))
    return [e for e in events if e[0] in sites and (e[1] == 0 or e[1] in pages)]


def apply(events):
    """Add `events` to the roll-ups in the current transaction (callers wrap it in atomic)."""
    from wagtail_govstandard.statistics.visits.models import DailyPageVisits, DailyVisits

    events = _still_existing([(int(s), int(p), _day_key(d), h) for s, p, d, h in events])
    if not events:
        return
    seen = sorted({(s, 0, d, h) for s, p, d, h in events} | {(s, p, d, h) for s, p, d, h in events if p})
    new_visitors = Counter(_insert_seen(seen))
    site_views = Counter((s, d) for s, p, d, h in events)
    page_views = Counter((s, p, d) for s, p, d, h in events if p)
    _upsert(DailyVisits, ["site_id", "day"], ["site_id", "day"], [
        (s, d, n, new_visitors[(s, 0, d)]) for (s, d), n in sorted(site_views.items())
    ])
    _upsert(DailyPageVisits, ["site_id", "page_id", "day"], ["page_id", "day"], [
        (s, p, d, n, new_visitors[(s, p, d)]) for (s, p, d), n in sorted(page_views.items())
    ])


def apply_atomically(events):
    with transaction.atomic():
        apply(events)
