"""The expiry review's listing rules (seed 3.2), as querysets over the one GovContentPage table.

Every rule reads indexed columns (publication_end, review_by, category) of live items:
- expired: publication end has passed (must come down);
- ending soon: publication end within EXPIRY_SOON_DAYS (default 14);
- past review: review-by date has passed;
- no end: the category is time-bound but the item has no publication end.
"""

import datetime

from django.db.models import Case, Count, F, IntegerField, Q, Value, When

from wagtail_govstandard import conf
from wagtail_govstandard.content import categories
from wagtail_govstandard.content.dates import local_today

EXPIRED = "expired"
MISSING_END = "missing_end"
ENDING_SOON = "ending_soon"
PAST_REVIEW = "past_review"
# In order of urgency: what must come down first.
RULES = (EXPIRED, MISSING_END, ENDING_SOON, PAST_REVIEW)


def time_bound_codes():
    return [c.code for c in categories.CATEGORIES if c.time_bound]


def rule_conditions(today=None, soon_days=None):
    """{rule: Q} for live items, evaluated for `today` (Asia/Bangkok)."""
    today = today or local_today()
    soon_days = conf.get("EXPIRY_SOON_DAYS") if soon_days is None else soon_days
    return {
        EXPIRED: Q(publication_end__lt=today),
        MISSING_END: Q(publication_end__isnull=True, category__in=time_bound_codes()),
        ENDING_SOON: Q(publication_end__gte=today,
                       publication_end__lte=today + datetime.timedelta(days=soon_days)),
        PAST_REVIEW: Q(review_by__lt=today),
    }


def flagged(queryset, today=None, rules=RULES):
    """Live items that meet any of `rules`, annotated with `urgency` (index of the most urgent
    rule in RULES) and `due` (the date that rule is about)."""
    conditions = rule_conditions(today)
    any_rule = Q()
    for rule in rules:
        any_rule |= conditions[rule]
    due_field = {EXPIRED: "publication_end", MISSING_END: "published_date",
                 ENDING_SOON: "publication_end", PAST_REVIEW: "review_by"}
    urgency = Case(*[When(conditions[r], then=Value(i)) for i, r in enumerate(RULES)],
                   output_field=IntegerField())
    due = Case(*[When(conditions[r], then=F(due_field[r])) for r in RULES])
    return queryset.filter(live=True).filter(any_rule).annotate(urgency=urgency, due=due)


def by_urgency(queryset):
    return queryset.order_by("urgency", F("due").asc(nulls_first=True), "pk")


def counts(queryset, today=None):
    """{rule: number of live items} in one query."""
    conditions = rule_conditions(today)
    any_rule = Q()
    for condition in conditions.values():
        any_rule |= condition
    # Only rows meeting a rule are aggregated: the date and category indexes find them.
    return queryset.filter(live=True).filter(any_rule).aggregate(
        **{rule: Count("pk", filter=conditions[rule]) for rule in RULES}
    )


def reasons(page, today=None, soon_days=None):
    """The rules a (loaded) page meets, for display."""
    today = today or local_today()
    soon_days = conf.get("EXPIRY_SOON_DAYS") if soon_days is None else soon_days
    end, found = page.publication_end, []
    if end and end < today:
        found.append(EXPIRED)
    if end is None and page.category in time_bound_codes():
        found.append(MISSING_END)
    if end and today <= end <= today + datetime.timedelta(days=soon_days):
        found.append(ENDING_SOON)
    if page.review_by and page.review_by < today:
        found.append(PAST_REVIEW)
    return found
