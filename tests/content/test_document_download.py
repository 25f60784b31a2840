"""A reader downloads an attached file: Wagtail serves the stored bytes (the test storage is on disk)."""

from tests.utils import make_document, pdf_bytes


def test_attached_file_downloads(home, client):
    document = make_document(name="report.pdf", content=pdf_bytes("annual report"))
    response = client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")
