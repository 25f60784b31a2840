"""Which language a run of text is written in, told by its script (Thai or Latin).

Good enough for marking text the page does not control (a name, an untranslated field) so a
screen reader reads it in the right voice: Thai and English do not share a script.
"""

import re

from django.utils.html import strip_tags

THAI = re.compile(r"[\u0E00-\u0E7F]")
LATIN = re.compile(r"[A-Za-z]")


def script_language(text):
    """"th", "en" or None (no letters) by the majority of letters in `text`."""
    text = strip_tags(str(text or ""))
    thai, latin = len(THAI.findall(text)), len(LATIN.findall(text))
    if not thai and not latin:
        return None
    return "th" if thai >= latin else "en"


def lang_for(text, container_lang):
    """The lang attribute value `text` needs inside `container_lang`, or None if it needs none."""
    language = script_language(text)
    return language if language and language != (container_lang or "").split("-")[0] else None
