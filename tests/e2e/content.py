"""One live page of every public page type of the example site, for the browser and XSS proofs.

The demo loader's content step (home.demo.content) builds the site when it exists; any page type
it leaves out is made here with `SAMPLES`. A page type with required fields and no sample fails
loudly, so a new page type cannot slip past the accessibility proof.
"""

import datetime
import importlib
import importlib.util
import io
import warnings
from urllib.parse import urlparse

from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from wagtail.images import get_image_model
from wagtail.models import Page, Site, get_page_models

from tests.utils import ensure_tree_root, make_document, make_index, png_bytes
from wagtail_govstandard.content import categories

# Example site's own apps whose page types are public pages.
SITE_APPS = {"wagtail_govstandard", "home"}


def _rich(text):
    """Rich text as the editor stores what a person typed: the text escaped inside a paragraph."""
    return f"<p>{escape(text)}</p>"


def _body(text):
    return [("heading", text), ("paragraph", _rich(text))]


def samples(text="ตัวอย่าง Sample", image=None):
    """Field values per page type; `text` goes into every free-text field (the XSS probes use it)."""
    person = {"name": text, "position": text, "photo": image, "phone": "0 5300 0000",
              "email": "person@example.go.th", "is_cio": True}
    step = {"title": text, "description": text, "responsible": text, "duration": "15", "unit": "minutes"}
    return {
        "GeneralInfoPage": {"body": _body(text), "chart": image},
        "ExecutivesPage": {"intro": _rich(text), "people": [("person", person)]},
        "ContactPage": {
            "address": text, "phone": "0 5300 0000", "fax": "0 5300 0001",
            "email": "contact@example.go.th", "opening_hours": text, "body": _rich(text),
            "map_image": image,
        },
        "LawPage": {"gazette_reference": text, "source_url": "https://example.go.th/law",
                    "enacted_date": datetime.date(2024, 1, 5), "body": _rich(text)},
        "KnowledgePage": {"data_datetime": timezone.now(), "source_url": "https://example.go.th/k",
                          "body": _body(text), "image": image},
        "LinksPage": {"intro": _rich(text), "links": [
            ("link", {"title": text, "url": "https://example.go.th/", "kind": "external", "description": text}),
        ]},
        "OfficialInfoPage": {"oia_section": "9(3)", "body": _body(text)},
        "SopManualPage": {"intro": _rich(text), "steps": [("step", step)]},
        "CitizenManualPage": {"intro": _rich(text), "steps": [("step", step)], "service_channel": text,
                              "fee": text, "required_documents": _rich(text)},
        "NewsPage": {"body": _body(text), "image": image,
                     "gallery": [("photo", {"image": image, "caption": text})] if image else []},
        "EServicePage": {"service_url": "https://example.go.th/e-service", "service_hours": text,
                         "body": _rich(text)},
        "PolicyPage": {"kind": "accessibility", "body": _rich(text)},
        "SitemapPage": {"intro": _rich(text)},
        "CategoryIndexPage": {"intro": _rich(text)},
        "StatisticsPage": {"intro": _rich(text)},
        "ItaPage": {"framework_id": "moph_moit_2569", "intro": _rich(text)},
    }


def make_image(title="ภาพ Photo"):
    """An image (tests.utils.make_image hands a bare BytesIO to the image field, which fails)."""
    image = get_image_model()(title=title)
    image.file.save("photo.png", ImageFile(io.BytesIO(png_bytes(64, 48)), name="photo.png"), save=False)
    image.save()
    return image


def public_page_models():
    """Every creatable page type of the example site's apps, in a stable order."""
    return sorted(
        (m for m in get_page_models() if m._meta.app_label in SITE_APPS and m.is_creatable),
        key=lambda m: m.__name__,
    )


def _module_exists(name):
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:  # a parent package is missing
        return False


def demo_content_available():
    return all(_module_exists(name) for name in ("home.demo.foundation", "home.demo.content"))


def load_demo_content():
    """Run the demo loader as `make demo` does: its preparation, then every step of STEPS."""
    demo = importlib.import_module("home.demo")
    ctx = importlib.import_module("home.demo.foundation").prepare(stdout=io.StringIO())
    for module_name in getattr(demo, "STEPS", ["home.demo.content"]):
        importlib.import_module(module_name).load(ctx)
    return ctx


def _home():
    from home.models import HomePage
    from tests.utils import make_home

    ensure_tree_root()
    home = HomePage.objects.first()
    if home is None:
        return make_home()
    site = Site.objects.get(is_default_site=True)
    if site.root_page_id != home.pk:
        site.root_page = home
        site.save()
        Site.clear_site_root_paths_cache()
    return home


def _index_for(home, model):
    from wagtail_govstandard.models import CategoryIndexPage

    code = categories.for_page_type(model.__name__)[0].code
    index = CategoryIndexPage.objects.descendant_of(home).filter(category=code).first()
    return index or make_index(home, code, title=categories.get(code).label_th)


def make_sample_page(home, model, text="ตัวอย่าง Sample", image=None, attachments=()):
    """A live page of `model` under its natural parent, every free-text field holding `text`."""
    from wagtail_govstandard.models import GovContentPage, PageAttachment

    fields = dict(samples(text, image).get(model.__name__, {}))
    fields.setdefault("title", text)
    if issubclass(model, GovContentPage):
        parent = _index_for(home, model)
        fields.setdefault("source_owner", text)
        fields.setdefault("published_date", datetime.date.today())
        if attachments:
            fields["attachments"] = [PageAttachment(document=d, title=text) for d in attachments]
    elif model.__name__ == "CategoryIndexPage":
        fields.setdefault("category", "news")
        parent = home
    else:
        parent = home
    attachment_rows = fields.pop("attachments", None)
    page = model(**fields)
    if attachment_rows:
        page.attachments = attachment_rows
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def build_public_site(text="ตัวอย่าง Sample"):
    """{page type name: live page} covering every public page type, plus the home page."""
    ensure_tree_root()
    if demo_content_available():
        try:
            with transaction.atomic():
                load_demo_content()
        except Exception as error:  # noqa: BLE001 - the makers below still cover every page type
            # After other tests flushed the database, the demo may lack what migrations laid
            # down (e.g. page permissions); the proof then runs on the pages made here.
            warnings.warn(f"demo content could not be loaded here ({error!r}); using tests/e2e makers", stacklevel=2)
    home = _home()
    image = make_image()
    document = make_document(title="รายงาน Report", name="report.pdf")
    pages = {}
    for model in public_page_models():
        existing = model.objects.live().descendant_of(home, inclusive=True).order_by("path").first()
        if existing is None:
            existing = make_sample_page(home, model, text, image, attachments=[document])
        pages[model.__name__] = existing.specific
    return pages


def office_page_paths():
    """The path of every live page of the office's (default) Site, Thai and English, sorted; the
    demo hospital's Site is left to the queue's own proofs."""
    office = Site.objects.get(is_default_site=True).hostname
    urls = (page.get_full_url() for page in Page.objects.live().filter(depth__gt=1).specific())
    return sorted({urlparse(url).path for url in urls if url and urlparse(url).hostname == office})
