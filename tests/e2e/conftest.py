"""Fixtures of the browser proofs: a live server (transactional) and Debian's chromium.

Every test here is marked `browser` and skipped, with the reason, when chromium, Playwright or
axe-core is missing (`make test` installs all three; chromium needs root).
"""

import os
import warnings
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from . import browser as browser_support
from .traffic import TRAFFIC

HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(items):
    for item in items:
        if HERE in Path(str(item.fspath)).resolve().parents:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="module")
def chromium():
    """One browser per test module; the environment flag below lives exactly as long."""
    reason = browser_support.unavailable()
    if reason:
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop in this thread; Django's ORM refuses to run next
    # to one unless told it is safe (it is: the loop is idle while test code runs).
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    playwright = sync_playwright().start()
    browser = browser_support.launch(playwright)
    yield browser
    browser.close()
    playwright.stop()
    if previous is None:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


# Paths outside i18n_patterns: never rewritten to /en/.
UNPREFIXED = ("/en/", "/admin", "/static", "/media", "/documents", "/api", "/govstandard", "/i18n",
              "/robots.txt", "/sitemap.xml", "/favicon.ico", "/queue/")  # routes outside i18n_patterns


def _english_navigation(route, request):
    """An English reader follows /en/ URLs: a navigation to an unprefixed reader page goes there."""
    url = urlsplit(request.url)
    if request.is_navigation_request() and not url.path.startswith(UNPREFIXED):
        target = "/en" + url.path + ("?" + url.query if url.query else "")
        route.fulfill(status=302, headers={"Location": target})
    else:
        route.continue_()


OPENED = []  # the contexts open_context made, closed by close_contexts_and_wait_quiet()


def open_context(chromium, base_url, language="th"):
    """A fresh browser profile that asks for `language` (cookie and Accept-Language; for English,
    reader pages are opened at their /en/ URL, since the URL decides a public page's language)."""
    context = chromium.new_context(
        locale="th-TH" if language == "th" else "en-GB", base_url=base_url,
        viewport={"width": 1280, "height": 900},
    )
    context.add_cookies([{"name": "django_language", "value": language, "url": base_url}])
    if language == "en":
        context.route("**/*", _english_navigation)
    context.set_default_timeout(15_000)
    OPENED.append(context)
    return context


def close_contexts_and_wait_quiet():
    """Close every context open_context made, then let the live server finish what they sent last
    (an editor's session release, a board's poll) before the test's database is flushed."""
    while OPENED:
        OPENED.pop().close()
    if not TRAFFIC.wait_quiet():
        warnings.warn(
            f"the live server was still answering requests 10 s after the test's browsers closed: {TRAFFIC.abandoned}",
            stacklevel=2,
        )


@pytest.fixture(autouse=True)
def thai_default_site(settings, transactional_db):
    """The example site as readers get it: Thai at /, English at /en/ (tests default to English)."""
    from django.urls import clear_url_caches
    from wagtail.models import Locale, Site

    settings.LANGUAGE_CODE = "th"
    clear_url_caches()
    Site.clear_site_root_paths_cache()
    if not Locale.objects.filter(language_code="th").exists():
        Locale.objects.filter(language_code="en").update(language_code="th")
        Locale.objects.get_or_create(language_code="th")
    Locale.objects.get_or_create(language_code="en")
    yield
    clear_url_caches()
    Site.clear_site_root_paths_cache()


@pytest.fixture(autouse=True)
def quiet_before_flush(thai_default_site):
    """Also for the tests that open their own contexts: the server's last requests end before the
    flush (set up after the database fixtures, so torn down before them)."""
    yield
    close_contexts_and_wait_quiet()


@pytest.fixture
def site_url(live_server):
    TRAFFIC.watch(urlsplit(live_server.url).port)
    return live_server.url


@pytest.fixture
def new_page(chromium, site_url):
    """new_page(language) -> a Playwright page in its own context; all closed after the test, and
    the live server quiet, before the database is flushed (this teardown runs before the flush)."""
    yield lambda language="th": open_context(chromium, site_url, language).new_page()
    close_contexts_and_wait_quiet()
