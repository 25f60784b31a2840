"""Buddhist-era dates, the Thai government fiscal year, and "today" in Asia/Bangkok.

B.E. = C.E. + 543. The fiscal year runs 1 October - 30 September and is named by the
B.E. year in which it ends: 1 Oct 2025 - 30 Sep 2026 is fiscal year 2569.
Readers of Thai see B.E. dates; readers of English see C.E. dates ("30 April 2019") and the
fiscal year with its C.E. span ("FY 2569 (1 Oct 2025 – 30 Sep 2026)"), since the fiscal year is
named by its B.E. number in every official document.
"""

import datetime
from zoneinfo import ZoneInfo

from django.utils import timezone, translation

from wagtail_govstandard import conf

BE_OFFSET = 543

MONTHS_LONG = [
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
]
MONTHS_SHORT = [
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
    "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
]
MONTHS_EN_LONG = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]
MONTHS_EN_SHORT = [m[:3] for m in MONTHS_EN_LONG]
THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def local_tz():
    return ZoneInfo(conf.get("TIME_ZONE"))


def local_now():
    return timezone.now().astimezone(local_tz())


def local_today():
    """Today's date in Asia/Bangkok, whatever the server's TIME_ZONE."""
    return local_now().date()


def be_year(ce_year):
    return ce_year + BE_OFFSET


def ce_year(be):
    return be - BE_OFFSET


def fiscal_year(day):
    """The B.E. fiscal year that contains `day`."""
    return be_year(day.year + 1 if day.month >= 10 else day.year)


def fiscal_year_range(be):
    """(first day, last day) of B.E. fiscal year `be`."""
    end_ce = ce_year(be)
    return datetime.date(end_ce - 1, 10, 1), datetime.date(end_ce, 9, 30)


def format_thai_date(value, style=None, thai_digits=None):
    """30 เม.ย. 2562 (short) or 30 เมษายน 2562 (long); times in Asia/Bangkok."""
    if value is None or value == "":
        return ""
    style = style or conf.get("DATE_STYLE")
    thai_digits = conf.get("THAI_DIGITS") if thai_digits is None else thai_digits
    text_time = ""
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = value.astimezone(local_tz())
        text_time = " %s น." % value.strftime("%H:%M")
        value = value.date()
    months = MONTHS_LONG if style == "long" else MONTHS_SHORT
    text = "%d %s %d%s" % (value.day, months[value.month - 1], be_year(value.year), text_time)
    return text.translate(THAI_DIGITS) if thai_digits else text


def _is_english(language):
    language = language or translation.get_language() or "th"
    return language.split("-")[0] == "en"


def format_english_date(value, style="long"):
    """30 April 2019 (C.E.); times in Asia/Bangkok as 14:30."""
    if value is None or value == "":
        return ""
    text_time = ""
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = value.astimezone(local_tz())
        text_time = " %s" % value.strftime("%H:%M")
        value = value.date()
    months = MONTHS_EN_SHORT if style == "short" else MONTHS_EN_LONG
    return "%d %s %d%s" % (value.day, months[value.month - 1], value.year, text_time)


def format_date(value, style=None, language=None):
    """A date for a reader of `language` (the active one): B.E. in Thai, C.E. in English.

    English uses full month names whatever the Thai style setting ("30 April 2019"), so the
    English reader never meets an abbreviation they may not know; "short" gives "30 Apr 2019".
    """
    if _is_english(language):
        return format_english_date(value, "short" if style == "short" else "long")
    return format_thai_date(value, style=style)


def fiscal_year_label(be, language=None):
    """"2569" for Thai readers; "FY 2569 (1 Oct 2025 – 30 Sep 2026)" for English readers."""
    if be in (None, ""):
        return ""
    be = int(be)
    if not _is_english(language):
        return str(be)
    first, last = fiscal_year_range(be)
    return "FY %d (%s – %s)" % (be, format_english_date(first, "short"), format_english_date(last, "short"))
