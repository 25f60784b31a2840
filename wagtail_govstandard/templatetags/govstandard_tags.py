"""Template filters and tags: Buddhist-era dates, fiscal years, file type and size, the site frame,
breadcrumbs, the links between a list's pages."""

from collections.abc import Mapping

from django import template
from django.http import QueryDict
from django.utils.encoding import uri_to_iri

from wagtail_govstandard.content import dates, uploads

register = template.Library()


@register.filter
def thaidate(value, style=None):
    """{{ page.published_date|thaidate }} -> 30 เม.ย. 2562; |thaidate:"long" -> 30 เมษายน 2562.

    In the reader's language: an English page shows 30 April 2019 (C.E.)."""
    return dates.format_date(value, style=style)


@register.filter
def be_date(value, style=None):
    """Always Thai B.E. (30 เม.ย. 2562), whatever the reader's language: Thai documents (the seed's form)."""
    return dates.format_thai_date(value, style=style)


@register.filter
def fiscal_year_label(be):
    """{{ page.fiscal_year|fiscal_year_label }} -> 2569, or FY 2569 (1 Oct 2025 – 30 Sep 2026) in English."""
    return dates.fiscal_year_label(be)


@register.filter
def be_year(value):
    """A C.E. year (or a date) as its B.E. year."""
    year = getattr(value, "year", value)
    return dates.be_year(int(year)) if year not in (None, "") else ""


@register.filter
def fiscal_year(value):
    return dates.fiscal_year(value) if value else ""


@register.filter
def file_description(document):
    """"PDF, 1.2 MB" for a document (type and size from the stored file)."""
    return uploads.describe(document) if document else ""


@register.filter
def readable_url(url):
    """A URL for people to read: /news/%E0%B8%82%E0%B9%88%E0%B8%B2%E0%B8%A7/ -> /news/ข่าว/."""
    return uri_to_iri(url or "")


@register.filter
def filesize(num_bytes):
    return uploads.format_size(num_bytes)


@register.simple_tag(takes_context=True)
def govstandard_site(context):
    """{% govstandard_site as gs %}: navigation, contact, policies, sitemap of the request's site."""
    from wagtail_govstandard.content import site_frame

    request = context.get("request")
    return site_frame.for_request(request) if request is not None else site_frame.build(None)


@register.simple_tag
def menu_current(frame, page):
    """The pk of `page` when the main menu links to it (it is marked aria-current there), else
    None: the cached header (cache/fragments.py) varies on it."""
    from wagtail_govstandard.content import site_frame

    pk = getattr(page, "pk", None)
    if pk is None or not frame:
        return None
    linked = frame.get("menu_pks")
    if linked is None:
        linked = site_frame.menu_pks(frame)
    return pk if pk in linked else None


@register.simple_tag(takes_context=True)
def breadcrumbs(context, page):
    """The live ancestors of `page` from its site's root (not Wagtail's tree root)."""
    from wagtail_govstandard.content import site_frame

    root = site_frame.for_request(context["request"])["root"] if "request" in context else None
    if root is None or page is None or not page.path.startswith(root.path):
        return []
    routed = _routed_ancestors(page, root)
    if routed is not None:
        return [ancestor for ancestor in routed if ancestor.live]
    ancestors = lambda: list(page.get_ancestors().live().filter(depth__gte=root.depth))  # noqa: E731
    if page.pk is None:  # a preview of a page not yet saved
        return ancestors()
    from wagtail_govstandard.content import versions

    return versions.cached("breadcrumbs", (page.pk, root.pk), ancestors)


def _routed_ancestors(page, root):
    """The ancestors from `root` down that routing the request already read (each page knows
    its parent: Wagtail's `_cached_parent_obj`), or None when the chain is not all there."""
    chain, current = [], page
    while current.depth > root.depth:
        parent = current.__dict__.get("_cached_parent_obj")
        if parent is None or parent.depth != current.depth - 1 or not current.path.startswith(parent.path):
            return None
        chain.append(parent)
        current = parent
    return chain[::-1] if current.path == root.path else None


@register.filter
def duration(value):
    """(working days, minutes) or a step value -> "2 วันทำการ 1 ชั่วโมง 30 นาที" in the active language."""
    from wagtail_govstandard.content.durations import describe_duration

    return describe_duration(value)


@register.filter
def history_label(reason):
    """A request history row's change reason ("approved in writing") in the reader's language."""
    from wagtail_govstandard.requests.history import describe

    return describe(reason)


@register.simple_tag(takes_context=True)
def page_query(context, number, keep=None):
    """`?…&page=<number>`: a link to another page of a list keeping `keep`'s parameters (a QueryDict:
    a list's own filters; an empty one keeps none), or the request's when `keep` is not given, as
    {% querystring %} does (a project's template including pagination.html without `filter_query`)."""
    if not isinstance(keep, Mapping):
        request = context.get("request")
        keep = request.GET if request is not None else {}
    query = QueryDict(mutable=True)
    query.update(keep)
    query["page"] = number
    return "?" + query.urlencode()
