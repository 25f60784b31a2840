"""Count a page view: decide, hash, queue. Never raises: counting must not break a page."""

import logging

from wagtail_govstandard.statistics import public_posts
from wagtail_govstandard.statistics.visits import buffer, identity, options, rules

logger = logging.getLogger("wagtail_govstandard.statistics.visits")

PAGE_ATTRIBUTE = "_govstandard_served_page"


def remember_served_page(page, request, *args, **kwargs):
    """before_serve_page hook: note which page this request serves (the middleware counts it)."""
    setattr(request, PAGE_ATTRIBUTE, (page.pk, _site_id(request)))


def _site_id(request):
    site = getattr(request, "_wagtail_site", None)
    if site is None:
        from wagtail.models import Site

        site = Site.find_for_request(request)
    return site.pk if site else None


def count(request, site_id, page_id):
    """Queue a view of `page_id` on `site_id` by this request's visitor; False when not queued."""
    try:
        day = options.local_today()
        visitor = identity.visitor_hash(request, day)
        if public_posts.new_visitor_over_ip_limit(request, visitor, options.get("VISITS_MAX_VISITORS_PER_IP_PER_DAY")):
            return False
        return buffer.record(site_id, page_id, day, visitor)
    except Exception:
        logger.exception("Could not count a visit")
        return False


class VisitCounterMiddleware:
    """Counts successful GETs of Wagtail pages after the view has produced its response."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        served = getattr(request, PAGE_ATTRIBUTE, None)
        # A page carrying the visit beacon is counted by the beacon (it also reaches cached views).
        if served and served[1] and not getattr(request, "_govstandard_beacon", False):
            try:
                if rules.page_view_counts(request, response):
                    count(request, served[1], served[0])
            except Exception:
                logger.exception("Could not count a visit")
        return response
