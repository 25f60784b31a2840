"""/api/v3/openapi.json as a contract a generated client can trust.

Wagtail 8.0.1 documents its `AllowAnonymous` fallback as `{"type": "http"}` with no `scheme`,
which no validator accepts and which makes generators require a token on public routes. The
standard way to say "token optional" is an empty security requirement `{}`: `install()` patches
the generated document (every operation, Wagtail's too) that way. For the package's operations
it also declares every error status each can answer (problem+json, `problems.py`) and the
bounds, enums and formats its parameters are checked against. The routes keep their own
checks: this module only says what they do.
"""

from functools import wraps

from wagtail_govstandard.api import problems
from wagtail_govstandard.content import categories

PACKAGE_PREFIX = "/govstandard/"
# 404 for a request id that is not a number: the fallback route answers it (api/fallback.py).
ANONYMOUS_SCHEME = "AllowAnonymous"

# What each operation of the package can answer besides its success.
_ACTION = (400, 401, 403, 404, 409)
ERRORS = {
    "govstandard_categories": (),
    "govstandard_pages": (400,),
    "govstandard_requests_list": (400, 401),
    "govstandard_requests_create": (400, 401, 403),
    "govstandard_requests_detail": (401, 404),
    "govstandard_requests_attachment": (401, 404),
    "govstandard_requests_resubmit": _ACTION,
    "govstandard_requests_approve": _ACTION,
    "govstandard_requests_reject": _ACTION,
    "govstandard_requests_verbal_approval": _ACTION,
    "govstandard_requests_confirm": _ACTION,
    "govstandard_requests_publish": _ACTION,
    "govstandard_compliance": (400, 401, 403, 404),
    "govstandard_record_visit": (400, 429),
    "govstandard_stats": (400,),
    "govstandard_survey_respond": (400, 403, 404, 409, 429),
    "govstandard_survey_results": (400, 404),
}

BE_YEAR = {"type": "integer", "minimum": 2400, "maximum": 2800, "description": "A Buddhist-era year, e.g. 2569"}
DATE = {"type": "string", "format": "date", "description": "YYYY-MM-DD"}


def _kinds():
    from wagtail_govstandard.content.api.pages import kind_choices

    return kind_choices()


def _request_states():
    from wagtail_govstandard.requests.models import STATUS_CHOICES

    return [code for code, _label in STATUS_CHOICES]


def parameter_schemas():
    """{operation id: {parameter: schema}}; built when asked (the models are loaded by then)."""
    from wagtail_govstandard.content.api.pages import MAX_LIMIT, MAX_OFFSET

    return {
        "govstandard_pages": {
            "category": {"type": "string", "enum": [c.code for c in categories.CATEGORIES]},
            "kind": {"type": "string", "enum": _kinds()},
            "year": BE_YEAR,
            "limit": {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT, "default": 20},
            "offset": {"type": "integer", "minimum": 0, "maximum": MAX_OFFSET, "default": 0},
        },
        "govstandard_requests_list": {
            "status": {"type": "string", "enum": _request_states()},
            "limit": {"type": "integer", "minimum": 1, "maximum": 200, "default": 50},
            "offset": {"type": "integer", "minimum": 0, "maximum": MAX_OFFSET, "default": 0},
        },
        "govstandard_survey_results": {"start": DATE, "end": DATE, "fiscal_year": BE_YEAR},
        "govstandard_stats": {"page_id": {"type": "integer", "minimum": 1, "maximum": 2**63 - 1}},
        "govstandard_compliance": {"site": {"type": "integer", "minimum": 1, "maximum": 2**63 - 1}},
    }


def _token_optional(operation):
    security = operation.get("security")
    if security and any(ANONYMOUS_SCHEME in requirement for requirement in security):
        operation["security"] = [r for r in security if ANONYMOUS_SCHEME not in r] + [{}]


def _declare_errors(operation, statuses):
    """ERRORS' statuses, and every error an operation declares itself (an optional app's, as
    ninja writes them: application/json), as the problem+json they are answered with."""
    responses = operation["responses"]
    declared = {code for code in responses if str(code).isdigit() and int(code) >= 400}
    for code in declared:  # ninja may key them as int: one key per status in the JSON
        del responses[code]
    for status in sorted({int(code) for code in declared} | set(statuses)):
        responses[str(status)] = problems.response(status)


def _bound_parameters(operation, schemas):
    for parameter in operation.get("parameters", []):
        schema = schemas.get(parameter["name"])
        if schema:
            parameter["schema"] = {"title": parameter["schema"].get("title", parameter["name"]), **schema}


def _unique_tags(operation):
    if "tags" in operation:
        operation["tags"] = list(dict.fromkeys(operation["tags"]))


def patch(document):
    """The generated document, corrected in place (and returned)."""
    document["components"].setdefault("securitySchemes", {}).pop(ANONYMOUS_SCHEME, None)
    document["components"].setdefault("schemas", {})[problems.SCHEMA_NAME] = problems.SCHEMA
    parameters = parameter_schemas()
    for path, operations in document["paths"].items():
        for operation in operations.values():
            _token_optional(operation)
            _unique_tags(operation)
            if PACKAGE_PREFIX not in path:
                continue
            operation_id = operation.get("operationId")
            if not operation.get("security"):  # auth=None: anonymous by design
                operation["security"] = [{}]
            _declare_errors(operation, ERRORS.get(operation_id, ()))
            _bound_parameters(operation, parameters.get(operation_id, {}))
    return document


def install(api):
    """Serve the corrected document; answer every 401 with `WWW-Authenticate: Bearer`."""
    generate = api.get_openapi_schema

    @wraps(generate)
    def get_openapi_schema(*args, **kwargs):
        return patch(generate(*args, **kwargs))

    api.get_openapi_schema = get_openapi_schema
    on_exception = api.on_exception

    @wraps(on_exception)
    def on_exception_with_challenge(request, exc):
        response = on_exception(request, exc)
        if response.status_code == 401 and not response.has_header("WWW-Authenticate"):
            response["WWW-Authenticate"] = "Bearer"
        return response

    api.on_exception = on_exception_with_challenge
