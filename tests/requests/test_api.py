"""/api/v3/govstandard/requests/: every route, every error code (401/403/404/409/400), never a 500."""

import pytest
from django.core import mail

from tests.requests.conftest import file_request, pdf_upload
from tests.utils import bearer
from wagtail_govstandard.models import NewsPage, PublicationRequest

URL = "/api/v3/govstandard/requests/"


def post(client, user, path, payload=None):
    headers = bearer(user) if user else {}
    return client.post(URL + path, payload or {}, content_type="application/json", headers=headers)


def test_provider_files_with_attachments_multipart(client, crew):
    response = client.post(URL, {
        "work_group": crew.planning.pk, "subject": "ข่าวประชาสัมพันธ์", "details": "สรุป",
        "requested_category": "news", "requester_position": "พยาบาลวิชาชีพ",
        "attachments": [pdf_upload("a.pdf"), pdf_upload("b.pdf")],
    }, headers=bearer(crew.provider))
    assert response.status_code == 201, response.content
    data = response.json()
    assert data["status"] == "submitted" and data["requester_name"] == "สมชาย ใจดี"
    assert [a["title"] for a in data["attachments"]] == ["a.pdf", "b.pdf"]
    assert data["actions"] == []
    assert len(mail.outbox) == 2


def test_create_bad_input_is_400_with_field_errors_and_nothing_saved(client, crew):
    response = client.post(URL, {
        "work_group": crew.promotion.pk, "subject": "", "details": "x", "external_link": "not a url",
        "attachments": [pdf_upload("x.exe")],
    }, headers=bearer(crew.provider))
    assert response.status_code == 400
    fields = {e["loc"][-1] for e in response.json()["errors"]}
    assert {"work_group", "external_link", "attachments"} <= fields
    response = client.post(URL, {"subject": "only"}, headers=bearer(crew.provider))
    assert response.status_code == 400
    assert not PublicationRequest.objects.exists() and not mail.outbox


def test_without_token_401_and_without_role_403(client, crew):
    assert client.get(URL).status_code == 401
    assert client.post(URL, {}).status_code == 401
    crew.planning.members.add(crew.outsider)
    response = client.post(URL, {"work_group": crew.planning.pk, "subject": "x", "details": "y"},
                           headers=bearer(crew.outsider))
    assert response.status_code == 403


def test_list_is_scoped_by_role(client, crew):
    own = file_request(crew.provider, crew.planning)
    other = file_request(crew.provider2, crew.promotion)

    def ids(user, query=""):
        response = client.get(URL + query, headers=bearer(user))
        assert response.status_code == 200
        return sorted(item["id"] for item in response.json()["items"])

    assert ids(crew.provider) == [own.pk]
    assert ids(crew.head) == [own.pk]
    assert ids(crew.head2) == [other.pk]
    assert ids(crew.webmaster) == sorted([own.pk, other.pk])
    assert ids(crew.webmaster, "?work_group=health-promotion") == [other.pk]
    assert ids(crew.outsider) == []


def test_list_query_count_does_not_grow(client, crew, django_assert_max_num_queries):
    for _n in range(3):
        file_request(crew.provider, crew.planning, files=[pdf_upload()])
    headers = bearer(crew.webmaster)
    with django_assert_max_num_queries(20) as few:
        client.get(URL, headers=headers)
    for _n in range(10):
        file_request(crew.provider, crew.planning, files=[pdf_upload()])
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(URL, headers=headers)
    assert response.json()["count"] == 13


def test_detail_and_forged_ids_are_404(client, crew):
    request_obj = file_request(crew.provider, crew.planning)
    assert client.get(f"{URL}{request_obj.pk}/", headers=bearer(crew.head)).status_code == 200
    for user in (crew.provider2, crew.head2, crew.outsider):
        assert client.get(f"{URL}{request_obj.pk}/", headers=bearer(user)).status_code == 404
        assert post(client, user, f"{request_obj.pk}/approve").status_code == 404
    assert client.get(f"{URL}999999/", headers=bearer(crew.webmaster)).status_code == 404
    assert post(client, crew.webmaster, "999999/publish", {"category": "news", "parent": 1}).status_code == 404


def test_approve_403_for_own_request_and_409_when_decided(client, crew):
    request_obj = file_request(crew.head, crew.planning)
    response = post(client, crew.head, f"{request_obj.pk}/approve")
    assert response.status_code == 403
    assert post(client, crew.webmaster, f"{request_obj.pk}/approve").status_code == 403
    response = post(client, crew.cohead, f"{request_obj.pk}/approve", {"note": "ok", "position": "หัวหน้า"})
    assert response.status_code == 200 and response.json()["status"] == "approved"
    history_count = request_obj.history.count()
    response = post(client, crew.cohead, f"{request_obj.pk}/reject", {"reasons": ["other"], "other": "x"})
    assert response.status_code == 409 and "approved" in response.json()["detail"]
    assert request_obj.history.count() == history_count


def test_reject_400_then_200(client, crew):
    request_obj = file_request(crew.provider, crew.planning)
    response = post(client, crew.head, f"{request_obj.pk}/reject", {"reasons": ["nonsense"]})
    assert response.status_code == 400
    response = post(client, crew.head, f"{request_obj.pk}/reject", {"note": "no reasons field"})
    assert response.status_code == 400
    response = post(client, crew.head, f"{request_obj.pk}/reject", {"reasons": ["unrelated"], "note": "นอกภารกิจ"})
    assert response.status_code == 200
    assert response.json()["rejection_reasons"] == ["unrelated"]


def test_verbal_approval_and_confirm(client, crew):
    request_obj = file_request(crew.provider, crew.planning)
    path = f"{request_obj.pk}/verbal-approval"
    assert post(client, crew.head, path, {"head": crew.head.pk, "note": "x"}).status_code == 403
    response = post(client, crew.webmaster, path, {"head": crew.head2.pk, "note": "x"})
    assert response.status_code == 400
    response = post(client, crew.webmaster, path, {"head": "abc", "note": "x"})
    assert response.status_code == 400
    response = post(client, crew.webmaster, path, {"head": crew.head.pk, "note": "อนุญาตทางโทรศัพท์",
                                                   "approved_at": "2026-11-27T09:30:00+07:00"})
    assert response.status_code == 200, response.content
    data = response.json()
    assert data["approval_mode"] == "verbal" and data["awaiting_verbal_confirmation"] is True
    assert data["decided_by"] == crew.head.pk
    assert post(client, crew.cohead, f"{request_obj.pk}/confirm").status_code == 403
    response = post(client, crew.head, f"{request_obj.pk}/confirm", {"note": "ยืนยัน"})
    assert response.status_code == 200 and response.json()["awaiting_verbal_confirmation"] is False
    assert post(client, crew.head, f"{request_obj.pk}/confirm").status_code == 409


def test_publish_returns_the_page(client, crew, site_tree):
    request_obj = file_request(crew.provider, crew.planning, files=[pdf_upload()])
    path = f"{request_obj.pk}/publish"
    body = {"category": "news", "parent": site_tree.news.pk}
    assert post(client, crew.webmaster, path, body).status_code == 409  # not approved yet
    post(client, crew.head, f"{request_obj.pk}/approve")
    assert post(client, crew.head, path, body).status_code == 403
    assert post(client, crew.webmaster, path, {"category": "news"}).status_code == 400
    assert post(client, crew.webmaster, path, {"category": "nope", "parent": site_tree.news.pk}).status_code == 400
    assert post(client, crew.webmaster, path, {"category": "news", "parent": 987654}).status_code == 400
    assert NewsPage.objects.count() == 0

    response = post(client, crew.webmaster, path, body)
    assert response.status_code == 200, response.content
    data = response.json()
    page = NewsPage.objects.get(pk=data["page_id"])
    assert data["live"] is False and data["page_url"] is None and f"/pages/{page.pk}/edit/" in data["edit_url"]
    assert data["request"]["status"] == "approved" and data["request"]["page"] == page.pk
    assert post(client, crew.webmaster, path, body).status_code == 409


def test_publish_now_goes_live_and_tells_the_owner(client, crew, site_tree):
    request_obj = file_request(crew.provider, crew.planning)
    post(client, crew.head, f"{request_obj.pk}/approve")
    mail.outbox.clear()
    response = post(client, crew.webmaster, f"{request_obj.pk}/publish",
                    {"category": "news", "parent": site_tree.news.pk, "publish_now": True})
    assert response.status_code == 200, response.content
    data = response.json()
    assert data["live"] is True and data["page_url"].startswith("http")
    assert data["request"]["status"] == "published" and data["request"]["published_by"] == crew.webmaster.pk
    [notice] = mail.outbox
    assert notice.to == ["provider@example.go.th"] and data["page_url"] in notice.body


@pytest.mark.parametrize("body", ["not json", "[]", '{"reasons": "x"}'])
def test_malformed_bodies_are_400(client, crew, body):
    request_obj = file_request(crew.provider, crew.planning)
    response = client.post(f"{URL}{request_obj.pk}/reject", body, content_type="application/json",
                           headers=bearer(crew.head))
    assert response.status_code == 400


def test_routes_are_in_the_openapi_document(client):
    paths = client.get("/api/v3/openapi.json").json()["paths"]
    for suffix in ("", "{request_id}/", "{request_id}/approve/", "{request_id}/reject/",
                   "{request_id}/verbal-approval/", "{request_id}/confirm/", "{request_id}/publish/",
                   "{request_id}/attachments/{attachment_id}/"):
        assert f"/api/v3/govstandard/requests/{suffix}" in paths


def test_resubmit_after_rejection_is_a_new_round(client, crew):
    request_obj = file_request(crew.provider, crew.planning)

    def fields():
        return {"work_group": crew.planning.pk, "subject": "แก้ไขแล้ว", "details": "ครบ",
                "attachments": [pdf_upload("v2.pdf")]}

    assert client.post(f"{URL}{request_obj.pk}/resubmit", fields(), headers=bearer(crew.provider)).status_code == 409
    post(client, crew.head, f"{request_obj.pk}/reject", {"reasons": ["incomplete"]})
    assert client.post(f"{URL}{request_obj.pk}/resubmit", fields(), headers=bearer(crew.head)).status_code == 403
    response = client.post(f"{URL}{request_obj.pk}/resubmit", fields(), headers=bearer(crew.provider))
    assert response.status_code == 200, response.content
    data = response.json()
    assert (data["status"], data["round"], data["subject"]) == ("submitted", 2, "แก้ไขแล้ว")
    assert [(a["title"], a["round"]) for a in data["attachments"]] == [("v2.pdf", 2)]
