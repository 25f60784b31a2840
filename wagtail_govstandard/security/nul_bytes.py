"""A request carrying a NUL byte is refused with 400 before any view reads it.

PostgreSQL refuses NUL in a text value ("A string literal cannot contain NUL"), so a `%00` in a
list filter, a search box or a JSON body reached the database and became a 500 there, on every
route that filters by what it is given; SQLite stored it. No text of this site ever needs one.
Checked: the path, the query string, form fields (urlencoded or multipart) and JSON bodies
(`\\u0000`). API paths answer problem+json like the package's other errors.
"""

import re

from django.http import HttpResponseBadRequest, JsonResponse

JSON_NUL = re.compile(rb"\\u0000", re.IGNORECASE)
DETAIL = "The request contains a NUL character."


def _has_nul(request):
    if "\x00" in request.path or "%00" in request.META.get("QUERY_STRING", ""):
        return True
    if any("\x00" in value for values in request.GET.lists() for value in values[1]):
        return True
    content_type = request.content_type or ""
    if request.method in ("POST", "PUT", "PATCH"):
        if content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
            return any("\x00" in value for _key, values in request.POST.lists() for value in values)
        if content_type.endswith("json"):
            body = request.body
            return b"\x00" in body or bool(JSON_NUL.search(body))
    return False


class RefuseNulBytesMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            refused = _has_nul(request)
        except Exception:  # an unreadable body is the view's (or Django's) 400 to give
            refused = False
        if not refused:
            return self.get_response(request)
        if request.path.startswith("/api/"):
            response = JsonResponse({"type": "about:blank", "title": "Bad Request", "status": 400, "detail": DETAIL},
                                    status=400, json_dumps_params={"ensure_ascii": False})
            response["Content-Type"] = "application/problem+json"
            return response
        return HttpResponseBadRequest(DETAIL, content_type="text/plain; charset=utf-8")


