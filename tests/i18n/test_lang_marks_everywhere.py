"""Every page of the demo, in Thai and in English, marks the text written in the other language.

test_lang_marks.py proves the rule in Chromium on one page of each type. This sweeps every live
page of the demo with the same rule on the server's HTML (text in hidden elements, scripts and
styles left out), so a field shown by only some pages of a type cannot escape: it found a link's
description, a phone number with "ต่อ" (extension), a law's gazette reference and a file's size
unmarked, each read in the wrong voice by a screen reader.

Judged here is what the templates write from fields, in runs of one script. Left out: the
editor's rich text paragraphs (`.block-paragraph`: a link whose text is its URL, "ค่านิยม: MOPH —
Mastery, …"), where Draftail keeps no lang attribute, and any run mixing both scripts, prose that
quotes the other language, which the package marks run by run only where it writes the text
itself (search excerpts). The browser walk of test_lang_marks.py still judges those by majority.
"""

import re

import pytest
from bs4 import BeautifulSoup, NavigableString

from tests.e2e.content import build_public_site, office_page_paths
from wagtail_govstandard.i18n import marking

from .test_stray_language import ATTRIBUTES

pytestmark = pytest.mark.django_db

HIDDEN = ("script", "style", "noscript", "template")


def _lang_at(tag):
    """The language of `tag`'s nearest lang attribute, its own included ("" when none)."""
    holder = tag if tag.has_attr("lang") else tag.find_parent(attrs={"lang": True})
    return holder["lang"].split("-")[0] if holder else ""


def offenders(html):
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(HIDDEN):
        tag.decompose()
    for tag in soup.select("[hidden], .block-paragraph"):
        tag.decompose()
    found = []
    for text in soup.find_all(string=True):
        if type(text) is not NavigableString or (marking.THAI.search(text) and marking.LATIN.search(text)):
            continue  # the doctype, comments; prose that quotes the other script (see the module's note)
        script, lang = marking.script_language(text), _lang_at(text.parent)
        if script and script != lang:
            where = f"<{text.parent.name} class={text.parent.get('class')}>"
            found.append(f"[{lang}] holds {script} in {where}: {text.strip()[:60]!r}")
    for name in ATTRIBUTES:
        for tag in soup.find_all(attrs={name: True}):
            script, lang = marking.script_language(tag[name]), _lang_at(tag)
            if script and script != lang:
                found.append(f"[{lang}] holds {script} in <{tag.name} {name}>: {tag[name][:60]!r}")
    return found


def test_every_demo_page_marks_its_other_language_text(client, thai_site):
    build_public_site()
    paths = office_page_paths()
    assert len(paths) > 60 and any(path.startswith("/en/") for path in paths)
    found = {}
    for path in paths:
        response = client.get(path)
        if response.status_code != 200:  # a redirect page (executives, contact): its target is swept
            continue
        if problems := offenders(response.content.decode()):
            found[path] = problems
    report = "\n".join(f"{path}\n  " + "\n  ".join(problems) for path, problems in found.items())
    assert not found, "text in the wrong language:\n" + report


def test_the_sweep_sees_unmarked_text_and_spares_marked_text():
    html = ('<html lang="en"><body><p>Hello</p><p>สวัสดี</p><div lang="th">ตอนเช้า <span>Good</span></div>'
            '<p hidden>ซ่อน</p><p>2569</p><p>Mixed ไทย</p><div class="block-paragraph"><p>ย่อหน้า</p></div>'
            '<img alt="ภาพ" src="x"><script>var a = "ไทย";</script></body></html>')
    assert [re.sub(r" in <.*", "", o) for o in offenders(html)] == ["[en] holds th", "[th] holds en", "[en] holds th"]
