"""Errors of the package's v3 routes: problem+json a person can act on, 400 for bad input.

Wagtail's v3 answers validation errors with 422; the package's routes promise 400 with field
errors, so the handler below narrows that to paths under /api/v3/govstandard/. A wrong state is HttpError(409, message).
"""

from ninja.errors import ValidationError as NinjaValidationError
from wagtail.api.v3.errors import problem_response

PREFIX = "/govstandard/"


def bad_request(errors, detail="Invalid input"):
    """400 with field errors: errors is {field: [messages]} or [{"loc": [...], "msg": ...}]."""
    if isinstance(errors, dict):
        errors = [
            {"loc": [field], "msg": str(message)}
            for field, messages in errors.items()
            for message in (messages if isinstance(messages, (list, tuple)) else [messages])
        ]
    return problem_response(status=400, detail=detail, errors=errors)


def install(api):
    """Answer malformed input to the package's routes with 400 instead of 422."""
    previous = api._exception_handlers.get(NinjaValidationError)

    def handler(request, exc):
        if PREFIX in request.path:
            return bad_request(
                [{"loc": list(e.get("loc", [])), "msg": e.get("msg", "")} for e in exc.errors]
            )
        return previous(request, exc)

    api.add_exception_handler(NinjaValidationError, handler)
