"""sitemap.xml: every live, public page of a Site in every language, each with its alternates.

Built with a fixed number of queries (one per language) and cached until a page changes.
"""

from xml.sax.saxutils import escape, quoteattr

from wagtail_govstandard.content import versions
from wagtail_govstandard.i18n import locales

HEADER = ('<?xml version="1.0" encoding="UTF-8"?>\n'
          '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
          'xmlns:xhtml="http://www.w3.org/1999/xhtml">\n')


def _entries(site, request):
    from wagtail_govstandard.search.query import pages_of

    languages = locales.site_languages(site) or [site.root_page.locale.language_code]
    by_key = {}
    order = []
    for code in languages:
        for page in pages_of(site, code).order_by("path").only(
            "id", "path", "url_path", "translation_key", "locale_id", "last_published_at", "depth", "content_type_id"
        ):
            if page.translation_key not in by_key:
                order.append(page.translation_key)
            by_key.setdefault(page.translation_key, {})[code] = page
    entries = []
    for key in order:
        pages = by_key[key]
        urls = {code: page.get_full_url(request) for code, page in pages.items()}
        for code, page in pages.items():
            if urls[code]:
                lastmod = page.last_published_at.date().isoformat() if page.last_published_at else ""
                entries.append((urls[code], lastmod, urls if len(urls) > 1 else {}, languages[0]))
    return entries


def render(site, request):
    def build():
        parts = [HEADER]
        for url, lastmod, alternates, default in _entries(site, request):
            parts.append("<url><loc>%s</loc>" % escape(url))
            if lastmod:
                parts.append("<lastmod>%s</lastmod>" % lastmod)
            for code, href in alternates.items():
                parts.append('<xhtml:link rel="alternate" hreflang=%s href=%s/>' % (quoteattr(code), quoteattr(href)))
            if alternates:
                href = alternates.get(default) or next(iter(alternates.values()))
                parts.append('<xhtml:link rel="alternate" hreflang="x-default" href=%s/>' % quoteattr(href))
            parts.append("</url>\n")
        parts.append("</urlset>\n")
        return "".join(parts)

    return versions.cached("sitemap-xml", (site.pk, request.get_host()), build)
