"""Every <time datetime> a template writes is a valid HTML date or date-time (the Nu checker
refused `|date:'c'`: it writes microseconds, six digits where HTML allows three)."""

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
