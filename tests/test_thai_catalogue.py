"""The Thai catalogues are complete and compiled: every msgid has a Thai msgstr in the .mo."""

import gettext
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = [
    ROOT / "wagtail_govstandard/locale/th/LC_MESSAGES/django.po",
    ROOT / "wagtail_govstandard/queue/locale/th/LC_MESSAGES/django.po",
    ROOT / "example_site/locale/th/LC_MESSAGES/django.po",
]
ENTRY = re.compile(r'^msgid "(.*?)"\n((?:".*"\n)*)', re.M)


def _msgids(po_text):
    for match in ENTRY.finditer(po_text):
        msgid = match.group(1) + "".join(line[1:-1] for line in match.group(2).splitlines())
        if msgid:
            yield msgid.encode().decode("unicode_escape").encode("latin-1").decode("utf-8")


@pytest.mark.parametrize("po", CATALOGUES, ids=lambda p: "/".join(p.parts[-6:-4]))
def test_every_message_has_a_compiled_thai_translation(po):
    with open(po.with_suffix(".mo"), "rb") as mo:
        compiled = gettext.GNUTranslations(mo)
    text = po.read_text(encoding="utf-8")
    assert "#, fuzzy" not in text
    contexts = {e.msgid: e.msgctxt for e in __import__("polib").pofile(str(po)) if e.msgctxt}

    def compiled_key(m):
        return f"{contexts[m]}\x04{m}" if m in contexts else m

    missing = [m for m in _msgids(text)
               if compiled_key(m) not in compiled._catalog and (compiled_key(m), 0) not in compiled._catalog]
    assert missing == []


@pytest.mark.parametrize("po", CATALOGUES, ids=lambda p: p.parts[-5])
def test_every_plural_message_has_a_compiled_thai_translation(po):
    """ngettext entries too ("%(n)s minute" / "%(n)s minutes"): Thai has one form."""
    import polib

    with open(po.with_suffix(".mo"), "rb") as mo:
        compiled = gettext.GNUTranslations(mo)
    plurals = [entry for entry in polib.pofile(str(po)) if entry.msgid_plural]
    missing = [e.msgid for e in plurals if not compiled._catalog.get((e.msgid, 0))]
    assert missing == []
    with __import__("django").utils.translation.override("th"):
        from django.utils.translation import ngettext

        assert ngettext("%(n)s minute", "%(n)s minutes", 2) % {"n": 30} == "30 นาที"


def test_the_site_speaks_thai_by_default(home, client, thai_site):
    html = client.get("/search/?q=x").content.decode()
    assert '<html lang="th">' in html and "ข้ามไปยังเนื้อหาหลัก" in html  # "Skip to main content"
