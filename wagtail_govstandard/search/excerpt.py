"""The excerpt under a search result: the first passage with a query word, words marked."""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from wagtail_govstandard.search.segment import words
from wagtail_govstandard.search.text import page_text

WIDTH = 220


def excerpt(page, query, width=WIDTH):
    """HTML: up to `width` characters around the first query word, each query word in <mark>."""
    text = re.sub(r"\s+", " ", page_text(page.specific)).strip()
    title = page.title.strip()
    if text.startswith(title):
        text = text[len(title):].strip()
    terms = sorted({w for w in words(query) if len(w) > 1 or not w.isascii()}, key=len, reverse=True)
    lower = text.lower()
    positions = [lower.find(t) for t in terms if lower.find(t) >= 0]
    start = max(min(positions) - width // 4, 0) if positions else 0
    passage = text[start:start + width]
    html = escape(passage)
    if terms:
        pattern = re.compile("|".join(re.escape(escape(t)) for t in terms), re.IGNORECASE)
        html = pattern.sub(lambda m: "<mark>%s</mark>" % m.group(0), html)
    prefix = "… " if start > 0 else ""
    suffix = " …" if start + width < len(text) else ""
    return mark_safe(prefix + html + suffix)
