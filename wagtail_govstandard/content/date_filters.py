"""A date-range filter for the admin's list views in the reader's calendar: Wagtail's own
(DateFromToRangeFilter with its DateRangePickerWidget) is a Gregorian calendar; this one is two
text inputs that read and show dd/mm/yyyy B.E. in Thai, C.E. in English (content.date_input).
Same query parameters (`<name>_from`, `<name>_to`), so links and exports keep working."""

import django_filters
from django.utils.translation import gettext_lazy
from django_filters.fields import DateRangeField, RangeField
from django_filters.widgets import SuffixedMultiWidget
from wagtail.admin.filters import DateRangePickerWidget

from wagtail_govstandard.content.date_input import BEDateInput, ReportDateField


class BEDateRangeWidget(DateRangePickerWidget):
    def __init__(self, attrs=None):
        SuffixedMultiWidget.__init__(self, (BEDateInput({"aria-label": gettext_lazy("From")}),
                                            BEDateInput({"aria-label": gettext_lazy("To")})), attrs)


class BEDateRangeField(DateRangeField):
    widget = BEDateRangeWidget

    def __init__(self, *args, **kwargs):
        RangeField.__init__(self, (ReportDateField(), ReportDateField()), *args, **kwargs)


class BEDateFromToRangeFilter(django_filters.DateFromToRangeFilter):
    field_class = BEDateRangeField
