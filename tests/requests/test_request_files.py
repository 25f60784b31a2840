"""Issue #11 finding 2: a request's files are not public before the page made from it is live.

The sweep: every anonymous document route of the example site (its url confs: /documents/,
/api/v2/ with the documents endpoint, /api/v3/ with Wagtail's documents router) is asked for the
copy of a request file while the page is a draft, live, taken down, and deleted. And the media
folder in development serves neither Wagtail documents nor request files by path.
"""

import pytest
from django.test import RequestFactory

from tests.requests.conftest import file_request, pdf_upload
from tests.requests.test_admin import login
from wagtail_govstandard.models import GovContentPage
from wagtail_govstandard.requests import forms, media, transitions


def anonymous_routes(document):
    """(route, is it public?) for every anonymous document route."""
    pk = document.pk

    def listed(response):
        data = response.json()
        items = data.get("items", data.get("results", []))
        return response.status_code == 200 and any(item.get("id") == pk for item in items)

    def found(response):
        return response.status_code == 200

    def served(response):
        return response.status_code == 200 and b"".join(response.streaming_content).startswith(b"%PDF")

    return [
        (f"/documents/{pk}/{document.filename}", served),
        ("/api/v2/documents/", listed),
        (f"/api/v2/documents/?id={pk}", listed),
        (f"/api/v2/documents/{pk}/", found),
        (f"/api/v2/documents/find/?id={pk}", lambda r: r.status_code in (200, 302)),
        ("/api/v3/documents/", listed),
        (f"/api/v3/documents/{pk}/", found),
    ]


def assert_public(client, document, expected):
    client.logout()
    for route, is_public in anonymous_routes(document):
        response = client.get(route)
        assert response.status_code < 500, route
        assert is_public(response) == expected, (route, response.status_code)
        if not expected and not route.startswith("/api/v2/documents/?") and route.endswith("/"):
            assert response.status_code in (302, 403, 404) or "items" in response.json(), route


def draft_from_request(crew, site_tree, publish_now=False):
    request_obj = file_request(crew.provider, crew.planning, files=[pdf_upload("คำสั่ง.pdf")])
    request_obj = transitions.approve(request_obj, crew.head, forms.ApproveForm({}))
    data = {"category": "news", "parent": site_tree.news.pk, "publish_now": publish_now}
    request_obj, page = transitions.draft_page(
        request_obj, crew.webmaster, lambda locked: forms.PublishForm(data, request_obj=locked))
    page = GovContentPage.objects.get(pk=page.pk).specific
    return request_obj, page, page.attachments.get().document


def test_draft_files_private_public_when_live_private_after_take_down_and_delete(client, crew, site_tree):
    request_obj, page, document = draft_from_request(crew, site_tree)
    assert not page.live
    assert_public(client, document, False)

    # Those who work on the draft still open it: the webmaster (the editor), the provider through
    # the request's own file view.
    login(client, crew.webmaster)
    assert client.get(f"/documents/{document.pk}/{document.filename}").status_code == 200
    login(client, crew.provider)
    assert client.get(f"/documents/{document.pk}/{document.filename}").status_code != 200
    attachment = request_obj.attachments.get()
    assert client.get(f"/admin/govstandard/requests/{request_obj.pk}/files/{attachment.pk}/").status_code == 200

    page.get_latest_revision().publish(user=crew.webmaster)
    assert_public(client, document, True)

    page.refresh_from_db()
    page.unpublish(user=crew.webmaster)  # a take-down
    assert_public(client, document, False)

    page.get_latest_revision().publish(user=crew.webmaster)
    assert_public(client, document, True)
    GovContentPage.objects.get(pk=page.pk).delete()
    assert_public(client, document, False)


def test_published_at_once_then_deleted(client, crew, site_tree):
    _request_obj, page, document = draft_from_request(crew, site_tree, publish_now=True)
    assert page.live
    assert_public(client, document, True)
    GovContentPage.objects.get(pk=page.pk).delete()
    assert_public(client, document, False)


def test_a_deleted_draft_leaves_its_files_private(client, crew, site_tree):
    _request_obj, page, document = draft_from_request(crew, site_tree)
    assert_public(client, document, False)
    GovContentPage.objects.get(pk=page.pk).delete()
    assert_public(client, document, False)


def test_development_media_serves_neither_documents_nor_request_files_by_path(crew, site_tree, settings, tmp_path):
    request_obj, _page, document = draft_from_request(crew, site_tree)
    attachment = request_obj.attachments.get()
    factory = RequestFactory()
    for path in (document.file.name, attachment.file.name, "Documents/" + document.filename,
                 "images/../documents/" + document.filename, "/govstandard/requests/x.pdf",
                 "../" + document.file.name):
        with pytest.raises(media.Http404):
            media.serve_public_media(factory.get("/media/" + path), path)
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "photo.txt").write_text("public")
    settings.MEDIA_ROOT = str(tmp_path)
    assert media.serve_public_media(factory.get("/media/images/photo.txt"), "images/photo.txt").status_code == 200


def test_the_example_site_serves_media_only_through_that_view():
    """The url conf never uses static(MEDIA_URL) (a plain alias of every uploaded file)."""
    from pathlib import Path

    source = (Path(__file__).resolve().parents[2] / "example_site" / "config" / "urls.py").read_text()
    assert "static(settings.MEDIA_URL" not in source and "media_urlpatterns()" in source


def test_setup_secures_drafts_made_before_documents_were_tracked(client, crew, site_tree):
    """A draft from before migration 0007: its documents in the root collection, not linked."""
    from wagtail.models import Collection

    from wagtail_govstandard.requests import setup

    request_obj, _page, document = draft_from_request(crew, site_tree)
    request_obj.attachments.update(document=None)
    type(document).objects.filter(pk=document.pk).update(collection=Collection.get_first_root_node())
    assert_public(client, document, True)
    setup.run()
    assert request_obj.attachments.get().document_id == document.pk
    assert_public(client, document, False)
