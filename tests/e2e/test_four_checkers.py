"""axe-core, HTML_CodeSniffer, IBM Equal Access and the Nu Html Checker on every public page type
(the home page with every block, from the demo) in Thai and English at 1366 and 390 px: 0 errors
from each. One browser session per language and width; the Nu checker reads every page in one
call. Screenshots of the home page, a news item, a manual and the statistics page go to
artifacts/screenshots/ (git-ignored)."""

from urllib.parse import urlparse

import pytest
from wagtail.models import Locale

from tests.utils import translate

from . import checkers
from .axe import run_axe
from .browser import SCREENSHOTS, screenshot
from .content import build_public_site

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

WIDTHS = (1366, 390)
SCREENSHOT_PAGES = {"HomePage": "home", "NewsPage": "news", "CitizenManualPage": "manual", "StatisticsPage": "statistics"}


def _open(chromium, site_url, language, width):
    context = chromium.new_context(viewport={"width": width, "height": 900},
                                   locale="th-TH" if language == "th" else "en-GB")
    context.add_cookies([{"name": "django_language", "value": language, "url": site_url}])
    context.set_default_timeout(60_000)
    return context


@pytest.mark.parametrize("language", ["th", "en"])
def test_four_checkers_find_no_errors_on_any_public_page(chromium, site_url, language, tmp_path):
    reason = checkers.unavailable()
    if reason:
        pytest.skip(reason)
    pages = build_public_site()
    if language == "en":  # the URL decides the language: the English pages are the translations at /en/
        english = Locale.objects.get(language_code="en")
        pages = {name: page.get_translation_or_none(english) or translate(page) for name, page in pages.items()}
    targets = sorted((name, urlparse(page.get_full_url()).path) for name, page in pages.items())
    assert all(path.startswith("/en/") == (language == "en") for _name, path in targets), targets
    findings, html_files = {}, []
    for width in WIDTHS:
        context = _open(chromium, site_url, language, width)
        page = context.new_page()
        for name, path in targets:
            response = page.goto(site_url + path)
            assert response is not None and response.status == 200, (name, path)
            assert page.locator("html").get_attribute("lang") == language, (name, path)
            label = f"{name}@{width}"
            if name in SCREENSHOT_PAGES:
                screenshot(page, f"{SCREENSHOT_PAGES[name]}-{language}-{width}")
            for engine, run in (("axe", run_axe), ("htmlcs", checkers.run_htmlcs), ("ace", checkers.run_ace)):
                found = run(page)
                if found:
                    findings[(engine, label)] = [
                        (v["id"], [n["target"] for n in v["nodes"][:3]]) if engine == "axe" else v for v in found
                    ]
            if width == WIDTHS[0]:
                served = tmp_path / f"{name}.html"
                served.write_text(page.evaluate("() => fetch(location.href).then((r) => r.text())"), encoding="utf-8")
                html_files.append(served)
        context.close()
    for file_name, line, message in checkers.run_vnu(html_files):
        findings.setdefault(("vnu", file_name), []).append((line, message))
    assert SCREENSHOTS.is_dir()
    assert not findings, "errors found:\n" + checkers.report(findings)


def test_each_checker_reports_a_broken_page(chromium, tmp_path):
    """The engines are not silent: a picture without alt, an unlabelled field, a duplicate id."""
    reason = checkers.unavailable()
    if reason:
        pytest.skip(reason)
    broken = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>x</title></head><body>'
              '<main><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><input type="text" id="a">'
              '<p id="a">x</p></main></body></html>')
    page = chromium.new_page()
    page.set_content(broken)
    assert run_axe(page) and checkers.run_htmlcs(page) and checkers.run_ace(page)
    page.close()
    served = tmp_path / "broken.html"
    served.write_text(broken, encoding="utf-8")
    assert checkers.run_vnu([served])
