"""Time a procedure step takes, said the way people read it (seed 1.6, 1.7)."""

from decimal import Decimal

from django.utils.translation import ngettext


def _number(value):
    value = Decimal(value)
    text = format(value.normalize(), "f") if value == value.to_integral() else format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _form(amount):
    """The number ngettext picks the plural form by: 1 for exactly one, else 2 (1.5 hours)."""
    return 1 if Decimal(amount) == 1 else 2


# Literal ngettext calls, one per unit, so makemessages extracts each plural pair.
def _days(amount):
    return ngettext("%(n)s working day", "%(n)s working days", _form(amount)) % {"n": _number(amount)}


def _hours(amount):
    return ngettext("%(n)s hour", "%(n)s hours", _form(amount)) % {"n": _number(amount)}


def _minutes(amount):
    return ngettext("%(n)s minute", "%(n)s minutes", _form(amount)) % {"n": _number(amount)}


def _parts(days, minutes):
    minutes = Decimal(minutes or 0)
    hours, rest = divmod(minutes, 60)
    parts = []
    if days:
        parts.append(_days(days))
    if hours:
        parts.append(_hours(hours))
    if rest:
        parts.append(_minutes(rest))
    return parts


def describe_duration(value):
    """A StepBlock value ({duration, unit}) or a (days, minutes) total, as text."""
    if isinstance(value, (tuple, list)):
        days, minutes = value
    elif value and "unit" in value:
        amount = Decimal(value["duration"] or 0)
        unit = value["unit"]
        days, minutes = (amount, 0) if unit == "days" else (0, amount * (60 if unit == "hours" else 1))
    else:
        return ""
    return " ".join(_parts(days, minutes)) or _minutes(0)
