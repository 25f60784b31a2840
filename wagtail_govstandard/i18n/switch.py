"""The language switch: one plain link per language of the Site, to the same content there.

Links, not a form posting to set_language: every language has its own URL, so the switch
works without a cookie, can be opened in a new tab, and a search engine can follow it.
"""

from dataclasses import dataclass

from django.urls import translate_url
from django.utils.translation import get_language_info
from wagtail.models import Site

from wagtail_govstandard.content.models.base import BasePage as Page
from wagtail_govstandard.i18n import locales


@dataclass
class Link:
    code: str
    name: str
    url: str
    current: bool
    translated: bool = True


def language_name(code):
    """The language's name in its own language ("ไทย", "English"), as a switch shows it."""
    return locales.language_names().get(code) or get_language_info(code)["name_local"]


def _page_url(page, request):
    return page.get_url(request=request)


def links(request, page=None):
    """[Link] for every language of the request's site, or [] when it has only one."""
    site = Site.find_for_request(request) if request is not None else None
    languages = locales.site_languages(site)
    if len(languages) < 2:
        return []
    active = locales.active_language()
    page = page.specific_deferred if isinstance(page, Page) else None
    root = locales.localized_root(site)
    result = []
    for code in languages:
        if code == active:
            url = request.get_full_path()
            result.append(Link(code, language_name(code), url, True))
            continue
        if page is not None and page.path.startswith(root.path):
            target, translated = locales.counterpart(page, code, root)
            if target is None:
                continue
            url = _page_url(target, request)
            if not translated:
                url = f"{url}?{locales.UNTRANSLATED_PARAM}={page.pk}"
            result.append(Link(code, language_name(code), url, False, translated))
        else:
            result.append(Link(code, language_name(code), translate_url(request.get_full_path(), code), False))
    return result if len(result) > 1 else []


def untranslated_notice(request, page):
    """{source page, its language's name} when the reader landed here for want of a translation."""
    source = locales.untranslated_source(request, page) if isinstance(page, Page) else None
    if source is None:
        return None
    code = source.locale.language_code
    return {"page": source, "code": code, "language": get_language_info(code)["name_translated"]}


def shown(request, page=None):
    """What the switch template shows: {"links": links(), "notice": untranslated_notice()}."""
    if request is None:
        return {"links": [], "notice": None}
    return {"links": links(request, page), "notice": untranslated_notice(request, page)}
