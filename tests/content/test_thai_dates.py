"""The thaidate filter: Buddhist era, long or short months, Thai digits by setting."""

import datetime

from django.template import Context, Template
from django.utils import timezone

from wagtail_govstandard.content.durations import describe_duration


def render(source, **context):
    return Template("{% load govstandard_tags %}" + source).render(Context(context))


DAY = datetime.date(2019, 4, 30)


def test_short_style_is_the_default():
    assert render("{{ d|thaidate }}", d=DAY) == "30 เม.ย. 2562"


def test_long_style_by_argument_and_by_setting(settings):
    assert render('{{ d|thaidate:"long" }}', d=DAY) == "30 เมษายน 2562"
    settings.WAGTAILGOVSTANDARD_DATE_STYLE = "long"
    assert render("{{ d|thaidate }}", d=DAY) == "30 เมษายน 2562"


def test_thai_digits_setting(settings):
    settings.WAGTAILGOVSTANDARD_THAI_DIGITS = True
    assert render('{{ d|thaidate:"long" }}', d=DAY) == "๓๐ เมษายน ๒๕๖๒"


def test_datetimes_are_shown_in_bangkok_time():
    moment = timezone.make_aware(datetime.datetime(2019, 4, 30, 18, 5), datetime.timezone.utc)
    assert render("{{ d|thaidate }}", d=moment) == "1 พ.ค. 2562 01:05 น."


def test_empty_values_render_nothing():
    assert render("{{ d|thaidate }}", d=None) == ""


def test_be_year_and_fiscal_year_filters():
    assert render("{{ d|be_year }} {{ d|fiscal_year }}", d=datetime.date(2025, 10, 1)) == "2568 2569"


def test_step_durations_and_totals():
    assert describe_duration({"duration": 90, "unit": "minutes"}) == "1 hour 30 minutes"
    assert describe_duration({"duration": 1, "unit": "days"}) == "1 working day"
    assert describe_duration((2, 150)) == "2 working days 2 hours 30 minutes"
