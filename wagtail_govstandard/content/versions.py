"""Tokens that change whenever what the public sees may have changed, one per scope.

Figures aggregated over many rows are cached under their scope's token, so a request does not
read thousands of rows to show them. Scope "pages": the live items per category, the listing's
count, the site frame (menu, contact, policies), a content page's rendered content (its files
and work group included), a category index's listing, today's completeness aggregate and
expiry counts. Scope "survey-<id>": that survey's results. They stay exact: saving, deleting or
moving any page, a document or a work group, or changing a view restriction or a site,
replaces the "pages" token; saving or deleting a response, a question or the survey replaces
the survey's; the next request computes afresh. CONTENT_CACHE_SECONDS bounds how long a figure
can outlive a change made behind Django's back (a raw SQL UPDATE). When several processes
serve the site, the cache must be shared (Redis, database), as Wagtail's own caching already
expects.
"""

import hashlib
import uuid

from asgiref.local import Local
from django.core.cache import caches
from django.core.signals import request_finished, request_started
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import post_page_move

from wagtail_govstandard import conf

PAGES = "pages"
LOCALES = "locales"


def _cache():
    return caches[conf.get("CONTENT_CACHE")]


def _token_key(scope):
    return f"govstandard:version:{scope}"


# The tokens a request has read, so one page asks the cache once per scope (a page's frame,
# content and widgets ask a dozen times) and renders under one version throughout. Only within
# a request: a command or a worker always reads afresh.
_read = Local()


def _start_request(**kwargs):
    _read.tokens = {}


def _end_request(**kwargs):
    _read.tokens = None


def current(scope=PAGES):
    """The scope's token now in force (a new one when the cache has none)."""
    tokens = getattr(_read, "tokens", None)
    if tokens is not None and scope in tokens:
        return tokens[scope]
    key = _token_key(scope)
    token = _cache().get(key)
    if token is None:
        _cache().add(key, uuid.uuid4().hex, None)
        token = _cache().get(key)
    if tokens is not None:
        tokens[scope] = token
    return token


def bump(scope=PAGES):
    """Replace the scope's token, now and again after the surrounding transaction commits, so a
    request reading between the two cannot keep a figure computed before the commit."""
    key = _token_key(scope)

    def replace():
        _cache().set(key, uuid.uuid4().hex, None)
        tokens = getattr(_read, "tokens", None)
        if tokens is not None:
            tokens.pop(scope, None)

    replace()
    transaction.on_commit(replace)


def cached(name, parts, compute, scope=PAGES):
    """compute(), cached under the scope's token; `parts` (strings, numbers) tell its variants apart."""
    digest = hashlib.sha1(repr(tuple(parts)).encode()).hexdigest()[:16]
    key = f"govstandard:{name}:{current(scope)}:{digest}"
    value = _cache().get(key)
    if value is None:
        value = compute()
        _cache().set(key, value, conf.get("CONTENT_CACHE_SECONDS"))
    return value


def _on_page_change(sender, instance, **kwargs):
    if isinstance(instance, Page):
        bump()


def _on_tree_change(sender, **kwargs):
    bump()


def _on_locale_change(sender, **kwargs):
    bump(LOCALES)


def connect():
    request_started.connect(_start_request, dispatch_uid="govstandard_versions_request_started")
    request_finished.connect(_end_request, dispatch_uid="govstandard_versions_request_finished")
    post_save.connect(_on_page_change, dispatch_uid="govstandard_content_version_save")
    post_delete.connect(_on_page_change, dispatch_uid="govstandard_content_version_delete")
    post_page_move.connect(_on_tree_change, dispatch_uid="govstandard_content_version_move")
    post_save.connect(_on_tree_change, sender=PageViewRestriction, dispatch_uid="govstandard_content_version_restrict")
    post_delete.connect(_on_tree_change, sender=PageViewRestriction, dispatch_uid="govstandard_content_version_unrestrict")
    post_save.connect(_on_tree_change, sender=Site, dispatch_uid="govstandard_content_version_site")
    post_delete.connect(_on_tree_change, sender=Site, dispatch_uid="govstandard_content_version_site_gone")
    from wagtail.documents import get_document_model

    from wagtail_govstandard.requests.models import WorkGroup

    for model in (get_document_model(), WorkGroup):  # shown in a page's files and metadata
        name = model.__name__
        post_save.connect(_on_tree_change, sender=model, dispatch_uid=f"govstandard_content_version_{name}")
        post_delete.connect(_on_tree_change, sender=model, dispatch_uid=f"govstandard_content_version_{name}_gone")
    post_save.connect(_on_locale_change, sender=Locale, dispatch_uid="govstandard_content_version_locale")
    post_delete.connect(_on_locale_change, sender=Locale, dispatch_uid="govstandard_content_version_locale_gone")
