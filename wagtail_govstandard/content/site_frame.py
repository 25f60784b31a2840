"""What every public page shows around its content: navigation, contact, policies, sitemap.

Always for the request's own Site, so one installation can serve several hospitals, each with
its own tree, and for the active language: the frame of /en/ is built from the English
translation of the site's root. Built once per change of the tree (versions) and kept on the request.
"""

from django.conf import settings
from django.db.models import F
from wagtail.models import Site

from wagtail_govstandard.content import categories, versions

CACHE_ATTR = "_govstandard_site_context"


def _restricted_paths(root):
    """Paths under `root` with a view restriction: one query for every list on the frame."""
    from wagtail.models import PageViewRestriction

    return list(
        PageViewRestriction.objects.filter(page__path__startswith=root.path)
        .values_list("page__path", flat=True)
    )


def _live_under(model, root, restricted):
    pages = model.objects.live().descendant_of(root, inclusive=True)
    for path in restricted:
        pages = pages.exclude(path__startswith=path)
    return pages


def _navigation(root, restricted, site):
    """The main menu (theme.navigation): the first live index of each category, grouped."""
    from wagtail_govstandard.content.models.pages import CategoryIndexPage
    from wagtail_govstandard.theme import navigation
    from wagtail_govstandard.theme.models import ThemeSettings

    first_index = {}
    for page in _live_under(CategoryIndexPage, root, restricted).order_by("path"):
        first_index.setdefault(page.category, page)
    indexes = [first_index[c.code] for c in categories.CATEGORIES if c.code in first_index]
    ita = _in_locale(ThemeSettings.for_public_site(site).ita_page, root.locale)
    extra = {navigation.ITA: [ita.specific]} if ita is not None and ita.live else {}
    return navigation.build(indexes, extra)


def _in_locale(page, locale):
    """`page`'s live translation into `locale` (the reader's), else `page` itself."""
    if page is None or page.locale_id == locale.pk:
        return page
    translation = page.get_translation_or_none(locale)
    return translation if translation is not None and translation.live else page


def _last_updated(root, restricted):
    """When a page of the site was last published (the footer's "last updated")."""
    from wagtail_govstandard.content.models.base import BasePage  # Page itself when not swapped

    # nulls_last: PostgreSQL sorts a never-published page (NULL) first in a descending order.
    latest = _live_under(BasePage, root, restricted).order_by(F("last_published_at").desc(nulls_last=True)).first()
    return latest.last_published_at if latest else None


def _site_name(site, root):
    """The Site's name in its root's language; in another language, that translation's title."""
    if root.pk == site.root_page_id:
        return site.site_name or getattr(settings, "WAGTAIL_SITE_NAME", "")
    return getattr(root, "seo_title", "") or root.title


def build(site, language=None):
    from wagtail_govstandard.content.models.pages import ContactPage, PolicyPage, SitemapPage
    from wagtail_govstandard.i18n.locales import localized_root

    if site is None:
        return {"site": None, "site_name": settings.WAGTAIL_SITE_NAME, "navigation": [],
                "contact": None, "policies": [], "sitemap": None, "root": None,
                "last_updated": None}
    root = localized_root(site, language)
    restricted = _restricted_paths(root)
    return {
        "site": site,
        "root": root,
        "language": root.locale.language_code,
        "site_name": _site_name(site, root),
        "navigation": _navigation(root, restricted, site),
        "last_updated": _last_updated(root, restricted),
        "contact": _live_under(ContactPage, root, restricted).order_by("path").first(),
        "policies": list(_live_under(PolicyPage, root, restricted).order_by("path")),
        "sitemap": _live_under(SitemapPage, root, restricted).order_by("path").first(),
    }


def for_site(site, language=None):
    """The site context of `site` in `language` (the active one): cached while no page changed."""
    from wagtail_govstandard.i18n.locales import active_language

    language = language or active_language()
    return versions.cached("site-frame", (site.pk if site else None, language), lambda: build(site, language))


CORE = ("site", "root", "language", "site_name")


def _core(site, language):
    """What every page reads from the frame even when its header and footer come from the cache
    (cache/fragments.py): the Site, its root in the language, its name; and which pages the menu
    links to (menu_pks, the header varies on it)."""
    def read():
        frame = for_site(site, language)
        core = {key: frame.get(key) for key in CORE}
        core["menu_pks"] = menu_pks(frame)
        return core

    return versions.cached("site-frame-core", (site.pk if site else None, language), read)


def menu_pks(frame):
    """The pks of the pages the main menu links to: the site's root, each index, the ITA page."""
    root = frame.get("root")
    linked = {root.pk} if root is not None else set()
    for _label, target, children in frame.get("navigation") or ():
        if target is not None:
            linked.add(target.pk)
        linked.update(child.pk for child in children or ())
    return frozenset(linked)


class Frame:
    """The site context of one request, read as a mapping: the small core at once, the rest
    (menu, contact, policies, ...) on first use, each once per change of the tree (versions)."""

    def __init__(self, site, language):
        self._site, self._language = site, language
        self._core = _core(site, language) if site is not None else None
        self._full = None

    def _frame(self):
        if self._full is None:
            self._full = for_site(self._site, self._language)
        return self._full

    def __getitem__(self, key):
        if self._core is not None and key in self._core:
            return self._core[key]
        return self._frame()[key]

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        return self.get(key, _MISSING) is not _MISSING

    def __bool__(self):
        return True


_MISSING = object()


def for_request(request):
    """The site context of the request's site, read once per request (a Frame)."""
    if not hasattr(request, CACHE_ATTR):
        from wagtail_govstandard.i18n.locales import active_language

        site = Site.find_for_request(request)
        frame = Frame(site, active_language()) if site is not None else for_site(None)
        setattr(request, CACHE_ATTR, frame)
    return getattr(request, CACHE_ATTR)
