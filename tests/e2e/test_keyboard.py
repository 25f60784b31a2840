"""Every action of the public pages works without a mouse: skip link, search, language switch."""

import pytest

from .browser import screenshot
from .content import build_public_site
from .keyboard import active, focused_box_visible, tab_until
from .templates import skip_unless_rendered

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

IS_SEARCH_BOX = "el.matches('input') && !!el.closest('[role=search], search')"


def home_page(new_page, language="th"):
    pages = build_public_site()
    skip_unless_rendered(pages["HomePage"])
    page = new_page(language)
    page.goto("/")
    return page


def test_skip_link_is_the_first_tab_stop_and_moves_focus_to_main(new_page):
    page = home_page(new_page)
    page.keyboard.press("Tab")
    href = active(page, "el.tagName === 'A' ? el.getAttribute('href') : null")
    assert href and href.startswith("#"), "the first Tab stop is not a same-page (skip) link"
    assert focused_box_visible(page), "the skip link stays invisible when focused"
    screenshot(page, "keyboard-skip-link-focused")
    page.keyboard.press("Enter")
    target = href[1:]
    assert page.evaluate("(id) => document.getElementById(id)?.matches('main, [role=main]')", target), (
        f"the skip link points at #{target}, which is not the main landmark"
    )
    assert active(page, "!!el.closest('main, [role=main]')"), "focus did not move into main after Enter"


def test_search_works_by_keyboard(new_page):
    page = home_page(new_page)
    tab_until(page, IS_SEARCH_BOX)
    page.keyboard.type("ตัวอย่าง")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "/search/" in page.url and "q=" in page.url
    assert page.locator("main").count() == 1
    screenshot(page, "keyboard-search-results")


def test_language_switch_works_by_keyboard(new_page):
    page = home_page(new_page, "th")
    assert page.get_attribute("html", "lang") == "th"
    tab_until(page, "!!el.closest('.language-switch') && ['en'].includes(el.getAttribute('hreflang') || el.value)")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.get_attribute("html", "lang") == "en"
    tab_until(page, "!!el.closest('.language-switch') && ['th'].includes(el.getAttribute('hreflang') || el.value)")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.get_attribute("html", "lang") == "th"
