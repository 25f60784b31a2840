"""Uploads refused through the Wagtail admin's own document forms (single and multiple upload):
a renamed executable, SVG and HTML carrying script, a file over the size limit. Nothing is stored."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents import get_document_model

from tests.utils import make_user, pdf_bytes

EXE = (b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 48
       + b"This program cannot be run in DOS mode.\r\r\n$" + b"\x00" * 200)
SVG = b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
HTML = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"

HOSTILE = [
    ("renamed-exe", "report.pdf", EXE),
    ("exe", "setup.exe", EXE),
    ("svg-with-script", "chart.svg", SVG),
    ("svg-renamed-png", "chart.png", SVG),
    ("html-as-txt", "notes.txt", HTML),
    ("html-renamed-pdf", "notes.pdf", HTML),
]


@pytest.fixture
def admin_client(client, db):
    client.force_login(make_user("admin", superuser=True))
    return client


@pytest.mark.parametrize("name, content", [h[1:] for h in HOSTILE], ids=[h[0] for h in HOSTILE])
def test_admin_upload_refuses_hostile_file(admin_client, name, content):
    response = admin_client.post(
        "/admin/documents/add/", {"title": "hostile", "file": SimpleUploadedFile(name, content)}
    )
    assert response.status_code == 200, "the form was accepted"
    assert response.context["form"].errors.get("file"), "no error shown on the file field"
    assert get_document_model().objects.count() == 0


@pytest.mark.parametrize("name, content", [h[1:] for h in HOSTILE], ids=[h[0] for h in HOSTILE])
def test_admin_multiple_upload_refuses_hostile_file(admin_client, name, content):
    response = admin_client.post(
        "/admin/documents/multiple/add/", {"files[]": SimpleUploadedFile(name, content)},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert response.status_code == 200
    assert response.json()["success"] is False
    assert response.json()["error_message"]
    assert get_document_model().objects.count() == 0


def test_admin_upload_refuses_file_over_the_limit(admin_client, settings):
    settings.WAGTAILGOVSTANDARD_UPLOAD_MAX_BYTES = 1024
    big = SimpleUploadedFile("big.pdf", pdf_bytes("x" * 4096))
    response = admin_client.post("/admin/documents/add/", {"title": "big", "file": big})
    assert response.status_code == 200
    assert "1 KB" in " ".join(response.context["form"].errors["file"])
    assert get_document_model().objects.count() == 0


def test_admin_upload_accepts_a_real_pdf(admin_client):
    """The control: the same form takes an honest file, so the refusals above are about content."""
    response = admin_client.post(
        "/admin/documents/add/", {"title": "report", "file": SimpleUploadedFile("report.pdf", pdf_bytes())}
    )
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    assert get_document_model().objects.count() == 1
