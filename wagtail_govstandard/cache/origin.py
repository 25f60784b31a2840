"""Same-origin checks for the few public POSTs that cannot carry a CSRF token.

A cached page holds no per-visitor token, so its forms (the survey without JavaScript, the
language switch) are CSRF-exempt and checked here instead: the browser's Origin header (or,
without one, the Referer) must name this host. Issue #11 owns the API's input rules; the API
routes only refuse a browser call that says it comes from another site.
"""

from functools import wraps
from urllib.parse import urlsplit

from django.http import HttpResponseForbidden
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt


def _host_of(url):
    try:
        return urlsplit(url).netloc.lower()
    except ValueError:
        return None


def claimed_origin(request):
    """The host the browser says the post comes from (Origin, else Referer), or None."""
    origin = request.headers.get("Origin")
    if origin and origin != "null":
        return _host_of(origin)
    referer = request.headers.get("Referer")
    return _host_of(referer) if referer else None


def from_this_site(request, required=True):
    """True when Origin/Referer name this host; without either, `required` decides."""
    claimed = claimed_origin(request)
    if claimed is None:
        return not required and "Origin" not in request.headers
    return claimed == request.get_host().lower()


def same_origin_post(view):
    """CSRF-exempt view whose POSTs must come from a page of this site (else 403)."""
    @csrf_exempt
    @wraps(view)
    def checked(request, *args, **kwargs):
        if request.method == "POST" and not from_this_site(request):
            return HttpResponseForbidden(_("This form must be sent from a page of this site."))
        return view(request, *args, **kwargs)
    return checked
