"""{% govstandard_search "ค่าฝุ่น" as results %} and {% search_excerpt page query %}."""

from django import template
from wagtail.models import Site

from wagtail_govstandard.i18n.locales import active_language
from wagtail_govstandard.search import excerpt, query

register = template.Library()


@register.simple_tag(takes_context=True)
def govstandard_search(context, text, limit=10):
    """The best `limit` pages of the request's site and language for `text` (e.g. a 404 page)."""
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    results = query.search(site, text, active_language())
    return list(results[:limit])


@register.simple_tag
def search_excerpt(page, text):
    """A passage of `page` around the first word of `text`, words in <mark>."""
    return excerpt.excerpt(page, text)
