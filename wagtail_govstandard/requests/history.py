"""What a history row of a request says happened, in the reader's language.

transitions.py stores a stable English phrase as django-simple-history's change reason (it is
data, kept as written); this module reads it back as a translated label.
"""

import re
from types import SimpleNamespace

from django.utils.translation import gettext, gettext_noop

# (stored phrase pattern, msgid): the stored text is the msgid with its values filled in.
PHRASES = [
    (r"submitted", gettext_noop("submitted")),
    (r"resubmitted \(round (?P<round>\d+)\)", gettext_noop("resubmitted (round %(round)s)")),
    (r"approved in writing", gettext_noop("approved in writing")),
    (r"rejected: (?P<reasons>.*)", gettext_noop("rejected: %(reasons)s")),
    (r"verbal approval by (?P<name>.*) recorded", gettext_noop("verbal approval by %(name)s recorded")),
    (r"verbal approval confirmed", gettext_noop("verbal approval confirmed")),
    (r"draft page (?P<page>\d+) created", gettext_noop("draft page %(page)s created")),
    (r"published", gettext_noop("published")),
]
COMPILED = [(re.compile(pattern + r"\Z"), msgid) for pattern, msgid in PHRASES]


def _reasons(codes):
    from wagtail_govstandard.requests.models import REJECTION_REASONS

    labels = dict(REJECTION_REASONS)
    return ", ".join(str(labels.get(code.strip(), code.strip())) for code in codes.split(","))


def describe(reason):
    """The change reason `reason` in the active language; unknown text is returned as it is."""
    if not reason:
        return ""
    for pattern, msgid in COMPILED:
        match = pattern.match(reason)
        if match:
            values = match.groupdict()
            if "reasons" in values:
                values["reasons"] = _reasons(values["reasons"])
            return gettext(msgid) % values if values else gettext(msgid)
    return reason


# A saved state without a change reason (a save outside the transitions): what kind of save it was.
HISTORY_TYPES = {"+": gettext_noop("created"), "~": gettext_noop("changed"), "-": gettext_noop("deleted")}


def describe_row(row):
    """What a history row says happened, in words: its change reason, else the kind of save."""
    if row.history_change_reason:
        return describe(row.history_change_reason)
    return gettext(HISTORY_TYPES.get(row.history_type, HISTORY_TYPES["~"]))


def _round(number, rows, attachments):
    """Round `number` as the paper trail has it: the form as filed (its first saved state) and
    the decision on it (its last saved state, before a resubmission cleared it)."""
    from wagtail_govstandard.requests.models import REJECTION_REASONS

    filed, last = rows[0], rows[-1]
    labels = dict(REJECTION_REASONS)
    decision = ("rejected" if last.status == "rejected" else "approved") if last.decided_at else ""
    return SimpleNamespace(
        number=number, filed=filed, last=last, subject=filed.subject, details=filed.details,
        submitted_at=filed.submitted_at, status=last.status, status_label=last.get_status_display(),
        decision=decision, decided_at=last.decided_at, decider_name=last.decider_name,
        decider_position=last.decider_position, approval_mode=last.approval_mode,
        approval_mode_label=last.get_approval_mode_display() if last.approval_mode else "",
        rejection_reasons=list(last.rejection_reasons or []),
        rejection_reason_labels=[str(labels.get(c, c)) for c in last.rejection_reasons or []],
        rejection_other=last.rejection_other, decision_note=last.decision_note,
        attachments=[a for a in attachments if a.round == number],
    )


def rounds(request_obj, history_rows=None):
    """Every round of the request in order (round 1 first), each with what was filed, the
    decision, its reasons, note and dates, read from the saved states."""
    rows = history_rows if history_rows is not None else list(
        request_obj.history.order_by("history_date", "history_id")
    )
    rows = sorted(rows, key=lambda row: (row.history_date, row.history_id))
    by_round = {}
    for row in rows:
        by_round.setdefault(row.round, []).append(row)
    attachments = list(request_obj.attachments.all())
    return [_round(number, by_round[number], attachments) for number in sorted(by_round)]
