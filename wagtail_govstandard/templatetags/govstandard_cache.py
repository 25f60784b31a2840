"""{% visit_beacon %}: the visit count of a page a front cache may serve (see cache/beacon.py)."""

from django import template
from django.urls import reverse

from wagtail_govstandard.cache import beacon

register = template.Library()


@register.inclusion_tag("wagtail_govstandard/cache/beacon.html", takes_context=True)
def visit_beacon(context):
    request = context.get("request")
    page = context.get("page")
    if request is None or page is None or not beacon.enabled():
        return {"beacon": False}
    beacon.mark_rendered(request)
    return {
        "beacon": True, "path": request.path,
        "endpoint": reverse("wagtailapi_v3:govstandard_visits"),
        "pixel": reverse("wagtail_govstandard:visit_pixel"),
    }
