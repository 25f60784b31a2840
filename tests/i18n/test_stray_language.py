"""No English page speaks the package's Thai, no Thai page its English (issue #12).

A Thai translation from the package's catalogue on a page under /en/, outside an element marked
lang="th", is an interface string rendered in the wrong language (a template that activates Thai,
a string translated at import time, a default written in Thai). The reverse: an English source
string of the catalogue on a Thai page outside lang="en" is one left untranslated.
"""

import gettext
import re
from pathlib import Path
from urllib.parse import urlparse

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Locale

import wagtail_govstandard
from tests.e2e.content import build_public_site

CATALOGUE = Path(wagtail_govstandard.__file__).parent / "locale" / "th" / "LC_MESSAGES" / "django.mo"
# Pieces of a message between its placeholders and tags, long enough not to be a common word.
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w*\}|<[^>]*>")
THAI_MIN, ENGLISH_MIN = 8, 16
ATTRIBUTES = ("alt", "title", "aria-label", "placeholder")


def _pieces(message, minimum):
    return {p.strip() for p in PLACEHOLDER.split(message) if len(p.strip()) >= minimum}


def catalogue():
    """(Thai translations, English source strings) of the package's catalogue, as pieces."""
    with CATALOGUE.open("rb") as handle:
        messages = gettext.GNUTranslations(handle)._catalog
    thai, english = set(), set()
    for key, value in messages.items():
        source = key[0] if isinstance(key, tuple) else key
        if not source or not value or value == source:
            continue
        thai |= {p for p in _pieces(value, THAI_MIN) if re.search(r"[\u0E00-\u0E7F]", p)}
        english |= {p for p in _pieces(source.split("\x04")[-1], ENGLISH_MIN) if " " in p}
    return thai, english


def seen_text(html, other):
    """What a reader sees or hears, less what sits in an element marked lang=`other`."""
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "template"]):
        tag.decompose()
    for tag in soup.find_all(lang=re.compile(rf"^{other}\b")):
        tag.decompose()
    parts = [soup.get_text(" ")]
    parts += [tag[name] for name in ATTRIBUTES for tag in soup.find_all(attrs={name: True})]
    return re.sub(r"\s+", " ", " ".join(parts))


def strays(html, pieces, other):
    text = seen_text(html, other)
    return sorted(p for p in pieces if p in text)


@pytest.fixture
def demo_paths(thai_site):
    """{language: [path]}: every public page type of the demo, in Thai and its English translation."""
    english = Locale.objects.get_or_create(language_code="en")[0]
    pages = build_public_site()
    paths = {"th": ["/search/?q=%E0%B8%82%E0%B9%88%E0%B8%B2%E0%B8%A7"], "en": ["/en/search/?q=health"]}
    for page in pages.values():
        paths["th"].append(urlparse(page.get_full_url()).path)
        translation = page.get_translation_or_none(english)
        if translation is not None and translation.live:
            paths["en"].append(urlparse(translation.get_full_url()).path)
    assert len(paths["en"]) >= 10, paths["en"]
    return paths


def _render(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return response.content.decode()


def test_no_english_page_shows_the_catalogues_thai(client, demo_paths):
    thai, _english = catalogue()
    assert len(thai) > 300 and "ข้ามไปยังเนื้อหาหลัก" in thai
    found = {path: strays(_render(client, path), thai, "th") for path in demo_paths["en"]}
    found = {path: pieces for path, pieces in found.items() if pieces}
    assert not found, "Thai interface text on English pages:\n" + "\n".join(f"{p}: {s}" for p, s in found.items())


def test_no_thai_page_shows_the_catalogues_english(client, demo_paths):
    _thai, english = catalogue()
    assert "Skip to main content" in english
    found = {path: strays(_render(client, path), english, "en") for path in demo_paths["th"]}
    found = {path: pieces for path, pieces in found.items() if pieces}
    assert not found, "English interface text on Thai pages:\n" + "\n".join(f"{p}: {s}" for p, s in found.items())


def test_the_check_sees_a_stray_string_and_spares_a_marked_one():
    thai, _english = catalogue()
    page = '<html lang="en"><body><a href="#main">ข้ามไปยังเนื้อหาหลัก</a><p lang="th">ติดต่อเรา ทางโทรศัพท์</p></body></html>'
    assert strays(page, thai, "th") == ["ข้ามไปยังเนื้อหาหลัก"]
    assert strays('<html lang="en"><body><img alt="ข้ามไปยังเนื้อหาหลัก"></body></html>', thai, "th")
