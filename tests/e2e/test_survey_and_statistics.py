"""The satisfaction survey and the visit-statistics block, in the browser: axe on each in Thai and
English, and the survey answered from the keyboard alone. Skipped until the site shows them."""

import pytest
from django.apps import apps

from .axe import describe_violations, run_axe
from .browser import screenshot, screenshot_element
from .content import build_public_site
from .keyboard import active, tab_until
from .templates import skip_unless_rendered

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

SURVEY_FORM = "form[action*='/surveys/']"
STATS_BLOCK = ".govstandard-visit-statistics"


def open_home(new_page, language):
    pages = build_public_site()
    skip_unless_rendered(pages["HomePage"])
    page = new_page(language)
    page.goto("/")
    return page


def require(page, selector, what):
    if page.locator(selector).count() == 0:
        pytest.skip(f"the example site shows no {what} ({selector}) on this branch yet")
    return page.locator(selector).first


@pytest.mark.parametrize("language", ["th", "en"])
@pytest.mark.parametrize("what, selector", [("satisfaction survey", SURVEY_FORM), ("visit statistics block", STATS_BLOCK)])
def test_widget_has_no_wcag_violations(new_page, language, what, selector):
    page = open_home(new_page, language)
    widget = require(page, selector, what)
    widget.scroll_into_view_if_needed()
    screenshot_element(widget, f"widget-{what.replace(' ', '-')}-{language}")
    violations = [
        v for v in run_axe(page)
        if any(page.locator(" ".join(map(str, n["target"]))).first.evaluate(
            "(el, sel) => !!el.closest(sel)", selector) for n in v["nodes"])
    ]
    assert not violations, f"axe on the {what}:\n" + describe_violations(violations)


def test_survey_is_answered_with_the_keyboard_alone(new_page):
    page = open_home(new_page, "th")
    require(page, SURVEY_FORM, "satisfaction survey")
    Response = apps.get_model("wagtail_govstandard", "SurveyResponse")
    before = Response.objects.count()
    in_survey = f"!!el.closest(\"{SURVEY_FORM}\")"
    tab_until(page, f"{in_survey} && el.type === 'radio'", max_tabs=200)
    while active(page, f"{in_survey} && el.type === 'radio'"):
        page.keyboard.press("Space")          # rating 1 ...
        for _ in range(3):
            page.keyboard.press("ArrowRight")  # ... moved to 4, which checks it
        page.keyboard.press("Tab")
    tab_until(page, f"{in_survey} && el.type === 'submit'")
    page.keyboard.press("Enter")  # survey.js posts the answers to the API; the page is not reloaded
    page.wait_for_selector(".govstandard-survey [role=status]")
    screenshot(page, "survey-answered-by-keyboard")
    assert Response.objects.count() == before + 1, "the survey answer was not stored"
    assert page.locator("[role=status], [role=alert]").count() >= 1, "no confirmation shown to the visitor"
