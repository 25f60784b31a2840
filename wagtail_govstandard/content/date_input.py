"""Dates typed and shown as dd/mm/yyyy in the reader's calendar: B.E. in Thai, C.E. in English.

A Thai editor types "31/01/2570" and sees it back; an English editor sees "31/01/2027". A year of
2400 or more is B.E. whatever the language (no C.E. date an editor types is that late), so either
calendar is understood in either language; ISO dates ("2027-01-31", C.E.) are accepted too, as
the API sends them. An impossible date is refused with what was understood ("31/02/2570: day 31,
month 2, year 2570 B.E. (2027 C.E.) — that day does not exist"). A date and time is the date and
hh:mm ("31/01/2570 14:30", "31/01/2570 14.30 น."), read and shown in Asia/Bangkok whatever the
editor's own time zone setting.

Wagtail's calendar picker is Gregorian, so these fields are plain text inputs.
"""

import datetime
import re

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext, gettext_lazy, pgettext_lazy

from wagtail_govstandard.content.dates import BE_OFFSET, _is_english, format_date, local_tz

BE_FROM = 2400  # a four-digit year from here on is B.E.
REPORT_YEARS = range(1900, 3000)  # C.E. years a report's range or a moment may name: datetime's arithmetic holds
_DMY = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d+)$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_ISO_START = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}", re.ASCII)
# A date, then optionally (after a space, "T" or a comma) hh:mm or hh.mm, seconds, "น."
_DATE_TIME = re.compile(r"^(\S+?)(?:\s*[T,\s]\s*(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*(?:น\.?)?)?$")


def format_input(value, language=None):
    """31/01/2570 for Thai readers, 31/01/2027 for English readers."""
    year = value.year if _is_english(language) else value.year + BE_OFFSET
    return "%02d/%02d/%04d" % (value.day, value.month, year)


def _invalid(text, message):
    shown = "".join(ch for ch in text if ch.isprintable())[:30]
    return ValidationError(
        gettext("“%(text)s” is not a date: %(reason)s") % {"text": shown, "reason": message}, code="invalid")


def _out_of_range():
    first, last = datetime.date(REPORT_YEARS[0], 1, 1), datetime.date(REPORT_YEARS[-1], 12, 31)
    return ValidationError(gettext("Give a date from %(first)s to %(last)s.")
                           % {"first": format_date(first), "last": format_date(last)}, code="invalid")


def _understood(text, day, month, year, be):
    if be:
        read = gettext("day %(day)d, month %(month)d, year %(year)d B.E. (%(ce)d C.E.)") % {
            "day": day, "month": month, "year": year, "ce": year - BE_OFFSET}
        year -= BE_OFFSET
    else:
        read = gettext("day %(day)d, month %(month)d, year %(year)d C.E.") % {
            "day": day, "month": month, "year": year}
    if not 1 <= month <= 12:
        raise _invalid(text, gettext("understood as %(read)s — there is no month %(month)d.") % {
            "read": read, "month": month})
    try:
        return datetime.date(year, month, day)
    except ValueError:
        raise _invalid(text, gettext("understood as %(read)s — that day does not exist.") % {"read": read}) from None


def parse_input(text):
    """The date in `text` (dd/mm/yyyy B.E. or C.E., or ISO yyyy-mm-dd), None when empty."""
    text = (text or "").strip()
    if not text:
        return None
    iso = _ISO.match(text)
    if iso:
        year, month, day = (int(part) for part in iso.groups())
        return _understood(text, day, month, year, be=False)
    dmy = _DMY.match(text)
    if not dmy:
        raise _invalid(text, gettext("write it as dd/mm/yyyy, e.g. 31/01/2570."))
    if len(dmy.group(3)) != 4:
        raise _invalid(text, gettext("write the year in full, with 4 digits (e.g. 2570)."))
    day, month, year = (int(part) for part in dmy.groups())
    return _understood(text, day, month, year, be=year >= BE_FROM)


def parse_date_time(text):
    """The Asia/Bangkok moment in `text` (a date as parse_input reads it, then hh:mm or nothing for
    00:00), None when empty; aware when USE_TZ."""
    text = (text or "").strip()
    if not text:
        return None
    moment = _iso_moment(text) or _typed_moment(text)
    if moment.year not in REPORT_YEARS:  # a moment outside them overflows when moved to UTC
        raise _out_of_range()
    if not settings.USE_TZ:
        return timezone.make_naive(moment, local_tz()) if timezone.is_aware(moment) else moment
    return moment if timezone.is_aware(moment) else moment.replace(tzinfo=local_tz())


def _iso_moment(text):
    """An ISO 8601 moment as an API or Wagtail's own picker sends it ("2027-01-31T14:30:00+07:00"),
    else None."""
    if not _ISO_START.match(text):
        return None
    try:
        return datetime.datetime.fromisoformat(text)
    except ValueError:
        return None


def _typed_moment(text):
    found = _DATE_TIME.match(text)
    if not found:
        raise _invalid(text, gettext("write it as dd/mm/yyyy hh:mm, e.g. 31/01/2570 14:30."))
    day = parse_input(found.group(1))
    hour, minute, second = (int(part or 0) for part in found.groups()[1:])
    if hour > 23 or minute > 59 or second > 59:
        raise _invalid(text, gettext("there is no time %(hour)02d:%(minute)02d.") % {"hour": hour, "minute": minute})
    return datetime.datetime.combine(day, datetime.time(hour, minute, second))


def format_date_time_input(value, language=None):
    """31/01/2570 14:30 for Thai readers, 31/01/2027 14:30 for English readers; in Asia/Bangkok."""
    if timezone.is_aware(value):
        value = value.astimezone(local_tz())
    return "%s %02d:%02d" % (format_input(value, language), value.hour, value.minute)


class BEDateInput(forms.TextInput):
    """A text input showing a date in the reader's calendar (see the module docstring)."""

    placeholder = pgettext_lazy("date input", "dd/mm/yyyy")
    size, maxlength = 12, 20

    def __init__(self, attrs=None):
        super().__init__({"placeholder": self.placeholder, "autocomplete": "off", "size": self.size,
                          "maxlength": self.maxlength, **(attrs or {})})

    def format_value(self, value):
        if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
            return format_input(value)
        return super().format_value(value)


class BEDateField(forms.DateField):
    """A date field that reads B.E. and C.E. dd/mm/yyyy (and ISO) and says what it understood."""

    widget = BEDateInput

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if isinstance(value, datetime.datetime):
            return value.date()
        if isinstance(value, datetime.date):
            return value
        return parse_input(str(value))


class BEDateTimeInput(BEDateInput):
    """A text input showing a moment in the reader's calendar, in Asia/Bangkok."""

    placeholder = pgettext_lazy("date and time input", "dd/mm/yyyy hh:mm")
    size, maxlength = 18, 30

    def format_value(self, value):
        if isinstance(value, datetime.datetime):
            return format_date_time_input(value)
        return super().format_value(value)


class BEDateTimeField(forms.DateTimeField):
    """A date-and-time field that reads dd/mm/yyyy hh:mm (B.E. or C.E., or ISO) in Asia/Bangkok."""

    widget = BEDateTimeInput

    def prepare_value(self, value):
        return value  # not moved to the editor's own time zone: the widget shows Bangkok's time

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if isinstance(value, datetime.datetime):
            return value
        return parse_date_time(str(value))


class ReportDateField(BEDateField):
    """A date of a report's range or a list's filter: one outside REPORT_YEARS is refused (the
    range's arithmetic, and its ends made datetimes at midnight Bangkok, would overflow)."""

    def to_python(self, value):
        date = super().to_python(value)
        if date and date.year not in REPORT_YEARS:
            raise _out_of_range()
        return date


def report_date(text, default):
    """A report's date typed as ReportDateField reads it; empty, unreadable or out of its years:
    `default` (a report falls back to its usual range rather than answer an error)."""
    try:
        return ReportDateField(required=False).clean(text) or default
    except ValidationError:
        return default


class DateRangeForm(forms.Form):
    """A report's From and To; made with the range in force as `initial`, it shows that range in
    the reader's calendar (the report reads each date with report_date())."""

    start = ReportDateField(label=gettext_lazy("From"), required=False)
    end = ReportDateField(label=gettext_lazy("To"), required=False)


READER_FIELDS = {forms.DateField: BEDateField, forms.DateTimeField: BEDateTimeField}


def use_be_dates(form):
    """Replace every plain date or date-time field of `form` by a BEDateField or BEDateTimeField
    (label, help, required kept; the widget's data- attributes too: Wagtail's scheduling dialog
    resets its inputs through them).

    For model forms whose date fields come from the model (Wagtail's page editor): the fields a
    package page type declares, those of an agency's subclass, and Wagtail's go-live and expiry
    dates all take B.E. dates.
    """
    for name, field in list(form.fields.items()):
        reader_field = READER_FIELDS.get(type(field))
        if reader_field:
            data_attrs = {key: value for key, value in field.widget.attrs.items() if key.startswith("data-")}
            form.fields[name] = reader_field(
                required=field.required, label=field.label, help_text=field.help_text,
                initial=field.initial, disabled=field.disabled, show_hidden_initial=field.show_hidden_initial,
                widget=reader_field.widget(attrs=data_attrs),
            )
