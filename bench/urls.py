"""The example site's URLs plus the trivial view the visit API is compared with."""

import json

from django.http import JsonResponse
from django.urls import path
from django.views.decorators.csrf import csrf_exempt

from config.urls import urlpatterns as site_urlpatterns


@csrf_exempt
def trivial(request):
    """Parses the same JSON body and answers 202: the floor of a Django view on this server."""
    return JsonResponse({"ok": bool(json.loads(request.body or b"{}"))}, status=202)


# Mounted like any other route of the site: after the API, before Wagtail's catch-all page route.
urlpatterns = site_urlpatterns[:-1] + [path("bench/trivial/", trivial)] + site_urlpatterns[-1:]
