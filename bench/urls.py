"""The example site's URLs plus the trivial view the APIs are compared with, and a one-row write."""

import json

from django.db import connection
from django.http import JsonResponse
from django.urls import path
from django.views.decorators.csrf import csrf_exempt

from config.urls import urlpatterns as site_urlpatterns


@csrf_exempt
def trivial(request):
    """Parses the same JSON body and answers 202: the floor of a Django view on this server."""
    return JsonResponse({"ok": bool(json.loads(request.body or b"{}"))}, status=202)


@csrf_exempt
def one_row(request):
    """The trivial view plus one committed INSERT of one row: the floor of any view that writes
    (bench/tickets.py makes the table)."""
    json.loads(request.body or b"{}")
    with connection.cursor() as cursor:
        cursor.execute("INSERT INTO bench_one_row (at) VALUES (now())")
    return JsonResponse({"ok": True}, status=202)


@csrf_exempt
def issue_only(request):
    """The trivial view plus the ticket issue itself, `numbering.issue()` at the point given in the
    query string: what an issue costs without the queue API around it (the bearer token, ninja's
    parsing, the ticket's JSON)."""
    from wagtail_govstandard.queue import cached, numbering

    reference = json.loads(request.body or b"{}").get("reference", "")
    ticket = numbering.issue(cached.point(int(request.GET["point"])), "normal", reference, channel="his")
    return JsonResponse({"number": ticket.visit.display}, status=201)


# Mounted like any other route of the site: after the API, before Wagtail's catch-all page route.
urlpatterns = site_urlpatterns[:-1] + [path("bench/trivial/", trivial), path("bench/one-row/", one_row),
                                            path("bench/issue-only/", issue_only)] + site_urlpatterns[-1:]
