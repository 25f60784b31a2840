"""Every path under /api/v3/govstandard/ answers JSON: an unknown one (a wrong id, a typo) is a
404 problem+json here instead of falling through to the site's HTML pages. Mounted after the
package's router, so it only sees what no route matched; not in the OpenAPI document."""

from django.http import Http404
from ninja import Router

router = Router()


@router.api_operation(["GET", "POST", "PUT", "PATCH", "DELETE"], "/{path:rest}", auth=None,
                      include_in_schema=False, url_name="govstandard_not_found")
def not_found(request, rest: str):
    raise Http404("No such route.")
