"""Helpers of the seed 1.10 tests: a survey, a page that renders, a clean visit buffer."""

import copy
from pathlib import Path

import pytest

from wagtail_govstandard.models import SatisfactionSurvey, SurveyQuestion
from wagtail_govstandard.statistics.visits import buffer, identity, resolve

FALLBACK_TEMPLATES = Path(__file__).resolve().parents[1] / "templates"
QUESTIONS = [
    ("content", "เนื้อหาครบถ้วน ถูกต้อง", "Content is complete and correct"),
    ("timeliness", "ข้อมูลเป็นปัจจุบัน", "Information is up to date"),
    ("findability", "ค้นหาข้อมูลได้ง่าย", "Information is easy to find"),
]
BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/120.0 Safari/537.36"


@pytest.fixture
def page_templates(settings):
    """Adds a minimal base.html after the site's own template folders (used when it has none)."""
    templates = copy.deepcopy(settings.TEMPLATES)
    templates[0]["DIRS"] = list(templates[0]["DIRS"]) + [FALLBACK_TEMPLATES]
    settings.TEMPLATES = templates


@pytest.fixture
def clean_visits(settings):
    settings.WAGTAILGOVSTANDARD_VISITS_BUFFER = "memory"
    settings.WAGTAILGOVSTANDARD_VISITS_FLUSH_INTERVAL = 0
    identity.forget_cached_salts()
    resolve.forget()
    _drop_waiting_visits()
    yield
    _drop_waiting_visits()
    identity.forget_cached_salts()
    resolve.forget()


def _drop_waiting_visits():
    for waiting in list(buffer._buffers.values()):
        if isinstance(waiting, buffer.MemoryBuffer):
            waiting.take()


def make_survey(slug="website", site_wide=True, **fields):
    survey = SatisfactionSurvey.objects.create(slug=slug, site_wide=site_wide, **fields)
    for order, (key, th, en) in enumerate(QUESTIONS):
        SurveyQuestion.objects.create(survey=survey, key=key, text_th=th, text_en=en, sort_order=order)
    return survey


def answers(rating=5, **overrides):
    data = {key: rating for key, _th, _en in QUESTIONS}
    data.update(overrides)
    return data
