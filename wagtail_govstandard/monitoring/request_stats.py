"""Statistics of the publication request register (seed 2.2) for the annual report.

Written against the PublicationRequest contract (fields status, work_group, first_submitted_at,
published_at, approval_mode, verbal_confirmed_at, rejection_reasons). A request belongs to the
fiscal year it was first filed in, and its time to publication runs from that first filing (a
resubmission moves `submitted_at`, never `first_submitted_at`: the paper trail's date). When the register is not
installed, `for_period` returns None and the report says so. The arithmetic is in
`summarise`, a pure function over plain rows.
"""

import datetime
import math
from collections import Counter

from django.apps import apps
from django.utils.translation import gettext_lazy as _

STATUSES = (
    ("submitted", _("submitted, awaiting decision")), ("approved", _("approved, not yet published")),
    ("rejected", _("rejected")), ("published", _("published")),
)
REJECTION_REASONS = (
    ("unrelated", _("not related to the agency's mission")), ("file_format", _("file format not allowed")),
    ("incomplete", _("incomplete")), ("other", _("other")),
)
FIELDS = ("status", "work_group_id", "first_submitted_at", "published_at", "approval_mode",
          "verbal_confirmed_at", "rejection_reasons")


def request_model():
    """PublicationRequest when the request register is installed, else None."""
    try:
        return apps.get_model("wagtail_govstandard", "PublicationRequest")
    except LookupError:
        return None


def percentile(values, fraction):
    """Nearest-rank percentile of a non-empty sorted list."""
    rank = max(1, math.ceil(fraction * len(values)))
    return values[rank - 1]


def median(values):
    middle = len(values) // 2
    if len(values) % 2:
        return values[middle]
    return (values[middle - 1] + values[middle]) / 2


def summarise(rows, work_group_names):
    """The register's figures for the rows of one period (dicts with FIELDS)."""
    by_state = Counter(row["status"] for row in rows)
    by_group = {}
    for row in rows:
        name = work_group_names.get(row["work_group_id"], "—")
        by_group.setdefault(name, Counter())[row["status"]] += 1
    durations = sorted(row["published_at"] - row["first_submitted_at"] for row in rows
                       if row["published_at"] and row["first_submitted_at"])
    reasons = Counter(code for row in rows if row["status"] == "rejected"
                      for code in (row["rejection_reasons"] or []))
    verbal = [row for row in rows if row["approval_mode"] == "verbal"]
    return {
        "total": len(rows),
        "by_state": [(code, label, by_state.get(code, 0)) for code, label in STATUSES],
        "by_work_group": [
            (name, [counts.get(code, 0) for code, _label in STATUSES], sum(counts.values()))
            for name, counts in sorted(by_group.items())
        ],
        "published_count": len(durations),
        "median": median(durations) if durations else None,
        "p90": percentile(durations, 0.9) if durations else None,
        "rejections": [(code, label, reasons.get(code, 0)) for code, label in REJECTION_REASONS],
        "verbal_approvals": len(verbal),
        "verbal_confirmed": sum(1 for row in verbal if row["verbal_confirmed_at"]),
    }


def for_period(start, end):
    """Figures for requests first filed between two aware datetimes; None without a register."""
    model = request_model()
    if model is None:
        return None
    from wagtail_govstandard.requests.models import WorkGroup

    rows = list(model.objects.filter(first_submitted_at__gte=start, first_submitted_at__lte=end).values(*FIELDS))
    ids = {row["work_group_id"] for row in rows}
    names = {group.pk: group.name for group in WorkGroup.objects.filter(pk__in=ids)}
    return summarise(rows, names)


def format_duration(value):
    """'2 d 5 h' for a timedelta; '—' for None."""
    if value is None:
        return "—"
    hours = int(value / datetime.timedelta(hours=1))
    return _("%(days)d d %(hours)d h") % {"days": hours // 24, "hours": hours % 24}
