"""Cache-Control for public pages: an anonymous GET of a live public Wagtail page is `public`.

A front cache may only store a page that sets no cookie and does not vary on Cookie; the
package's public templates use no CSRF token and no session (the survey posts JSON to the API
or to an uncached URL; the visit beacon counts views served from the cache). This middleware
marks such pages `Cache-Control: public, max-age=WAGTAILGOVSTANDARD_PUBLIC_MAX_AGE` with an
ETag (the body's hash: If-None-Match gets a 304) and leaves every other response alone: a
signed-in editor's page, a page that did set a cookie, and
a page in a language other than the default chosen by the language cookie (`private`: shared
caches must not hand it to a Thai reader). Put it first in MIDDLEWARE (after
SecurityMiddleware) so it sees the final headers.

A page behind a view restriction needs no check of its own (and no extra query): Wagtail answers
an anonymous visitor with the login redirect or the password form, not a 200, and a visitor who
passed it (signed in, or the password kept in the session) carries the session cookie.
"""

import hashlib

from django.conf import settings
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import quote_etag

from wagtail_govstandard import conf
from wagtail_govstandard.statistics.visits.counting import PAGE_ATTRIBUTE


def _signed_in(request):
    return settings.SESSION_COOKIE_NAME in request.COOKIES


def _other_language(request):
    language = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
    return bool(language) and language != settings.LANGUAGE_CODE


def _varies_on_cookie(response):
    return "cookie" in (response.get("Vary") or "").lower()


def is_public(request, response):
    return (
        request.method in ("GET", "HEAD") and response.status_code == 200
        and getattr(request, PAGE_ATTRIBUTE, None) is not None
        and not _signed_in(request) and not response.cookies and not _varies_on_cookie(response)
        and not response.has_header("Cache-Control") and not response.streaming
    )


class PublicCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not is_public(request, response):
            return response
        if _other_language(request):
            patch_cache_control(response, private=True, max_age=conf.get("PUBLIC_MAX_AGE"))
            return response
        patch_cache_control(response, public=True, max_age=conf.get("PUBLIC_MAX_AGE"))
        if hasattr(response, "render") and not response.is_rendered:
            response.render()
        response["ETag"] = quote_etag(hashlib.blake2b(response.content, digest_size=12).hexdigest())
        return get_conditional_response(request, etag=response["ETag"], response=response)
