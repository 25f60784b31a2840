"""The header and footer of public pages, and a content page's content, kept as rendered HTML
({% frame_cache %}).

Every public page shows the same header (agency, emblem, menu) and footer (contact, policies,
last update) for its Site and language, and a content page the same title, body, files and
seed 2.2 metadata until something changes; rendering them took most of a news item's time.
They are cached as HTML under the "pages" version token of content/versions.py, which every change
they show renews at once: a page saved, published, moved or deleted, a view restriction, a
Site, a document, a work group, the theme settings, an image, an alert banner, a visit box, a survey. The key also holds
the Site, the active language and time zone, and the values the template names (the menu's
current page). What differs per request — the alert banners in force, the language switch, the
search box's query, the footer's statistics and survey — sits in {% frame_dynamic %} blocks,
rendered on every request. A preview is never cached (it shows a draft under the live page's id).

WAGTAILGOVSTANDARD_FRAME_CACHE: True, False, or None (the default: on unless DEBUG, so a
template being edited shows at once). A project whose override of header.html, footer.html or
navigation.html shows something per request puts it in a {% frame_dynamic %} block, or turns
this off.
"""

from django.conf import settings
from django.utils import timezone
from django.utils.translation import get_language
from wagtail.models import Site

from wagtail_govstandard import conf
from wagtail_govstandard.content import versions


def enabled():
    value = conf.get("FRAME_CACHE")
    return not settings.DEBUG if value is None else bool(value)


def cached(name, request, vary, render):
    """render() -> (nonce, html), cached per Site, language, time zone and `vary`."""
    site = Site.find_for_request(request)
    parts = (site.pk if site else None, get_language(), timezone.get_current_timezone_name(), *map(_part, vary))
    return versions.cached(f"fragment-{name}", parts, render)


def _part(value):
    return getattr(value, "pk", value)
