"""Where a `back` or `next` parameter may send the browser: a path on this host, nothing else.

`//evil.example/`, `/\\evil.example`, `https://evil.example/` and anything with a scheme or a
host are refused (Django's url_has_allowed_host_and_scheme, plus the rule that the target is a
path), so a link from elsewhere cannot use the site to bounce its readers to another one.
"""

from django.utils.http import url_has_allowed_host_and_scheme


def same_host_path(request, target, fallback="/"):
    target = (target or "").strip()
    if (not target.startswith("/") or target.startswith(("//", "/\\"))
            or not url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure())):
        return fallback
    return target
