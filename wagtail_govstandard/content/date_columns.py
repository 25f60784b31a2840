"""A listing column showing a date, or a date and time in Asia/Bangkok, in the reader's calendar.

Wagtail's own columns show a date-time as "2 days ago" with a Gregorian tooltip, and a date as
Django's localized "17 มีนาคม 2023": a Thai month with a C.E. year. A register a webmaster keeps
for an audit reads "17 มี.ค. 2566 10:00 น." in Thai and "17 Mar 2023 10:00" in English. Exports
keep ISO values (they come from the listing's `list_export`, not from its columns).
"""

from wagtail.admin.ui.tables import Column

from wagtail_govstandard.content.dates import format_date


class ReaderDateColumn(Column):
    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["value"] = format_date(context["raw_value"], "short") or self.empty_value_display
        return context
