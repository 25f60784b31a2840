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


# An HTML fragment's pieces: a tag, an entity, a Thai run, a Latin run, anything else (no letters).
_PIECES = re.compile(r"(<[^>]*>)|(&#?\w+;)|([\u0E00-\u0E7F]+)|([A-Za-z]+)|([^<&\u0E00-\u0E7FA-Za-z]+|[<&])")


def mark_runs(html, container_lang):
    """`html` (already safe) with every run of the other script wrapped in <span lang="..">:
    for mixed text such as a search excerpt of a page that quotes the other language."""
    container = (container_lang or "").split("-")[0]
    out, open_lang = [], None
    for tag, entity, thai, latin, other in _PIECES.findall(str(html)):
        language = "th" if thai else "en" if latin else None
        if tag or (language and language == container):
            if open_lang:
                out.append("</span>")
                open_lang = None
        elif language and language != open_lang:
            if open_lang:
                out.append("</span>")
            out.append(f'<span lang="{language}">')
            open_lang = language
        out.append(tag or entity or thai or latin or other)
    if open_lang:
        out.append("</span>")
    return "".join(out)
