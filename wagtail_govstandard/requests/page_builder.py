"""The draft page a webmaster starts from: the right type for the category, prefilled from the request."""

import re

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.core.files.base import ContentFile
from django.db import models
from django.utils.html import escape, linebreaks
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.coreutils import find_available_slug
from wagtail.documents import get_document_model
from wagtail.fields import RichTextField, StreamField
from wagtail.log_actions import log
from wagtail.rich_text import RichText

from wagtail_govstandard.content import categories
from wagtail_govstandard.content.dates import local_today
from wagtail_govstandard.content.models.attachments import PageAttachment
from wagtail_govstandard.requests import files


def page_model_for(category_code):
    """The first page type the registry names for the category."""
    return apps.get_model("wagtail_govstandard", categories.get(category_code).page_types[0])


def body_html(request_obj):
    """The request's details (escaped: user-written) and external link, as rich text."""
    html = linebreaks(escape(request_obj.details))
    if request_obj.external_link:
        link = escape(request_obj.external_link)
        html += f'<p><a href="{link}">{link}</a></p>'
    return html


def _fill_text(page, html):
    for name in ("body", "intro"):
        try:
            field = type(page)._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        if isinstance(field, StreamField) and "paragraph" in field.stream_block.child_blocks:
            setattr(page, name, [("paragraph", RichText(html))])
            return
        if isinstance(field, RichTextField):
            setattr(page, name, html)
            return


def _fill_required_dates(page, request_obj):
    """Date fields a draft cannot be saved without (e.g. a knowledge item's data date): the filing time."""
    for field in type(page)._meta.concrete_fields:
        if isinstance(field, (models.DateField, models.DateTimeField)) and not field.null \
                and not field.has_default() and getattr(page, field.attname) is None:
            value = request_obj.submitted_at
            setattr(page, field.attname, value if isinstance(field, models.DateTimeField) else value.date())


# What makes a subject a request rather than a title: "ขอเผยแพร่", "ขออนุญาตเผยแพร่",
# "ขอประชาสัมพันธ์", "ขอความอนุเคราะห์เผยแพร่", "ขอนำขึ้นเผยแพร่", "ขอลงประกาศ"…, with what
# may follow ("ข้อมูลผ่านเว็บไซต์", "เรื่อง", a colon or a dash).
REQUEST_PHRASE = re.compile(
    r"^\s*ขอ(?:อนุญาต|ความอนุเคราะห์|ความร่วมมือ)?(?:ให้)?(?:นำ(?:ข้อมูล)?(?:ขึ้น)?)?"
    r"(?:เผยแพร่|ประชาสัมพันธ์|ลงประกาศ)"
    r"(?:ข้อมูล(?=\s*(?:ทาง|ผ่าน|บน|ลง)))?"
    r"(?:\s*(?:ทาง|ผ่าน|บน|ลง)\s*(?:หน้า)?เว็บไซต์(?:ของ)?(?:หน่วยงาน|สำนักงาน)?)?"
    r"\s*[:：\-–]?\s*(?:เรื่อง\s*[:：]?\s*)?"
)


def page_title(subject):
    """The request's subject without its request wording: "ขอเผยแพร่ประกาศรับสมัครงาน" is
    titled "ประกาศรับสมัครงาน" (the subject as filed when nothing is left)."""
    title = REQUEST_PHRASE.sub("", subject, count=1).strip()
    return title or subject.strip()


def _slug(title, category_code, parent):
    """Wagtail's own slug for the title (Thai kept, as its editor makes one: allow_unicode), free
    under `parent`; a title that leaves only a number (a year) gets the category in front."""
    base = slugify(title, allow_unicode=True)[:80].strip("-")
    if not base or base.replace("-", "").isdigit():
        base = "-".join(filter(None, [slugify(category_code.replace(".", "-")) or "item", base]))
    return find_available_slug(parent, base)


def documents_from(request_obj):
    """A Wagtail document per request file (latest round's files last), for the page's attachments:
    in the private collection until the page is live (wagtail_govstandard.requests.files)."""
    Document = get_document_model()
    collection = files.private_collection()
    created = []
    for attachment in request_obj.attachments.all():
        with attachment.file.open("rb") as handle:
            content = handle.read()
        document = Document(title=attachment.display_title, collection=collection)
        document.file.save(attachment.filename, ContentFile(content), save=False)
        document.file_size = len(content)
        document.save()
        attachment.document = document
        attachment.save(update_fields=["document"])
        created.append(document)
    return created


def build_draft(request_obj, category_code, parent, user):
    """Create (not publish) the page under `parent`, with a first revision by `user`."""
    model = page_model_for(category_code)
    title = page_title(request_obj.subject)
    page = model(
        title=title, slug=_slug(title, category_code, parent), live=False, owner=user,
        category=category_code, source_owner=request_obj.work_group.name_th,
        owner_work_group=request_obj.work_group,
        coverage_start=request_obj.coverage_start, coverage_end=request_obj.coverage_end,
        published_date=request_obj.publish_from or local_today(),
        publication_end=request_obj.publish_until,
    )
    _fill_text(page, body_html(request_obj))
    _fill_required_dates(page, request_obj)
    page.fill_defaults(parent)
    page.attachments = [PageAttachment(document=d) for d in documents_from(request_obj)]
    parent.add_child(instance=page)
    log(instance=page, action="wagtail.create", user=user)
    # A draft may lack what only the webmaster can fill (a contact's phone): validated when published.
    revision = page.save_revision(user=user, log_action=True, clean=False)
    return page, revision


def check_publishable(page):
    """Raise ValidationError (on `publish_now`) naming the fields to fill in the editor first."""
    try:
        page.full_clean()
    except ValidationError as error:
        fields = ", ".join(sorted(getattr(error, "error_dict", {"__all__": None})))
        raise ValidationError({"publish_now": [
            _("The page needs more before it can go live (%(fields)s): create the draft and complete "
              "it in the editor.") % {"fields": fields}
        ]}) from error
