"""CSV and XLSX downloads of report tables (admin reports and open data)."""

import csv
import io

from django.http import HttpResponse


def csv_response(filename, headings, rows):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")  # a BOM so spreadsheet programs read Thai as UTF-8
    writer = csv.writer(response)
    writer.writerow(headings)
    writer.writerows(rows)
    return response


def xlsx_response(filename, headings, rows, title="report"):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = title[:31]
    sheet.append([str(h) for h in headings])
    for row in rows:
        sheet.append([value if isinstance(value, (int, float)) or value is None else str(value) for value in row])
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
