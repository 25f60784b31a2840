"""/api/v3/openapi.json is a contract: it validates, and says what the package's routes answer."""

import pytest
from openapi_spec_validator import validate

from tests.requests.conftest import file_request, pdf_upload
from tests.utils import bearer, pdf_bytes
from wagtail_govstandard.api import openapi, problems
from wagtail_govstandard.content import categories

SPEC = "/api/v3/openapi.json"
REQUESTS = "/api/v3/govstandard/requests/"


@pytest.fixture
def spec(client, db):
    response = client.get(SPEC)
    assert response.status_code == 200
    return response.json()


def package_operations(spec):
    return [
        (path, method, operation)
        for path, operations in spec["paths"].items() if "/govstandard/" in path
        for method, operation in operations.items()
    ]


def test_the_live_document_validates(spec):
    validate(spec)  # raises on any error (Wagtail 8.0.1's own document does not pass)
    assert "AllowAnonymous" not in spec["components"]["securitySchemes"]
    assert spec["components"]["securitySchemes"]["BearerTokenAuth"] == {"type": "http", "scheme": "bearer"}


def test_public_routes_say_token_optional(spec):
    operations = {op["operationId"]: op for _p, _m, op in package_operations(spec)}
    for public in ("govstandard_categories", "govstandard_pages", "govstandard_stats",
                   "govstandard_survey_results", "govstandard_survey_respond", "govstandard_record_visit"):
        assert {} in operations[public]["security"], public
    for private in ("govstandard_requests_list", "govstandard_requests_approve", "govstandard_compliance",
                    "govstandard_requests_attachment"):
        assert operations[private]["security"] == [{"BearerTokenAuth": []}], private


def test_every_operation_declares_its_errors_and_every_response_a_schema(spec):
    seen = set()
    for path, method, operation in package_operations(spec):
        operation_id = operation["operationId"]
        seen.add(operation_id)
        assert len(operation["tags"]) == len(set(operation["tags"])), operation_id
        # The optional queue app declares its own problem+json responses (checked below like any).
        for status in openapi.ERRORS.get(operation_id, ()):
            declared = operation["responses"][str(status)]
            body = declared["content"][problems.PROBLEM_JSON]
            assert body["schema"] == {"$ref": "#/components/schemas/GovProblem"}
            assert body["example"]["status"] == status
        for status, declared in operation["responses"].items():
            if status == "304":  # Not Modified has no body
                continue
            assert declared.get("content"), f"{method} {path} {status} has no schema"
            for media in declared["content"].values():
                assert media.get("schema"), f"{method} {path} {status} has no schema"
    assert set(openapi.ERRORS) <= seen, "a stale entry in the error list"
    unlisted = {o for o in seen - set(openapi.ERRORS) if not o.startswith("govstandard_queue")}
    assert not unlisted, f"operations without their error list: {sorted(unlisted)}"


def test_parameters_carry_bounds_enums_and_formats(spec):
    pages = {p["name"]: p["schema"] for p in spec["paths"]["/api/v3/govstandard/pages/"]["get"]["parameters"]}
    assert pages["limit"]["minimum"] == 1 and pages["limit"]["maximum"] == 100
    assert pages["category"]["enum"] == [c.code for c in categories.CATEGORIES]
    assert "job" in pages["kind"]["enum"] and "research" in pages["kind"]["enum"]
    assert pages["year"]["minimum"] == 2400
    results = spec["paths"]["/api/v3/govstandard/surveys/{slug}/results/"]["get"]
    dates = {p["name"]: p["schema"] for p in results["parameters"]}
    assert dates["start"]["format"] == "date" and dates["end"]["format"] == "date"
    body = results["responses"]["200"]["content"]["application/json"]["schema"]
    assert body == {"$ref": "#/components/schemas/SurveyResults"}
    assert {"survey", "count", "satisfaction_percent", "average", "reading_th", "questions",
            "respondent_types", "comments"} <= set(spec["components"]["schemas"]["SurveyResults"]["properties"])


def test_the_server_enforces_what_the_document_says(client, db):
    for query in ("limit=0", "limit=101", "year=-5", "category=nope", "kind=nope"):
        response = client.get("/api/v3/govstandard/pages/?" + query)
        assert response.status_code == 400, query
        assert response["Content-Type"] == problems.PROBLEM_JSON


def test_401_challenges_with_bearer(client, db):
    response = client.get(REQUESTS)
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Bearer"
    response = client.get(REQUESTS, headers={"Authorization": "Bearer not-a-token"})
    assert response.status_code == 401 and response["WWW-Authenticate"] == "Bearer"


@pytest.mark.parametrize("slash", ["/", ""])
def test_action_routes_answer_json_with_and_without_the_slash(client, crew, slash):
    request_obj = file_request(crew.provider, crew.planning)
    url = f"{REQUESTS}{request_obj.pk}/approve{slash}"
    response = client.post(url, {"note": "ok"}, content_type="application/json", headers=bearer(crew.head))
    assert response.status_code == 200, response.content
    assert response.json()["status"] == "approved"
    again = client.post(url, {}, content_type="application/json", headers=bearer(crew.head))
    assert again.status_code == 409 and again["Content-Type"] == problems.PROBLEM_JSON
    anonymous = client.post(url, {}, content_type="application/json")
    assert anonymous.status_code == 401 and anonymous["Content-Type"] == problems.PROBLEM_JSON


def test_the_document_lists_each_action_once_with_its_slash(spec):
    actions = [p for p in spec["paths"] if p.startswith(REQUESTS + "{request_id}/")]
    assert all(p.endswith("/") for p in actions), actions
    assert REQUESTS + "{request_id}/approve/" in actions


def test_attachments_download_with_the_bearer_token_and_the_role_is_checked(client, crew):
    request_obj = file_request(crew.provider, crew.planning, files=[pdf_upload("brief.pdf")])
    detail = client.get(f"{REQUESTS}{request_obj.pk}/", headers=bearer(crew.provider)).json()
    url = detail["attachments"][0]["url"]
    assert url.startswith(f"http://testserver{REQUESTS}{request_obj.pk}/attachments/"), url
    path = url.removeprefix("http://testserver")
    for user in (crew.provider, crew.head, crew.webmaster):
        response = client.get(path, headers=bearer(user))
        assert response.status_code == 200, user
        assert b"".join(response.streaming_content) == pdf_bytes()
        assert 'filename="brief.pdf"' in response["Content-Disposition"]
    for user in (crew.provider2, crew.head2, crew.outsider):  # another work group's file
        response = client.get(path, headers=bearer(user))
        assert response.status_code == 404 and response["Content-Type"] == problems.PROBLEM_JSON
    response = client.get(path)
    assert response.status_code == 401 and response["WWW-Authenticate"] == "Bearer"
    other = file_request(crew.provider2, crew.promotion, files=[pdf_upload("x.pdf")])
    forged = f"{REQUESTS}{request_obj.pk}/attachments/{other.attachments.get().pk}/"
    assert client.get(forged, headers=bearer(crew.webmaster)).status_code == 404


def test_every_path_under_the_package_answers_json(client, crew):
    for method, path in (("get", REQUESTS + "abc/"), ("post", REQUESTS + "abc/approve/"),
                         ("get", "/api/v3/govstandard/no-such-route/")):
        response = getattr(client, method)(path, headers=bearer(crew.head))
        assert response.status_code == 404, path
        assert response["Content-Type"] == problems.PROBLEM_JSON


def test_request_filters_refuse_what_the_document_does_not_allow(client, crew):
    for query in ("status=nope", "work_group=a%00b"):
        response = client.get(REQUESTS + "?" + query, headers=bearer(crew.head))
        assert response.status_code == 400, query
