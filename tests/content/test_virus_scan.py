"""The optional ClamAV hook (WAGTAILGOVSTANDARD_UPLOAD_CLAMD_SOCKET), against a fake clamd speaking
INSTREAM on a unix and a TCP socket: a found virus refuses the upload, a dead scanner too."""

import socket
import struct
import threading

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents import get_document_model

from tests.utils import make_user, pdf_bytes

EICAR_MARK = b"EICAR-STANDARD-ANTIVIRUS-TEST-FILE"


def _serve_once(server, received):
    connection, _address = server.accept()
    with connection:
        data = b""
        while not data.startswith(b"zINSTREAM\0") or len(data) < 10:
            data += connection.recv(65536)
        data = data[len(b"zINSTREAM\0"):]
        body = b""
        while True:
            while len(data) < 4:
                data += connection.recv(65536)
            (length,), data = struct.unpack(">I", data[:4]), data[4:]
            if length == 0:
                break
            while len(data) < length:
                data += connection.recv(65536)
            body, data = body + data[:length], data[length:]
        received.append(body)
        found = EICAR_MARK in body
        connection.sendall(b"stream: Eicar-Test-Signature FOUND\0" if found else b"stream: OK\0")


@pytest.fixture(params=["unix", "tcp"])
def clamd(request, tmp_path, settings):
    if request.param == "unix":
        server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        server.bind(str(tmp_path / "clamd.sock"))
        settings.WAGTAILGOVSTANDARD_UPLOAD_CLAMD_SOCKET = "unix:%s" % (tmp_path / "clamd.sock")
    else:
        server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        server.bind(("127.0.0.1", 0))
        settings.WAGTAILGOVSTANDARD_UPLOAD_CLAMD_SOCKET = "tcp:127.0.0.1:%d" % server.getsockname()[1]
    server.listen(1)
    server.settimeout(10)
    received = []
    thread = threading.Thread(target=_serve_once, args=(server, received), daemon=True)
    thread.start()
    yield received
    thread.join(10)
    server.close()


def test_a_virus_found_by_clamd_refuses_the_upload_and_stores_nothing(client, db, clamd):
    client.force_login(make_user("admin", superuser=True))
    infected = pdf_bytes("X5O!P%@AP[4\\PZX54(P^)7CC)7}$" + EICAR_MARK.decode())
    response = client.post("/admin/documents/add/", {"title": "x", "file": SimpleUploadedFile("a.pdf", infected),
                                                     "collection": 1})
    assert "the virus scanner found Eicar-Test-Signature" in " ".join(response.context["form"].errors["file"])
    assert get_document_model().objects.count() == 0
    assert clamd == [infected]  # the whole file went to the scanner, in its chunks


def test_a_clean_file_passes_the_scanner(db, clamd):
    from wagtail_govstandard.content.uploads import validate_upload

    validate_upload(SimpleUploadedFile("a.pdf", pdf_bytes("x" * 200_000)))
    assert len(clamd[0]) > 200_000


def test_an_unreachable_scanner_refuses_the_upload(settings, tmp_path):
    from wagtail_govstandard.content.uploads import validate_upload

    settings.WAGTAILGOVSTANDARD_UPLOAD_CLAMD_SOCKET = "unix:%s" % (tmp_path / "absent.sock")
    with pytest.raises(ValidationError, match="could not be reached"):
        validate_upload(SimpleUploadedFile("a.pdf", pdf_bytes()))


def test_no_scanner_by_default(settings):
    from wagtail_govstandard import conf

    assert conf.get("UPLOAD_CLAMD_SOCKET") is None
