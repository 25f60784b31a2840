"""What a history row of a request says happened, in the reader's language.

transitions.py stores a stable English phrase as django-simple-history's change reason (it is
data, kept as written); this module reads it back as a translated label.
"""

import re

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
