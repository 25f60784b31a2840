"""The thaidate filter: Buddhist era, long or short months, Thai digits by setting."""

import datetime

from django.template import Context, Template
from django.utils import timezone, translation

from wagtail_govstandard.content.durations import describe_duration


def render(source, language="th", **context):
    with translation.override(language):
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


def test_english_readers_get_common_era_dates_and_a_named_fiscal_year():
    assert render("{{ d|thaidate }}", language="en", d=DAY) == "30 April 2019"
    assert render('{{ d|thaidate:"short" }}', language="en", d=DAY) == "30 Apr 2019"
    moment = timezone.make_aware(datetime.datetime(2019, 4, 30, 18, 5), datetime.timezone.utc)
    assert render("{{ d|thaidate }}", language="en", d=moment) == "1 May 2019 01:05"
    assert render("{{ y|fiscal_year_label }}", language="en", y=2569) == "FY 2569 (1 Oct 2025 – 30 Sep 2026)"
    assert render("{{ y|fiscal_year_label }}", y=2569) == "2569"


def test_step_durations_in_thai_use_the_catalogue_plural_forms():
    with translation.override("th"):
        assert describe_duration({"duration": 30, "unit": "minutes"}) == "30 นาที"
        assert describe_duration((1, 165)) == "1 วันทำการ 2 ชั่วโมง 45 นาที"
