"""Small make_* helpers shared by the tests: pages, documents, users."""

import io
import struct
import zlib

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.images import ImageFile
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Site
from wagtail.users.models import UserProfile

from wagtail_govstandard.models import CategoryIndexPage, WorkGroup

PASSWORD = "test-password-123"


def pdf_bytes(text="hello", catalog_extra="", objects=()):
    """A valid one-page PDF (it opens in pikepdf and in a reader); ``text`` is written in a comment.

    ``catalog_extra`` goes into the catalog dictionary and ``objects`` are appended as objects 4, 5…,
    so tests can build hostile PDFs (an /OpenAction with /JS, an embedded file) the same way."""
    bodies = ["<< /Type /Catalog /Pages 2 0 R %s >>" % catalog_extra,
              "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
              "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>", *objects]
    from home.demo.files import pdf_document

    return pdf_document(bodies, header=b"%%PDF-1.4\n%% %s\n" % text.encode())


def png_bytes(width=4, height=3, color=(0, 102, 153)):
    """A valid PNG made here (no files shipped), for image fields."""
    raw = b"".join(b"\x00" + bytes(color) * width for _ in range(height))

    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def upload(name, content, content_type="application/octet-stream"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def make_document(title="Report", name="report.pdf", content=None):
    Document = get_document_model()
    document = Document(title=title)
    document.file.save(name, io.BytesIO(content if content is not None else pdf_bytes()), save=False)
    document.file_size = document.file.size
    document.save()
    return document


def make_image(title="Photo"):
    Image = get_image_model()
    image = Image(title=title)
    image.file.save("photo.png", ImageFile(io.BytesIO(png_bytes()), name="photo.png"), save=False)
    image.save()
    return image


def ensure_baseline():
    """What migrations lay down and a flushed transactional database may lack: content types and
    permissions, the default locale, the root collection."""
    from django.conf import settings
    from django.contrib.auth.models import Permission
    from django.core.management.sql import emit_post_migrate_signal
    from wagtail.models import Collection, Locale

    if not Permission.objects.exists():
        emit_post_migrate_signal(verbosity=0, interactive=False, db="default")
    if not Locale.objects.exists():
        Locale.objects.create(language_code=settings.LANGUAGE_CODE)
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")


def ensure_tree_root():
    """Wagtail's root page and default site, which a flushed transactional database lacks."""
    ensure_baseline()
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root"))
    if not Site.objects.filter(is_default_site=True).exists():
        Site.objects.create(hostname="localhost", port=80, root_page=root, is_default_site=True)
    return root


def make_home():
    """A home page as the default site's root, under Wagtail's tree root."""
    from home.models import HomePage

    root = ensure_tree_root()
    home = root.add_child(instance=HomePage(title="หน้าแรก", slug="home-test"))
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.save()
    Site.clear_site_root_paths_cache()
    return home


def make_index(parent, category, title=None, slug=None):
    page = CategoryIndexPage(title=title or category, slug=slug or category.replace(".", "-"), category=category)
    parent.add_child(instance=page)
    return page


def make_content(parent, model, publish=True, attachments=(), **fields):
    fields.setdefault("title", model.__name__)
    fields.setdefault("source_owner", "กลุ่มงานทดสอบ")
    page = model(**fields)
    if attachments:
        from wagtail_govstandard.models import PageAttachment

        page.attachments = [PageAttachment(document=document) for document in attachments]
    parent.add_child(instance=page)
    if publish:
        page.save_revision().publish()
    return page


def make_user(username, groups=(), superuser=False, **fields):
    User = get_user_model()
    fields.setdefault("email", f"{username}@example.go.th")
    if superuser:
        user = User.objects.create_superuser(username=username, password=PASSWORD, **fields)
    else:
        user = User.objects.create_user(username=username, password=PASSWORD, **fields)
    for name in groups:
        user.groups.add(Group.objects.get_or_create(name=name)[0])
    return user


def prefer_language(user, language):
    """`user` chose `language` for the admin in their Wagtail account (as the account page saves it)."""
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


def make_work_group(slug="planning", name_th="กลุ่มงานยุทธศาสตร์", heads=(), members=()):
    group = WorkGroup.objects.create(slug=slug, name_th=name_th, name_en=slug.title())
    group.heads.set(heads)
    group.members.set(members)
    return group


def bearer(user):
    """Headers for a v3 API call as `user` (Wagtail APIToken), for client.get(..., headers=...)."""
    from wagtail.models import APIToken

    _token, plaintext = APIToken.create_token(user=user, name="test")
    return {"Authorization": f"Bearer {plaintext}"}


def translate(page, fields=None):
    """An English translation of `page` (parents translated too), published: served at /en/."""
    from wagtail.models import Locale, Site

    english, _created = Locale.objects.get_or_create(language_code="en")
    existing = page.get_translation_or_none(english)
    if existing is not None and existing.alias_of_id:  # the synchronised tree's placeholder
        existing.delete()
    translated = page.copy_for_translation(english, copy_parents=True).specific
    for name, value in (fields or {}).items():
        setattr(translated, name, value)
    translated.save_revision().publish()
    Site.clear_site_root_paths_cache()
    return translated
