"""The demo's English site (issue #12): every page type the Thai site shows has an English page,
and the English menu leads to English pages (the ITA page included)."""

import io
import re

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings
from django.urls import clear_url_caches
from wagtail.models import Locale, Page, Site


@pytest.fixture(scope="module")
def demo_data(django_db_setup, django_db_blocker):
    """The demo as `make demo` loads it on the example site (Thai the default language, so its
    content is in the Thai locale and the English translations in their own), loaded once for
    the module inside a transaction rolled back at the end."""
    with django_db_blocker.unblock():
        thai = override_settings(LANGUAGE_CODE="th", DEBUG=True)
        thai.enable()
        outer = transaction.atomic()
        outer.__enter__()
        if not Locale.objects.filter(language_code="th").exists():
            Locale.objects.filter(language_code="en").update(language_code="th")
        clear_url_caches()
        Site.clear_site_root_paths_cache()
        call_command("load_demo", stdout=io.StringIO())
    yield
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        outer.__exit__(None, None, None)
        thai.disable()
        clear_url_caches()
        Site.clear_site_root_paths_cache()


@pytest.fixture
def demo(demo_data, db, client):
    return client


def office_pages(locale):
    root = Site.objects.get(is_default_site=True).root_page
    root = root.get_translation(locale) if root.locale_id != locale.pk else root
    return Page.objects.live().descendant_of(root, inclusive=True).filter(locale=locale)


def test_every_page_type_of_the_thai_site_has_a_live_english_translation(demo):
    english = Locale.objects.get(language_code="en")
    thai = Site.objects.get(is_default_site=True).root_page.locale
    assert thai != english
    missing = []
    for content_type in {page.content_type for page in office_pages(thai)}:
        thai_pages = office_pages(thai).filter(content_type=content_type)
        translated = office_pages(english).filter(content_type=content_type,
                                                  translation_key__in=thai_pages.values("translation_key"))
        if not translated.exists():
            missing.append(content_type.model)
    assert not missing, "page types without an English translation in the demo: %s" % sorted(missing)


def test_english_menu_links_to_english_pages_only(demo):
    assert demo.get("/en/ita-2569/").status_code == 200
    html = demo.get("/en/").content.decode()
    nav = re.search(r"<nav[^>]*(?:main|primary)[^>]*>.*?</nav>", html, re.S)
    assert nav, "no main navigation on /en/"
    links = re.findall(r'href="([^"#]+)"', nav.group(0))
    assert "/en/ita-2569/" in links, links
    thai_links = [link for link in links if link.startswith("/") and not link.startswith("/en/")]
    assert not thai_links, thai_links
