"""The languages of a Site and where each page is in each of them.

A Site's languages are the locales in which its root page has a live translation, so each
hospital's Site can have its own (a Thai-only Site shows no language switch). A page's
counterpart in another language is its live translation; where there is none, the nearest
translated ancestor, marked so that page can say "available in Thai only".
"""

from django.conf import settings
from django.utils import translation
from wagtail.models import Locale

from wagtail_govstandard.content import versions
from wagtail_govstandard.content.models.base import BasePage as Page

UNTRANSLATED_PARAM = "untranslated"


def language_names():
    return dict(settings.LANGUAGES)


def active_language():
    return (translation.get_language() or settings.LANGUAGE_CODE).split("-")[0]


def localized_root(site, language=None):
    """The site's root page in `language` (the active one by default), else the site's root."""
    root = site.root_page
    language = language or active_language()
    if root.locale.language_code == language:
        return root
    translated = (
        Page.objects.live().filter(translation_key=root.translation_key, locale__language_code=language).first()
    )
    return translated or root


def language_of(page):
    """The language code of `page`'s locale, without reading its locale row: the codes of the
    locales are cached (scope "locales", renewed when a locale is saved or deleted)."""
    cached = page._state.fields_cache.get("locale")
    if cached is not None:
        return cached.language_code
    codes = versions.cached(
        "locale-codes", (), lambda: dict(Locale.all_objects.values_list("id", "language_code")),
        scope=versions.LOCALES,
    )
    return codes.get(page.locale_id) or page.locale.language_code


def site_languages(site):
    """Language codes in which the site's root page is live, in the order of LANGUAGES."""
    if site is None:
        return []

    def read():
        live = set(
            Page.objects.live().filter(translation_key=site.root_page.translation_key)
            .values_list("locale__language_code", flat=True)
        )
        return [code for code, _name in settings.LANGUAGES if code in live]

    return versions.cached("site-languages", (site.pk, site.root_page_id), read)


def live_translation(page, language):
    """The live, public translation of `page` in `language`, or None."""
    if page.locale.language_code == language:
        return page
    return (
        Page.objects.live().public()
        .filter(translation_key=page.translation_key, locale__language_code=language).first()
    )


def counterpart(page, language, site_root):
    """(page in `language`, translated: bool) - the translation, else the nearest translated ancestor."""
    found = live_translation(page, language)
    if found is not None:
        return found, True
    ancestors = page.get_ancestors().filter(depth__gte=site_root.depth).order_by("-depth")
    keys = list(ancestors.values_list("translation_key", flat=True))
    translated = {
        p.translation_key: p for p in
        Page.objects.live().public().filter(translation_key__in=keys, locale__language_code=language)
    }
    for key in keys:
        if key in translated:
            return translated[key], False
    return None, False


def untranslated_source(request, page):
    """The page the reader came from when it has no translation here (the ?untranslated= pk),
    checked: live, public, in another locale, and under this page's counterpart in its locale."""
    raw = request.GET.get(UNTRANSLATED_PARAM, "") if request is not None else ""
    if not raw.isdigit() or len(raw) > 12 or page is None:
        return None
    source = Page.objects.live().public().filter(pk=int(raw)).exclude(locale=page.locale).first()
    if source is None or live_translation(source, page.locale.language_code) is not None:
        return None
    if not source.get_ancestors().filter(translation_key=page.translation_key).exists():
        return None
    return source


def current_locale():
    try:
        return Locale.get_active()
    except Locale.DoesNotExist:
        return None
