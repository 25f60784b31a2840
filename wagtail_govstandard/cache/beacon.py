"""Visit counting that works when the page is served from a front cache.

A cached page never reaches Django, so the server-side counter (VisitCounterMiddleware) would
miss it. With WAGTAILGOVSTANDARD_VISITS_BEACON on, the footer renders `{% visit_beacon %}`: a
static script sends `navigator.sendBeacon` to POST /api/v3/govstandard/visits/ (the headless
route, which applies the same rules), and a <noscript> image asks GET /govstandard/visits/pixel.gif.
Rendering the beacon marks the request, so the middleware does not count the same view again
when the page was rendered rather than served from the cache.
"""

import base64

from django.http import HttpResponse
from django.views.decorators.cache import never_cache

from wagtail_govstandard import conf
from wagtail_govstandard.statistics.visits import counting, resolve, rules

BEACON_ATTRIBUTE = "_govstandard_beacon"
# The smallest transparent GIF.
PIXEL = base64.b64decode(b"R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")


def enabled():
    return bool(conf.get("VISITS_BEACON")) and bool(conf.get("VISITS_ENABLED"))


def mark_rendered(request):
    """The page carries a beacon: the beacon counts this view, not the middleware."""
    if request is not None:
        setattr(request, BEACON_ATTRIBUTE, True)


def counted_by_beacon(request):
    return getattr(request, BEACON_ATTRIBUTE, False)


@never_cache
def pixel(request):
    """GET /govstandard/visits/pixel.gif?path=/news/item/: the <noscript> view count."""
    path = request.GET.get("path", "")
    site = resolve.site_for_request(request)
    page_id = resolve.page_id_by_path(site, path) if site and path and "\x00" not in path else None
    if page_id is not None and rules.visitor_may_be_counted(request):
        counting.count(request, site.pk, page_id)
    return HttpResponse(PIXEL, content_type="image/gif")
