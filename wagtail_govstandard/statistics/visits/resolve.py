"""Find the live page a headless front-end reports, cached briefly in the process.

The visit API is the hot path of headless sites; a page's id and path change rarely, so a
short-lived per-process memo keeps the database out of most visit posts.
"""

import threading
import time
from dataclasses import dataclass

from django.http.request import split_domain_port

from wagtail_govstandard.content.models.base import BasePage

TTL_SECONDS = 60
_memo = {}
_lock = threading.Lock()


def _remembered(key, compute):
    now = time.monotonic()
    hit = _memo.get(key)
    if hit and hit[0] > now:
        return hit[1]
    value = compute()
    with _lock:
        if len(_memo) > 10_000:
            _memo.clear()
        _memo[key] = (now + TTL_SECONDS, value)
    return value


def forget():
    with _lock:
        _memo.clear()


@dataclass(frozen=True)
class SiteRoot:
    pk: int
    root_path: str
    root_url_path: str


def site_for_request(request):
    """The request's Wagtail site as a SiteRoot, remembered per host and port; None when none."""
    def lookup():
        from wagtail.models import Site

        site = Site.find_for_request(request)
        if site is None:
            return None
        root = BasePage.objects.only("path", "url_path").get(pk=site.root_page_id)
        return SiteRoot(site.pk, root.path, root.url_path)
    host = split_domain_port(request._get_raw_host())[0]
    return _remembered(("site", host, request.get_port()), lookup)


def page_id_by_id(site, page_id):
    """page_id when it is a live page of `site`, else None."""
    def lookup():
        return BasePage.objects.filter(
            pk=page_id, live=True, path__startswith=site.root_path
        ).values_list("pk", flat=True).first()
    return _remembered(("id", site.pk, page_id), lookup)


def page_id_by_path(site, path):
    """The live page of `site` at URL path `path` ("/news/item/"), else None."""
    parts = [part for part in path.split("?")[0].split("#")[0].split("/") if part]
    def lookup():
        url_path = site.root_url_path + "".join(part + "/" for part in parts)
        return BasePage.objects.filter(
            url_path=url_path, live=True, path__startswith=site.root_path
        ).values_list("pk", flat=True).first()
    return _remembered(("path", site.pk, "/".join(parts)), lookup)
