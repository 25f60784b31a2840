"""Find-or-create helpers for the demo steps: documents, images, published pages."""

import io

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from wagtail_govstandard.models import PageAttachment


def document(title, filename, make_bytes):
    """The document titled `title`, created from make_bytes() the first time."""
    Document = get_document_model()
    existing = Document.objects.filter(title=title).first()
    if existing:
        return existing
    doc = Document(title=title)
    doc.file.save(filename, ContentFile(make_bytes()), save=False)
    doc.file_size = doc.file.size
    doc.save()
    return doc


def image(title, make_bytes, filename="image.png"):
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    img = Image(title=title)
    img.file.save(filename, ImageFile(io.BytesIO(make_bytes()), name=filename), save=False)
    img.save()
    return img


def page(parent, model, slug, attachments=(), user=None, **fields):
    """The child of `parent` with `slug`; created and published (by `user`) the first time."""
    existing = parent.get_children().filter(slug=slug).first()
    if existing:
        return existing.specific
    new_page = model(slug=slug, owner=user, **fields)
    new_page.attachments = [PageAttachment(document=doc, sort_order=i) for i, doc in enumerate(attachments)]
    parent.add_child(instance=new_page)
    new_page.save_revision(user=user).publish(user=user)
    return new_page
