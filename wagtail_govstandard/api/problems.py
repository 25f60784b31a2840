"""The problem+json bodies of the package's v3 errors, as OpenAPI declares them (RFC 9457).

One schema (`GovProblem`) for every error status, and one example per status, so a generated
client gets a typed error model instead of "unexpected status". What each operation can answer
is listed in `wagtail_govstandard.api.openapi.ERRORS`.
"""

PROBLEM_JSON = "application/problem+json"
SCHEMA_NAME = "GovProblem"

FIELD_ERROR = {
    "title": "GovFieldError",
    "type": "object",
    "required": ["loc", "msg"],
    "properties": {
        "loc": {"type": "array", "items": {"anyOf": [{"type": "string"}, {"type": "integer"}]},
                "description": "Where the error is: the field name, then nested keys"},
        "msg": {"type": "string", "description": "What is wrong, in the reader's language"},
    },
}

SCHEMA = {
    "title": SCHEMA_NAME,
    "type": "object",
    "required": ["type", "title", "status"],
    "properties": {
        "type": {"type": "string", "description": "A URI naming the kind of problem; about:blank"},
        "title": {"type": "string", "description": "The HTTP status phrase"},
        "status": {"type": "integer", "minimum": 400, "maximum": 599},
        "detail": {"type": "string", "description": "What happened, for a person"},
        "errors": {"type": "array", "items": FIELD_ERROR,
                   "description": "Field errors of a 400: one per wrong field"},
    },
}

DESCRIPTIONS = {
    400: "Invalid input: `errors` names each wrong field; nothing was changed",
    401: "No valid bearer token (the response carries `WWW-Authenticate: Bearer`)",
    403: "The token's user may not do this (role, or their own request)",
    404: "Not found, or not visible to the caller (the same answer for both)",
    409: "Not allowed in the current state; nothing was changed",
    415: "The body must be JSON (`Content-Type: application/json`)",
    429: "Too many: the limit for this visitor is reached; try again later",
}

EXAMPLES = {
    400: {"type": "about:blank", "title": "Bad Request", "status": 400, "detail": "Invalid input",
          "errors": [{"loc": ["limit"], "msg": "Must be between 1 and 100."}]},
    401: {"type": "about:blank", "title": "Unauthorized", "status": 401, "detail": "Unauthorized"},
    403: {"type": "about:blank", "title": "Forbidden", "status": 403,
          "detail": "Your role does not allow this on this request."},
    404: {"type": "about:blank", "title": "Not Found", "status": 404, "detail": "Not found"},
    409: {"type": "about:blank", "title": "Conflict", "status": 409,
          "detail": "This request is not awaiting a decision."},
    415: {"type": "about:blank", "title": "Unsupported Media Type", "status": 415,
          "detail": "Send the body as application/json."},
    429: {"type": "about:blank", "title": "Too Many Requests", "status": 429,
          "detail": "You have answered this survey often today. Thank you."},
}

WWW_AUTHENTICATE = {
    "description": "The scheme to authenticate with: `Bearer`",
    "schema": {"type": "string", "example": "Bearer"},
}


def response(status):
    """The OpenAPI response object of an error status."""
    declared = {
        "description": DESCRIPTIONS[status],
        "content": {PROBLEM_JSON: {
            "schema": {"$ref": "#/components/schemas/" + SCHEMA_NAME},
            "example": EXAMPLES[status],
        }},
    }
    if status == 401:
        declared["headers"] = {"WWW-Authenticate": WWW_AUTHENTICATE}
    return declared
