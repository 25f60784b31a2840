"""Issue a numbered ticket: per Site, service point and Bangkok day, numbers run 1, 2, 3 ...

On PostgreSQL an issue is ONE statement, its own transaction: a CTE locks the day's counter row
(SELECT ... FOR UPDATE), bumps it, and inserts the visit with that number, its ticket and the
"issued" event. Concurrent issues at one point queue on that row for that statement and its
commit only; other points are not held up. The lock is what makes numbers exact:
tests/queue/test_numbering_concurrency.py shows duplicates without it. Other databases take the
portable way: inside a transaction the visit, ticket and event are written, then the counter is
bumped (`F("last_number") + 1`, which takes the row's write lock) and read back, last.

An HIS that retries a POST (its first answer lost to a timeout) sends the same reference again:
a unique constraint allows one visit a day per caller and reference, so the second write fails
whole (no number taken, no gap) and AlreadyIssued names the visit the first one made. A form
(the kiosk's, the staff's) carries a one-time key, held to one visit the same way: a double tap
on "Print my ticket" prints the first ticket again instead of taking a second number.
"""

import functools
import re
import secrets

from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.db.models import F
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail_govstandard.queue import clock, conf, events, prepared, rollover, versions
from wagtail_govstandard.queue.models import DayCounter, Ticket, TicketEvent, Visit

CHANNELS = ("kiosk", "staff", "his")
REFERENCE_MAX = 64


FORM_KEY = re.compile(r"[A-Za-z0-9_-]{16,32}")
FORM_EXPIRED = gettext_lazy("This form has expired. Please start again.")  # a key of the wrong shape or not the user's


class AlreadyIssued(Exception):
    """The caller's reference (or the form's key) already has a visit today: `visit`."""

    def __init__(self, visit):
        super().__init__(visit.display)
        self.visit = visit


def lock(select_sql):
    """The row lock on the day's counter (a seam the concurrency test removes to prove it matters)."""
    return select_sql + " FOR UPDATE"


def format_number(prefix, number):
    return f"{prefix}{number:03d}"


def new_form_key():
    """A key for one form shown (kiosk, staff): what it issues, it issues once."""
    return secrets.token_urlsafe(16)


def check(point, priority, reference):
    priorities = conf.get("PRIORITIES")
    if priority not in priorities:
        raise ValidationError({"priority": _("Unknown priority class.")})
    if not point.issuable:
        raise ValidationError({"point": _("Tickets are not issued at this service point.")})
    if len(reference) > REFERENCE_MAX or "\x00" in reference or not reference.isprintable():
        raise ValidationError({"reference": _("The reference must be printable text of at most 64 characters.")})
    return priorities[priority]


def issue(point, priority="normal", reference="", channel="kiosk", user=None, form_key=""):
    """A new waiting Visit and its first Ticket at `point`; raises ValidationError on bad input and
    AlreadyIssued when the caller's reference or the form's key has issued today already."""
    assert channel in CHANNELS
    reference = (reference or "").strip()
    rank = check(point, priority, reference)
    if form_key and not FORM_KEY.fullmatch(form_key):
        raise ValidationError({"form_key": FORM_EXPIRED})
    moment = clock.now()
    day = clock.day_of(moment)
    rollover.close_past_days(point.site_id, day)
    actor = user if user is not None and user.is_authenticated else None
    visit = Visit(site_id=point.site_id, issue_point=point, day=day, priority=priority, rank=rank,
                  reference=reference, channel=channel, issued_by=actor, issued_at=moment, form_key=form_key)
    ticket = Ticket(visit=visit, point=point, rank=rank, queued_at=moment)
    write = write_in_one_statement if connection.vendor == "postgresql" else write_portably
    try:
        if connection.in_atomic_block:  # a failed statement must not abort the caller's transaction
            with transaction.atomic():
                write(visit, ticket, actor)
        else:
            write(visit, ticket, actor)
    except IntegrityError:
        earlier = issued_before(visit)
        if earlier is None:  # not one of the one-visit constraints
            raise
        raise AlreadyIssued(earlier) from None
    versions.bump(point.site_id)
    return ticket


def issued_before(visit):
    """The visit that the same caller's reference, or the same form, made earlier today (or None)."""
    earlier = None
    if visit.reference and visit.issued_by_id:
        earlier = Visit.objects.filter(issued_by_id=visit.issued_by_id, day=visit.day, reference=visit.reference).first()
    if earlier is None and visit.form_key:
        earlier = Visit.objects.filter(site_id=visit.site_id, day=visit.day, form_key=visit.form_key).first()
    return earlier


def ensure_day_counter(point_id, day):
    DayCounter.objects.bulk_create([DayCounter(point_id=point_id, day=day)], ignore_conflicts=True)


def write_portably(visit, ticket, actor):
    """Any database: the rows first, then the counter's increment and read, in one transaction."""
    counter = DayCounter.objects.filter(point_id=visit.issue_point_id, day=visit.day)
    with transaction.atomic():
        visit.save()
        ticket.save()
        events.record(ticket, "issued", "", Ticket.WAITING, user=actor, at=ticket.queued_at)
        if not counter.update(last_number=F("last_number") + 1):  # the point's first ticket of the day
            ensure_day_counter(visit.issue_point_id, visit.day)
            counter.update(last_number=F("last_number") + 1)
        visit.number = counter.values_list("last_number", flat=True).get()
        visit.display = format_number(visit.issue_point.prefix, visit.number)
        visit.save(update_fields=["number", "display"])


def write_in_one_statement(visit, ticket, actor):
    """PostgreSQL: bump the counter and insert visit, ticket and event in a single statement."""
    sql, params = issue_statement(visit, ticket, actor)
    with prepared.cursor() as cursor:
        cursor.execute(sql, params)
        row = cursor.fetchone()
        if row is None:  # the point's first ticket of the day: its counter row is made, once
            ensure_day_counter(visit.issue_point_id, visit.day)
            cursor.execute(sql, params)
            row = cursor.fetchone()
    visit.pk, visit.number, visit.display, ticket.pk = row
    ticket.visit = visit  # sets visit_id, which Ticket(visit=<unsaved visit>) left empty
    for instance in (visit, ticket):
        instance._state.adding, instance._state.db = False, connection.alias


def _table(model):
    return connection.ops.quote_name(model._meta.db_table)


def _columns(model, *names):
    """Quoted column names; "pk" is the primary key's."""
    fields = [model._meta.pk if name == "pk" else model._meta.get_field(name) for name in names]
    return ", ".join(connection.ops.quote_name(field.column) for field in fields)


def issue_statement(visit, ticket, actor):
    """The CTE of one issue and its parameters (no row when the day's counter row is missing)."""
    params = [
        visit.issue_point_id, visit.day,
        visit.site_id, visit.issue_point_id, visit.day, visit.priority, visit.rank, visit.token, visit.reference,
        visit.channel, actor.pk if actor else None, visit.issued_at, visit.form_key, visit.issue_point.prefix,
        ticket.point_id, ticket.state, ticket.rank, ticket.queued_at,
        Ticket.WAITING, actor.pk if actor else None, ticket.queued_at,
    ]
    return issue_sql(lock), params


@functools.cache
def issue_sql(lock):
    """The statement's text, made once per process (and per lock: the test's unlocked variant)."""
    last, counter_pk = _columns(DayCounter, "last_number"), _columns(DayCounter, "pk")
    counter_select = lock(
        f"SELECT {counter_pk} AS id, {last} AS last FROM {_table(DayCounter)} "
        f"WHERE {_columns(DayCounter, 'point')} = %s AND {_columns(DayCounter, 'day')} = %s"
    )
    sql = f"""
        WITH counter AS ({counter_select}),
        taken AS (
            UPDATE {_table(DayCounter)} AS day_counter SET {last} = counter.last + 1
            FROM counter WHERE day_counter.{counter_pk} = counter.id RETURNING day_counter.{last} AS number
        ),
        visit AS (
            INSERT INTO {_table(Visit)} ({_columns(Visit, 'site', 'issue_point', 'day', 'priority', 'rank', 'token',
                                                   'reference', 'channel', 'issued_by', 'issued_at', 'form_key',
                                                   'number', 'display')})
            SELECT %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, number,
                   %s::text || lpad(number::text, greatest(3, length(number::text)), '0')
            FROM taken RETURNING {_columns(Visit, 'pk', 'number', 'display')}
        ),
        ticket AS (
            INSERT INTO {_table(Ticket)} ({_columns(Ticket, 'visit', 'point', 'state', 'rank', 'queued_at',
                                                    'call_count')})
            SELECT {_columns(Visit, 'pk')}, %s, %s, %s, %s, 0 FROM visit
            RETURNING {_columns(Ticket, 'pk')} AS id
        ),
        event AS (
            INSERT INTO {_table(TicketEvent)} ({_columns(TicketEvent, 'ticket', 'action', 'from_state', 'to_state',
                                                         'actor', 'at')})
            SELECT id, 'issued', '', %s, %s, %s FROM ticket
        )
        SELECT visit.*, ticket.id FROM visit, ticket
    """
    return sql
