"""Every path under /api/v3/govstandard/ answers JSON: an unknown one (a wrong id, a typo) is a
404 problem+json here instead of falling through to the site's HTML pages. Mounted after the
package's router, so it only sees what no route matched; not in the OpenAPI document."""

from django.http import Http404
from django.urls import register_converter
from ninja import Router


class AnyRest:
    """Django's `path` converter stops at a line break (`.+`), so `/boards/%0A/state/` found no
    route and got the site's HTML 404; this one takes the rest of the path, whatever it holds."""

    regex = "(?s:.+)"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


register_converter(AnyRest, "govstandard_rest")
router = Router()


@router.api_operation(["GET", "POST", "PUT", "PATCH", "DELETE"], "/{govstandard_rest:rest}", auth=None,
                      include_in_schema=False, url_name="govstandard_not_found")
def not_found(request, rest: str):
    raise Http404("No such route.")
