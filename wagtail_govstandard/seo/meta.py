"""What a page's <head> tells search engines and link previews: description, canonical URL,
language alternates, Open Graph, the organisation (JSON-LD)."""

import json

from django.utils.safestring import mark_safe
from wagtail.models import Site

from wagtail_govstandard.content.models.base import BasePage as Page
from wagtail_govstandard.i18n import locales

DESCRIPTION_CHARS = 160
OG_LOCALES = {"th": "th_TH", "en": "en_US"}
JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def summary(page, limit=DESCRIPTION_CHARS):
    """The page's search_description, else the start of its text (title left out), cut at a word."""
    from wagtail_govstandard.search.text import page_text

    if getattr(page, "search_description", ""):
        return page.search_description.strip()
    text = " ".join(page_text(page).split())
    if text.startswith(page.title):
        text = text[len(page.title):].strip()
    text = text or page.title
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return (cut if len(cut) > limit // 2 else text[:limit]).rstrip(" ,.;:") + "…"


def _cached_summary(page, request):
    """summary() of a served page, read once per change (content/versions.py): it reads every
    text field and StreamField block of the page. A preview shows the draft's own."""
    from wagtail_govstandard.content import versions

    if getattr(request, "is_preview", False) or not page.pk:
        return summary(page)
    return versions.cached("seo-summary", (page.pk, page.latest_revision_id), lambda: summary(page))


def alternates(page, request, site):
    """[(hreflang, absolute URL)] of every live translation in the site's languages, then x-default."""
    languages = locales.site_languages(site)
    if len(languages) < 2:
        return []
    pages = {locales.language_of(page): page}
    if len(languages) > 1:
        for other in Page.objects.live().public().filter(
            translation_key=page.translation_key, locale__language_code__in=languages
        ).select_related("locale"):
            pages.setdefault(other.locale.language_code, other)
    if len(pages) < 2:
        return []
    links = [(code, pages[code].get_full_url(request)) for code in languages if code in pages]
    default = pages.get(languages[0]) or page
    return links + [("x-default", default.get_full_url(request))]


def _image_url(page, request):
    image = getattr(page, "image", None) or getattr(page, "chart", None) or getattr(page, "map_image", None)
    if image is None:
        return ""
    rendition = image.get_rendition("fill-1200x630")
    return rendition.url if "://" in rendition.url else _root_url(request) + rendition.url


def _root_url(request):
    """The Site's own address (as page URLs are made), else the request's."""
    site = Site.find_for_request(request)
    return site.root_url if site is not None else request.build_absolute_uri("/").rstrip("/")


def organization(frame, request):
    """schema.org GovernmentOrganization from the site's contact page (name, address, phone, e-mail)."""
    contact = frame.get("contact")
    data = {"@context": "https://schema.org", "@type": "GovernmentOrganization",
            "name": frame.get("site_name", ""), "url": _root_url(request) + "/"}
    if contact is not None:
        data.update({
            "address": {"@type": "PostalAddress", "streetAddress": " ".join(contact.address.split())},
            "telephone": contact.phone, "email": contact.email,
        })
        if contact.fax:
            data["faxNumber"] = contact.fax
    return mark_safe(json.dumps(data, ensure_ascii=False).translate(JSON_ESCAPES))


def for_context(context):
    """Everything head_meta.html prints, for the page (or view) being rendered."""
    from wagtail_govstandard.content import site_frame

    request = context.get("request")
    if request is None:
        return {}
    page = context.get("page")
    page = page.specific_deferred if isinstance(page, Page) else None
    site = Site.find_for_request(request)
    frame = site_frame.for_request(request)
    language = locales.active_language()
    data = {
        "noindex": bool(context.get("robots_noindex")),
        "og_locale": OG_LOCALES.get(language, language),
        "site_name": frame.get("site_name", ""),
    }
    if page is None:
        data["canonical"] = request.build_absolute_uri(request.path)
        return data
    is_home = frame.get("root") is not None and page.pk == frame["root"].pk
    data.update(
        canonical=page.get_full_url(request),
        description=_cached_summary(page, request),
        title=getattr(page, "seo_title", "") or page.title,
        alternates=alternates(page, request, site),
        og_type="article" if getattr(page, "published_date", None) and not is_home else "website",
        og_image=_image_url(page, request),
        organization=organization(frame, request) if is_home else "",
    )
    return data
