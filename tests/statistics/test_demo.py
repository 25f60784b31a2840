"""The demo step of seed 1.10 loads statistics and survey results, and twice loads nothing twice."""

import importlib

from django.core.cache import cache
from wagtail.models import Site

from tests.statistics.utils import page_templates  # noqa: F401
from tests.utils import make_user
from wagtail_govstandard.models import (
    DailyVisits,
    SatisfactionSurvey,
    StatisticsPage,
    SurveyResponse,
)


def test_demo_statistics_step_is_idempotent_and_shows_results(home, client, page_templates, thai_site):
    cache.clear()
    step = importlib.import_module("home.demo.statistics")
    ctx = {"site": Site.objects.get(is_default_site=True), "home": home, "users": {"webmaster": make_user("webmaster")},
           "indexes": {}}
    step.load(ctx)
    step.load(ctx)
    assert DailyVisits.objects.count() == 365
    assert SatisfactionSurvey.objects.count() == 1
    assert SurveyResponse.objects.count() == 320
    assert SurveyResponse.objects.filter(comment_status="approved").exclude(comment="").exists()
    assert SurveyResponse.objects.filter(comment_status="pending").exclude(comment="").exists()
    page = StatisticsPage.objects.get()
    html = client.get(page.url).content.decode()
    assert "ความพึงพอใจต่อเว็บไซต์โดยรวม" in html and "%" in html
