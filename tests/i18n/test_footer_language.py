"""The footer's visit box and satisfaction survey speak the page's language.

Their texts are the webmaster's (snippets), written in Thai and, beside it, in English; an English
page shows the English and a Thai page the Thai. Before, the visit box's heading, the survey's
privacy notice and its consent text had a Thai field alone: every English page's footer read
"สถิติผู้เข้าชม" and the PDPA notice in Thai. An English text left empty falls back to the Thai,
marked lang="th" for screen readers.
"""

import re

import pytest
from bs4 import BeautifulSoup

from wagtail_govstandard.models import SatisfactionSurvey, SurveyQuestion, VisitCounter

THAI = re.compile(r"[\u0E00-\u0E7F]")


@pytest.fixture
def footer(bilingual):
    VisitCounter.objects.create(name="Footer")
    survey = SatisfactionSurvey.objects.create(
        slug="website", site_wide=True,
        personal_consent_text="ข้าพเจ้ายินยอมให้ติดต่อกลับ", personal_consent_text_en="I agree to be contacted.",
    )
    SurveyQuestion.objects.create(survey=survey, key="content", text_th="เนื้อหา", text_en="Content")
    return survey


def texts(client, path):
    soup = BeautifulSoup(client.get(path).content.decode(), "html.parser")
    visit_box = soup.select_one(".govstandard-visit-statistics h2")
    notice = soup.select_one(".govstandard-survey .govstandard-pdpa small")
    consent = soup.select_one('.govstandard-survey [id$="-consent-text"]')
    return {name: (tag.get_text(" ", strip=True), tag.get("lang")) if tag else None
            for name, tag in {"heading": visit_box, "notice": notice, "consent": consent}.items()}


def test_an_english_page_has_the_english_footer_and_a_thai_page_the_thai(client, footer):
    english = texts(client, "/en/")
    assert english["heading"] == ("Visitor statistics", None)
    assert english["notice"][0].startswith("This survey does not collect your name") and english["notice"][1] is None
    assert english["consent"] == ("I agree to be contacted.", None)

    thai = texts(client, "/")
    assert thai["heading"] == ("สถิติผู้เข้าชม", None)
    assert thai["notice"][0].startswith("แบบประเมินนี้ไม่เก็บชื่อ") and thai["notice"][1] is None
    assert thai["consent"] == ("ข้าพเจ้ายินยอมให้ติดต่อกลับ", None)


def test_an_english_text_left_empty_shows_the_thai_marked_as_thai(client, footer):
    VisitCounter.objects.update(heading_en="")
    SatisfactionSurvey.objects.update(pdpa_notice_en="", personal_consent_text_en="")
    english = texts(client, "/en/")
    for name, (text, lang) in english.items():
        assert THAI.search(text) and lang == "th", name


def test_the_consent_fields_show_only_when_the_thai_consent_text_is_set(client, footer):
    """The Thai text stays the switch that turns the personal-details fields on (PDPA): an English
    consent text alone collects nothing."""
    SatisfactionSurvey.objects.update(personal_consent_text="")
    for path in ("/", "/en/"):
        assert texts(client, path)["consent"] is None


@pytest.mark.django_db(transaction=True)
def test_the_upgrade_gives_english_only_to_texts_left_at_their_thai_default():
    """The English defaults translate the Thai defaults; a box or survey whose Thai the webmaster
    rewrote keeps showing its own Thai on English pages, not a package text saying something else."""
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    before = [("wagtail_govstandard", "0007_request_file_documents")]
    executor = MigrationExecutor(connection)
    after = executor.loader.graph.leaf_nodes("wagtail_govstandard")
    executor.migrate(before)
    try:
        old = MigrationExecutor(connection).loader.project_state(before).apps
        counter = old.get_model("wagtail_govstandard", "VisitCounter")
        survey = old.get_model("wagtail_govstandard", "SatisfactionSurvey")
        counter.objects.create(name="default")
        counter.objects.create(name="own", heading="จำนวนผู้เข้าชมเว็บไซต์ รพ.")
        survey.objects.create(slug="default")
        survey.objects.create(slug="own", pdpa_notice="ข้อมูลของท่านจะถูกเก็บไว้ 1 ปี")
    finally:
        MigrationExecutor(connection).migrate(after)
    assert dict(VisitCounter.objects.values_list("name", "heading_en")) == {"default": "Visitor statistics", "own": ""}
    notices = dict(SatisfactionSurvey.objects.values_list("slug", "pdpa_notice_en"))
    assert notices["own"] == "" and notices["default"].startswith("This survey does not collect your name")
