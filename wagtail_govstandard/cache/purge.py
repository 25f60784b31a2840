"""Purge the front cache when what a citizen sees changes, once the change is committed.

Wagtail's frontend_cache purges a page when it is published or unpublished, inside the
transaction (a cache may fetch the old page again before the commit). These receivers purge
after the commit (`on_commit`) everything the change shows on:

- a page published, unpublished (a take-down: its URL now redirects), deleted or moved (old and
  new URL): the page, its parent (a category index lists it), the site's home page (its news),
  the site's sitemap pages and /sitemap.xml, and the pages of PURGE_ALSO_TYPES (statistics, ITA);
- an expiry action (extend, mark reviewed: the live row is updated in place, no publish signal);
- a redirect saved or deleted: its old path;
- the footer — the contact page or a policy page published, unpublished or moved, a Site
  changed: every page of the Site. A backend with `purge_site(root_url)` (the Varnish backend
  here: one BAN) does it at once; others get every live URL of the Site in one batch.

Backends are Wagtail's WAGTAILFRONTENDCACHE; nothing is purged when it is not set.
"""

import logging

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.contrib.frontend_cache.utils import get_backends
from wagtail.models import Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from wagtail_govstandard import conf
from wagtail_govstandard.content.models.base import BasePage

logger = logging.getLogger("wagtail_govstandard.cache")
FOOTER_TYPES = ("contactpage", "policypage")


def _backends():
    return get_backends() if getattr(settings, "WAGTAILFRONTENDCACHE", None) else {}


def purge_now(urls=(), sites=()):
    """Purge `urls` and every page of `sites` (root URLs) from every configured backend."""
    for name, backend in _backends().items():
        try:
            for root_url in sites:
                if hasattr(backend, "purge_site"):
                    backend.purge_site(root_url)
                else:
                    backend.purge_batch(site_urls(root_url))
            if urls:
                backend.purge_batch(sorted(urls))
        except Exception:  # noqa: BLE001 - a cache that is down must not break publishing
            logger.exception("Front cache %s could not purge", name)


def purge_after_commit(urls=(), sites=()):
    urls, sites = set(filter(None, urls)), set(filter(None, sites))
    if (urls or sites) and _backends():
        transaction.on_commit(lambda: purge_now(urls, sites), robust=True)


def site_urls(root_url):
    site = next((s for s in Site.objects.select_related("root_page") if s.root_url == root_url), None)
    if site is None:
        return []
    return [p.full_url for p in site.root_page.get_descendants(inclusive=True).live().specific(defer=True)]


def _also_purged(site):
    """The site's home page, sitemap pages and the pages listed in PURGE_ALSO_TYPES."""
    pages = BasePage.objects.live().descendant_of(site.root_page, inclusive=True)
    labels = [label.lower().split(".") for label in conf.get("PURGE_ALSO_TYPES")]
    kinds = BasePage.objects.none()
    for app_label, model in labels:
        kinds |= pages.filter(content_type__app_label=app_label, content_type__model=model)
    urls = [p.full_url for p in kinds] + [site.root_url + "/sitemap.xml", site.root_page.full_url]
    return urls


def page_urls(page, old_url_path=None):
    """What a change of `page` shows on: the page, its parent, the site-wide listings."""
    page = page.specific_deferred if hasattr(page, "specific_deferred") else page
    site = page.get_site()
    if site is None:
        return [], []
    if page.specific_class and page.specific_class._meta.model_name in FOOTER_TYPES:
        return [], [site.root_url]
    urls = [page.full_url]
    parent = page.get_parent()
    if parent is not None:
        urls.append(parent.full_url)
    if old_url_path:
        root_path = site.root_page.url_path
        if old_url_path.startswith(root_path):
            urls.append(site.root_url + "/" + old_url_path[len(root_path):])
    return urls + _also_purged(site), []


def on_page_change(sender, instance, **kwargs):
    urls, sites = page_urls(instance)
    purge_after_commit(urls, sites)


def on_page_move(sender, instance, parent_page_before=None, url_path_before=None, **kwargs):
    urls, sites = page_urls(instance, old_url_path=url_path_before)
    if parent_page_before is not None:
        urls.append(parent_page_before.full_url)
    purge_after_commit(urls, sites)


def on_page_delete(sender, instance, **kwargs):
    if isinstance(instance, BasePage) and instance.live:
        on_page_change(sender, instance)


def on_expiry_action(sender, instance, created, **kwargs):
    if instance.page_id:
        on_page_change(sender, BasePage.objects.get(pk=instance.page_id))


def on_redirect_change(sender, instance, **kwargs):
    site = instance.site or Site.objects.filter(is_default_site=True).first()
    if site is not None:
        purge_after_commit([site.root_url + instance.old_path])


def on_site_change(sender, instance, **kwargs):
    purge_after_commit(sites=[instance.root_url])


def connect():
    from wagtail.contrib.redirects.models import Redirect

    from wagtail_govstandard.monitoring.models import ExpiryAction

    page_published.connect(on_page_change, dispatch_uid="govstandard_purge_published")
    page_unpublished.connect(on_page_change, dispatch_uid="govstandard_purge_unpublished")
    post_page_move.connect(on_page_move, dispatch_uid="govstandard_purge_moved")
    post_delete.connect(on_page_delete, dispatch_uid="govstandard_purge_deleted")
    post_save.connect(on_expiry_action, sender=ExpiryAction, dispatch_uid="govstandard_purge_expiry")
    post_save.connect(on_redirect_change, sender=Redirect, dispatch_uid="govstandard_purge_redirect")
    post_delete.connect(on_redirect_change, sender=Redirect, dispatch_uid="govstandard_purge_redirect_gone")
    post_save.connect(on_site_change, sender=Site, dispatch_uid="govstandard_purge_site")
