"""Serving MEDIA_ROOT in development without exposing files that a view must check first.

`static(settings.MEDIA_URL, ...)` serves every uploaded file to anyone who knows its path. Two
kinds must not be served that way: Wagtail documents (`documents/…`, guessable from the file
name; `/documents/<id>/<name>` serves them after checking their collection's restriction) and
request files (`govstandard/requests/…`, served only by the request's views, which check the
role). `media_urlpatterns()` serves the rest (images, renditions) and answers 404 for those.
In production nothing under MEDIA_URL goes through Django: see the README ("Security and
integrity rules") for what the front server may alias.
"""

import posixpath
import re

from django.conf import settings
from django.http import Http404
from django.urls import re_path
from django.views.static import serve

# Paths under MEDIA_ROOT that only a view checking access may serve.
PRIVATE_PREFIXES = ("documents/", "govstandard/")


def is_private(path):
    normalised = posixpath.normpath(path.replace("\\", "/")).lstrip("/").lower() + "/"
    return normalised.startswith("../") or any(normalised.startswith(prefix) for prefix in PRIVATE_PREFIXES)


def serve_public_media(request, path):
    if is_private(path):
        raise Http404
    return serve(request, path, document_root=settings.MEDIA_ROOT)


def media_urlpatterns():
    """For a development urls.py, in place of `static(settings.MEDIA_URL, ...)`."""
    prefix = re.escape(settings.MEDIA_URL.lstrip("/"))
    return [re_path(rf"^{prefix}(?P<path>.*)$", serve_public_media, name="govstandard_public_media")]
