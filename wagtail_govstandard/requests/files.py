"""The Wagtail documents a draft gets from a request's files: private until the page is live.

A draft made from a request lists the request's files as its attachments, so they are copied
into Wagtail documents. They are created in one private collection (`PRIVATE_COLLECTION_NAME`)
that carries a CollectionViewRestriction of type "groups" naming the Webmasters group (those who
edit the draft; superusers pass too). Wagtail applies that restriction on every public route:
`/documents/<id>/<name>` redirects to the login, `/api/v2/documents/` and `/api/v3/documents/`
leave the documents out of lists and details. When the page goes live its request documents
move to the root collection (public, like any document); a take-down (unpublish) or a deleted
page moves them back. Providers and heads keep reading the request's own files through the
request's views, which check their role.

Why not copy only at publication: the webmaster reviews the draft with its files (preview,
editor), and Wagtail's own restriction covers every document route, present and future.
"""

from wagtail.documents import get_document_model
from wagtail.models import BaseViewRestriction, Collection, CollectionViewRestriction, Page

from wagtail_govstandard import roles

# Data, not interface text: one name whatever the language of whoever first drafts a page.
PRIVATE_COLLECTION_NAME = "ไฟล์คำขอที่ยังไม่เผยแพร่ (Request files not yet published, webmasters only)"


def public_collection():
    return Collection.get_first_root_node()


def private_collection():
    """The restricted collection, made (and its restriction put back) when missing."""
    from django.contrib.auth.models import Group

    name = PRIVATE_COLLECTION_NAME
    root = public_collection()
    collection = root.get_children().filter(name=name).first() or root.add_child(name=name)
    restriction = CollectionViewRestriction.objects.filter(
        collection=collection, restriction_type=BaseViewRestriction.GROUPS
    ).first() or CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=BaseViewRestriction.GROUPS
    )
    webmasters, _created = Group.objects.get_or_create(name=roles.WEBMASTER)
    restriction.groups.add(webmasters)
    return collection


def documents_of_page(page_id):
    """The documents copied from the files of the request `page_id` was made from."""
    from wagtail_govstandard.requests.models import RequestAttachment

    copies = RequestAttachment.objects.filter(request__page_id=page_id, document__isnull=False)
    return get_document_model().objects.filter(pk__in=copies.values("document_id"))


def publish_documents(page):
    """The page is live: its request documents are public."""
    root = public_collection()
    documents_of_page(page.pk).exclude(collection=root).update(collection=root)


def withdraw_documents(page):
    """The page is no longer live (taken down or deleted): its request documents are private again."""
    documents = documents_of_page(page.pk)
    if documents.exists():
        documents.update(collection=private_collection())


def on_page_published(sender, instance, **kwargs):
    publish_documents(instance)


def on_page_unpublished(sender, instance, **kwargs):
    withdraw_documents(instance)


def on_page_deleted(sender, instance, **kwargs):
    """pre_delete: read while the request still links to the page (SET_NULL comes after)."""
    withdraw_documents(instance)


def connect():
    from django.db.models.signals import pre_delete
    from wagtail.signals import page_published, page_unpublished

    page_published.connect(on_page_published, dispatch_uid="govstandard_request_files_public")
    page_unpublished.connect(on_page_unpublished, dispatch_uid="govstandard_request_files_private")
    pre_delete.connect(on_page_deleted, sender=Page, dispatch_uid="govstandard_request_files_deleted")


def secure_existing_drafts():
    """Drafts made before request documents were tracked (migration 0007) had them in the root
    collection, unlinked: link them (the page's attachments with the request files' titles) and
    make those of pages that are not live private. Run by setup (govstandard_setup, post_migrate)."""
    from wagtail_govstandard.requests.models import PublicationRequest

    legacy = PublicationRequest.objects.filter(
        page__isnull=False, attachments__isnull=False, attachments__document__isnull=True
    ).distinct().select_related("page")
    for request_obj in legacy:
        page = request_obj.page.specific
        unclaimed = {}
        for item in page.attachments.all() if hasattr(page, "attachments") else ():
            unclaimed.setdefault(item.document.title, []).append(item.document)
        for attachment in request_obj.attachments.filter(document__isnull=True):
            if unclaimed.get(attachment.display_title):
                attachment.document = unclaimed[attachment.display_title].pop(0)
                attachment.save(update_fields=["document"])
        if not page.live:
            withdraw_documents(page)
