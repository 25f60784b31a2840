"""A date-range filter for the admin's list views in the reader's calendar: Wagtail's own
(DateFromToRangeFilter with its DateRangePickerWidget) is a Gregorian calendar; this one is two
text inputs that read and show dd/mm/yyyy B.E. in Thai, C.E. in English (content.date_input).
Same query parameters (`<name>_from`, `<name>_to`), so links and exports keep working."""

import datetime

import django_filters
from django.core.exceptions import ValidationError
from django.utils.translation import gettext, gettext_lazy
from django_filters.fields import DateRangeField, RangeField
from django_filters.widgets import SuffixedMultiWidget
from wagtail.admin.filters import DateRangePickerWidget

from wagtail_govstandard.content.date_input import REPORT_YEARS, BEDateField, BEDateInput
from wagtail_govstandard.content.dates import format_date


class RangeEndField(BEDateField):
    """One end of a range: a date outside REPORT_YEARS is refused (the range's bounds, made
    datetimes at midnight Bangkok, would overflow)."""

    def to_python(self, value):
        date = super().to_python(value)
        if date and date.year not in REPORT_YEARS:
            first, last = datetime.date(REPORT_YEARS[0], 1, 1), datetime.date(REPORT_YEARS[-1], 12, 31)
            raise ValidationError(gettext("Give a date from %(first)s to %(last)s.")
                                  % {"first": format_date(first), "last": format_date(last)}, code="invalid")
        return date


class BEDateRangeWidget(DateRangePickerWidget):
    def __init__(self, attrs=None):
        SuffixedMultiWidget.__init__(self, (BEDateInput({"aria-label": gettext_lazy("From")}),
                                            BEDateInput({"aria-label": gettext_lazy("To")})), attrs)


class BEDateRangeField(DateRangeField):
    widget = BEDateRangeWidget

    def __init__(self, *args, **kwargs):
        RangeField.__init__(self, (RangeEndField(), RangeEndField()), *args, **kwargs)


class BEDateFromToRangeFilter(django_filters.DateFromToRangeFilter):
    field_class = BEDateRangeField
