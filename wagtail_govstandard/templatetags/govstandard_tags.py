"""Template filters: Buddhist-era dates, fiscal years, file type and size."""

from django import template

from .. import dates, documents

register = template.Library()


@register.filter
def thaidate(value, style=None):
    """{{ page.published_date|thaidate }} -> 30 เม.ย. 2562; |thaidate:"long" -> 30 เมษายน 2562."""
    return dates.format_thai_date(value, style=style)


@register.filter
def be_year(value):
    """A C.E. year (or a date) as its B.E. year."""
    year = getattr(value, "year", value)
    return dates.be_year(int(year)) if year not in (None, "") else ""


@register.filter
def fiscal_year(value):
    return dates.fiscal_year(value) if value else ""


@register.filter
def file_description(document):
    """"PDF, 1.2 MB" for a document (type and size from the stored file)."""
    return documents.describe(document) if document else ""


@register.filter
def filesize(num_bytes):
    return documents.format_size(num_bytes)
