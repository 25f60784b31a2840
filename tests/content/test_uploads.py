"""Uploads through the Wagtail admin are checked by content, not by name, and by size."""

import pytest
from django.core.files.storage import default_storage
from django.urls import reverse
from wagtail.documents import get_document_model

from tests.utils import PASSWORD, make_user, pdf_bytes, png_bytes, upload

EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 200 + b"PE\x00\x00"
HTML_WITH_SCRIPT = b"<html><body><script>alert('x')</script>hello</body></html>"
SVG = b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'

REFUSED = [
    ("renamed-exe", "report.pdf", EXE, "not a PDF file"),
    ("html-as-text", "notes.txt", HTML_WITH_SCRIPT, "not a TXT file"),
    ("svg", "logo.svg", SVG, "“svg” are not allowed"),
    ("svg-as-png", "logo.png", SVG, "not a PNG file"),
]


@pytest.fixture
def admin_client(client, db):
    make_user("admin", superuser=True)
    client.login(username="admin", password=PASSWORD)
    return client


def _stored_files():
    try:
        return default_storage.listdir("documents")[1]
    except FileNotFoundError:
        return []


def _add(admin_client, name, content):
    return admin_client.post(
        reverse("wagtaildocs:add"), {"title": name, "file": upload(name, content), "collection": 1}
    )


@pytest.mark.parametrize("case, name, content, message", REFUSED, ids=[c[0] for c in REFUSED])
def test_add_form_refuses_with_a_clear_message_and_stores_nothing(admin_client, case, name, content, message):
    files_before = _stored_files()
    response = _add(admin_client, name, content)
    assert response.status_code == 200  # the form again, with the error
    assert message in response.content.decode()
    assert get_document_model().objects.count() == 0
    assert _stored_files() == files_before


@pytest.mark.parametrize("case, name, content, message", REFUSED, ids=[c[0] for c in REFUSED])
def test_multiple_upload_refuses_too(admin_client, case, name, content, message):
    response = admin_client.post(reverse("wagtaildocs:add_multiple"), {"files[]": upload(name, content)})
    data = response.json()
    assert data["success"] is False and message in data["error_message"]
    assert get_document_model().objects.count() == 0


def test_oversize_file_is_refused(admin_client, settings):
    settings.WAGTAILGOVSTANDARD_UPLOAD_MAX_BYTES = 1024
    response = _add(admin_client, "big.pdf", pdf_bytes("x" * 2000))
    assert "the largest allowed is 1 KB" in response.content.decode()
    assert get_document_model().objects.count() == 0


def test_real_pdf_and_png_are_accepted(admin_client):
    files_before = len(_stored_files())
    response = _add(admin_client, "report.pdf", pdf_bytes())
    assert response.status_code == 302
    response = admin_client.post(reverse("wagtaildocs:add_multiple"), {"files[]": upload("chart.png", png_bytes())})
    assert response.json()["success"] is True
    documents = get_document_model().objects.order_by("pk")
    assert [d.file_extension for d in documents] == ["pdf", "png"]
    assert len(_stored_files()) == files_before + 2


def test_replacing_a_file_with_a_renamed_executable_keeps_the_old_one(admin_client):
    _add(admin_client, "report.pdf", pdf_bytes())
    document = get_document_model().objects.get()
    old_name = document.file.name
    response = admin_client.post(
        reverse("wagtaildocs:edit", args=[document.pk]),
        {"title": "report", "file": upload("report.pdf", EXE), "collection": 1},
    )
    assert "not a PDF file" in response.content.decode()
    document.refresh_from_db()
    assert document.file.name == old_name


@pytest.mark.parametrize("case, name, content, message", REFUSED, ids=[c[0] for c in REFUSED])
def test_v3_api_upload_refuses_with_the_same_message(client, db, case, name, content, message):
    from tests.utils import bearer

    headers = bearer(make_user("api-admin", superuser=True))
    files_before = _stored_files()
    response = client.post("/api/v3/documents/", {"title": name, "file": upload(name, content)}, headers=headers)
    assert response.status_code == 422, response.content  # Wagtail's own v3 route: 422 with field errors
    error = response.json()["errors"][0]
    assert error["loc"] == ["file"] and message in error["msg"]
    assert get_document_model().objects.count() == 0
    assert _stored_files() == files_before


def test_v3_api_accepts_a_real_pdf(client, db):
    from tests.utils import bearer

    headers = bearer(make_user("api-admin", superuser=True))
    response = client.post("/api/v3/documents/", {"title": "รายงาน", "file": upload("report.pdf", pdf_bytes())},
                           headers=headers)
    assert response.status_code == 201, response.content
    assert get_document_model().objects.get().file_extension == "pdf"
