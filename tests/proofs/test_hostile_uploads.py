"""Every upload path × every hostile file (issue #11, finding 5): each is refused with a message that
says what was found, and nothing is stored — no Document, no request attachment, no file under
MEDIA_ROOT. The paths: the admin's single and multiple document upload, `POST /api/v3/documents/`,
and request attachments (the admin form and `POST /api/v3/govstandard/requests/`)."""

import io
import os
import zipfile
from functools import cache

import pytest
from django.conf import settings as django_settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents import get_document_model

from tests.requests.conftest import build_crew
from tests.utils import bearer, make_user, pdf_bytes
from wagtail_govstandard.content.uploads import validate_upload
from wagtail_govstandard.models import PublicationRequest, RequestAttachment

EXE = (b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 48
       + b"This program cannot be run in DOS mode.\r\r\n$" + b"\x00" * 200)
SVG = b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
HTML = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
OOXML = {
    "docx": ("word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml"),
    "xlsx": ("xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml"),
    "pptx": ("ppt/presentation.xml", "application/vnd.openxmlformats-officedocument.presentationml"),
}


def zip_of(members, first=None):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        if first:
            archive.writestr(first[0], first[1], compress_type=zipfile.ZIP_STORED)
        for name, content in members.items():
            archive.writestr(name, content)
    return out.getvalue()


def office(kind, extra):
    part, _type = OOXML[kind]
    return zip_of({"[Content_Types].xml": "<Types/>", "_rels/.rels": "<Relationships/>", part: "<x/>", **extra})


def odt(extra):
    return zip_of({"content.xml": "<office:document-content/>", **extra},
                  first=("mimetype", "application/vnd.oasis.opendocument.text"))


@cache
def zip_bomb():
    """201 MB of zeros, 200 KB packed: over the default 200 MB unpacked bound."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("zeros.txt", b"\0" * (201 * 1024 * 1024))
    return out.getvalue()


EMBEDDED_FILE = ("/Names << /EmbeddedFiles << /Names [(a.exe) 4 0 R] >> >>",
                 ["<< /Type /Filespec /F (a.exe) /EF << /F 5 0 R >> >>",
                  "<< /Type /EmbeddedFile /Length 2 >>\nstream\nMZ\nendstream"])

# (id, file name, content thunk, what the message names)
HOSTILE = [
    ("renamed-exe", "report.pdf", lambda: EXE, "not a PDF file"),
    ("exe", "setup.exe", lambda: EXE, "are not allowed"),
    ("svg-with-script", "chart.svg", lambda: SVG, "are not allowed"),
    ("svg-renamed-png", "chart.png", lambda: SVG, "not a PNG file"),
    ("html-as-txt", "notes.txt", lambda: HTML, "not a TXT file"),
    ("html-renamed-pdf", "notes.pdf", lambda: HTML, "not a PDF file"),
    ("zip-with-exe", "files.zip", lambda: zip_of({"readme.txt": "hi", "setup.exe": EXE}), "executable file"),
    ("zip-with-renamed-exe", "files.zip", lambda: zip_of({"photo.jpg": EXE}), "executable file"),
    ("zip-in-zip-with-exe", "files.zip", lambda: zip_of({"inner.zip": zip_of({"run.bat": "@echo"})}),
     "executable file"),
    ("zip-too-many-entries", "files.zip", lambda: zip_of({"f%d.txt" % n: "x" for n in range(1001)}),
     "more than 1000 files"),
    ("zip-bomb", "files.zip", zip_bomb, "once unpacked"),
    ("pdf-openaction-js", "report.pdf",
     lambda: pdf_bytes(catalog_extra="/OpenAction << /S /JavaScript /JS (app.alert(1)) >>"), "JavaScript"),
    ("pdf-names-javascript", "report.pdf",
     lambda: pdf_bytes(catalog_extra="/Names << /JavaScript 4 0 R >>",
                       objects=["<< /Names [(x) << /S /JavaScript /JS (app.alert(1)) >>] >>"]), "JavaScript"),
    ("pdf-js-hex-escaped-names", "report.pdf",
     lambda: pdf_bytes(catalog_extra="/OpenAction << /S /#4Aava#53cript /#4A#53 (app.alert(1)) >>"), "JavaScript"),
    ("pdf-launch", "report.pdf", lambda: pdf_bytes(catalog_extra="/OpenAction << /S /Launch /F (cmd.exe) >>"),
     "launch action"),
    ("pdf-embedded-file", "report.pdf",
     lambda: pdf_bytes(catalog_extra=EMBEDDED_FILE[0], objects=EMBEDDED_FILE[1]), "embedded file"),
    ("pdf-html-polyglot", "report.pdf", lambda: b"%PDF-1.4\n" + HTML, "polyglot"),
    ("pdf-with-html-tail", "report.pdf", lambda: pdf_bytes() + HTML, "polyglot"),
    *[("%s-with-macros" % kind, "book.%s" % kind,
       (lambda kind=kind: office(kind, {kind[0] + "l/vbaProject.bin": b"\xd0\xcf\x11\xe0" + b"\0" * 512})),
       "macros") for kind in ("docx", "xlsx", "pptx")],
    ("docx-with-embedded-exe", "letter.docx", lambda: office("docx", {"word/embeddings/oleObject1.bin": EXE}),
     "executable file"),
    ("odt-with-basic-macros", "letter.odt", lambda: odt({"Basic/Standard/Module1.xml": "<script:module/>"}),
     "macros"),
    ("txt-script-after-8kb", "notes.txt", lambda: b"a" * 9000 + b"<html><script>alert(1)</script>",
     "markup a browser would run"),
    ("csv-script-after-8kb", "table.csv", lambda: b"a,b\n" * 3000 + b"<script>alert(1)</script>",
     "markup a browser would run"),
]


@pytest.fixture
def crew(db):
    return build_crew()


def _files_under_media_root():
    return sorted(os.path.join(root, name) for root, _dirs, names in os.walk(django_settings.MEDIA_ROOT)
                  for name in names)


def admin_single(client, crew, upload):
    client.force_login(make_user("admin", superuser=True))
    response = client.post("/admin/documents/add/", {"title": "hostile", "file": upload, "collection": 1})
    assert response.status_code == 200, "the form was accepted"
    return " ".join(response.context["form"].errors.get("file", []))


def admin_multiple(client, crew, upload):
    client.force_login(make_user("admin", superuser=True))
    response = client.post("/admin/documents/multiple/add/", {"files[]": upload},
                           headers={"x-requested-with": "XMLHttpRequest"})
    assert response.status_code == 200 and response.json()["success"] is False
    return response.json()["error_message"]


def api_documents(client, crew, upload):
    response = client.post("/api/v3/documents/", {"title": "hostile", "file": upload},
                           headers=bearer(make_user("api-admin", superuser=True)))
    assert response.status_code == 422, response.content
    return " ".join(e["msg"] for e in response.json()["errors"] if e["loc"] == ["file"])


REQUEST_FIELDS = {"subject": "ขอเผยแพร่", "details": "รายละเอียด", "requested_category": "news",
                  "requester_position": "นักวิชาการ"}


def request_admin_form(client, crew, upload):
    client.force_login(crew.provider)
    response = client.post(reverse("wagtail_govstandard_requests:create"),
                           {"work_group": crew.planning.pk, **REQUEST_FIELDS, "attachments": [upload]})
    assert response.status_code == 200, "the form was accepted"
    return " ".join(response.context["form"].errors.get("attachments", []))


def request_api(client, crew, upload):
    response = client.post("/api/v3/govstandard/requests/",
                           {"work_group": crew.planning.pk, **REQUEST_FIELDS, "attachments": [upload]},
                           headers=bearer(crew.provider))
    assert response.status_code == 400, response.content
    return " ".join(e["msg"] for e in response.json()["errors"] if e["loc"][-1] == "attachments")


PATHS = [admin_single, admin_multiple, api_documents, request_admin_form, request_api]


@pytest.mark.parametrize("path", PATHS, ids=[p.__name__ for p in PATHS])
@pytest.mark.parametrize("name, content, found", [h[1:] for h in HOSTILE], ids=[h[0] for h in HOSTILE])
def test_every_upload_path_refuses_every_hostile_file(client, crew, path, name, content, found):
    files_before = _files_under_media_root()
    message = path(client, crew, SimpleUploadedFile(name, content(), content_type="application/octet-stream"))
    assert found in message, message
    assert get_document_model().objects.count() == 0
    assert not PublicationRequest.objects.exists() and not RequestAttachment.objects.exists()
    assert _files_under_media_root() == files_before


@pytest.mark.parametrize("path", PATHS, ids=[p.__name__ for p in PATHS])
def test_a_file_one_byte_over_the_limit_shows_sizes_that_differ(client, crew, settings, path):
    settings.WAGTAILGOVSTANDARD_UPLOAD_MAX_BYTES = 10 * 1024 * 1024
    content = pdf_bytes()
    content += b"%" * (10 * 1024 * 1024 + 1 - len(content))
    message = path(client, crew, SimpleUploadedFile("big.pdf", content))
    assert "10,485,761 bytes" in message and "10,485,760 bytes" in message, message
    assert get_document_model().objects.count() == 0 and not RequestAttachment.objects.exists()


HONEST = [
    ("pdf", "report.pdf", pdf_bytes),
    ("pdf-with-goto-openaction", "report.pdf",
     lambda: pdf_bytes(catalog_extra="/OpenAction [3 0 R /Fit]")),
    ("docx", "letter.docx", lambda: office("docx", {"word/media/image1.png": b"\x89PNG"})),
    ("zip", "files.zip", lambda: zip_of({"a.txt": "สวัสดี", "b.csv": "a,b\n1,2\n"})),
    ("txt-long", "notes.txt", lambda: "ข้อความ ".encode() * 5000),
]


@pytest.mark.parametrize("name, content", [h[1:] for h in HONEST], ids=[h[0] for h in HONEST])
def test_honest_files_pass_the_same_checks(name, content, settings):
    """The control (each path's own tests upload an honest PDF through it): the checks refuse content."""
    validate_upload(SimpleUploadedFile(name, content()))  # raises with the message if refused


def test_the_demo_files_pass_the_same_checks():
    from home.demo import files

    for name, content in (("report.pdf", files.pdf("Annual report", ["line"])),
                          ("table.xlsx", files.xlsx("Sheet", ["a", "b"], [["๑", 2]])),
                          ("letter.docx", files.docx(["สวัสดี"])), ("chart.png", files.bar_chart())):
        validate_upload(SimpleUploadedFile(name, content))


def test_the_refusal_speaks_thai_too():
    from django.utils import translation

    with translation.override("th"), pytest.raises(ValidationError) as refused:
        validate_upload(SimpleUploadedFile("files.zip", zip_of({"setup.exe": EXE})))
    assert "setup.exe" in refused.value.messages[0] and "ไฟล์" in refused.value.messages[0]
