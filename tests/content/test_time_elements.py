"""Every <time datetime> a template writes is a valid HTML date or date-time (the Nu checker
refused `|date:'c'`: it writes microseconds, six digits where HTML allows three); and no template
shows a reader a date through Django's `|date`, which writes the Gregorian year to Thai readers."""

import datetime
import re
from pathlib import Path

from django.template import Context, Template

import wagtail_govstandard

ATTRIBUTE = re.compile(r'<time datetime="\{\{ *([^}|]+)\|date:(["\'])(.*?)\2 *\}\}"')
# HTML's valid date, or global date and time (seconds with at most three decimals, an offset).
VALID = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?([+-]\d{2}:?\d{2}|Z)?)?$")


def test_every_time_element_format_writes_a_valid_html_datetime():
    root = Path(wagtail_govstandard.__file__).parent
    found = []
    for template in root.rglob("*.html"):
        for _value, _quote, fmt in ATTRIBUTE.findall(template.read_text()):
            found.append((template.name, fmt))
    assert found
    moment = datetime.datetime(2026, 12, 2, 7, 3, 17, 399539, tzinfo=datetime.timezone(datetime.timedelta(hours=7)))
    for name, fmt in found:
        written = Template("{{ value|date:'%s' }}" % fmt.replace("'", "\\'")).render(Context({"value": moment}))
        assert VALID.match(written), (name, fmt, written)


def test_no_template_shows_a_reader_a_gregorian_date():
    """Django's |date only inside a datetime attribute (for machines); readers get |thaidate or |be_date
    (B.E. for Thai readers). The queue ticket printed "8 ธ.ค. 2026"."""
    root = Path(wagtail_govstandard.__file__).parent
    shown = []
    for template in [*root.rglob("*.html"), *root.rglob("*.txt")]:
        for number, line in enumerate(template.read_text().splitlines(), 1):
            visible = re.sub(r'datetime="[^"]*"', "", line)
            if re.search(r"\|\s*(date|time)\s*(:|\}\})", visible):
                shown.append(f"{template.relative_to(root)}:{number}")
    assert shown == []
