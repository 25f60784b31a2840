"""Period rules of ITA evidence: which fiscal year, half, month or quarter an item must cover,
and which of those are due by a given day of the assessment year.

Fiscal year Y (B.E.) runs 1 October Y-544 to 30 September Y-543. A month or a quarter is due
once it has ended; the first-half report is due once 31 March has passed.
"""

import datetime

from django.utils.translation import gettext_lazy as _

from wagtail_govstandard.content.dates import fiscal_year_range

STANDING, CURRENT_FY, PREVIOUS_FY = "standing", "current_fy", "previous_fy"
FIRST_HALF, MONTHLY, QUARTERLY = "first_half_current_fy", "monthly", "quarterly"
RULES = {
    STANDING: _("standing (kept current)"),
    CURRENT_FY: _("the current fiscal year"),
    PREVIOUS_FY: _("the previous fiscal year"),
    FIRST_HALF: _("the first six months of the current fiscal year"),
    MONTHLY: _("every month of the fiscal year"),
    QUARTERLY: _("every quarter of the fiscal year"),
}


def label(rule):
    return RULES[rule]


def _month_end(first):
    following = (first.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
    return following - datetime.timedelta(days=1)


def months(year):
    """[(first day, last day)] of the twelve months of fiscal year `year`, October first."""
    first, _last = fiscal_year_range(year)
    found = []
    for offset in range(12):
        month = (first.month - 1 + offset) % 12 + 1
        start = datetime.date(first.year + (first.month - 1 + offset) // 12, month, 1)
        found.append((start, _month_end(start)))
    return found


def quarters(year):
    spans = months(year)
    return [(spans[n][0], spans[n + 2][1]) for n in (0, 3, 6, 9)]


def due_spans(rule, year, as_of):
    """The months or quarters of `year` that have ended by `as_of` (monthly / quarterly rules)."""
    spans = months(year) if rule == MONTHLY else quarters(year)
    return [span for span in spans if span[1] < as_of]


def first_half_due(year, as_of):
    return months(year)[5][1] < as_of


def covers(rule, year):
    """(first day, last day) an item must relate to, for the year-bound rules."""
    if rule == PREVIOUS_FY:
        return fiscal_year_range(year - 1)
    if rule == FIRST_HALF:
        return months(year)[0][0], months(year)[5][1]
    return fiscal_year_range(year)
