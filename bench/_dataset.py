"""The bench dataset on PostgreSQL: content pages spread over every category, under their indexes.

Pages are written in bulk (the tree paths computed as treebeard would, one INSERT batch per
table of the multi-table inheritance), so 50,000 pages take about a minute, not an hour.
Every ATTACH_EVERY-th page carries a file. Dates are set around today as an agency's site has
them: about 4% of the time-bound items past their publication end, 4% ending within two weeks,
5% past their review-by date. Besides pages, the dataset holds what bench/_records.py writes: a
year of visit roll-ups for every page, 100,000 survey responses and 5,000 publication requests.

    python bench/_dataset.py --pages 50000      # build (replacing what the bench database held)
"""

import argparse
import datetime
import itertools
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import _common, _records  # noqa: E402

ATTACH_EVERY = 5
BATCH = 2000
DOCUMENTS = 20


def reset():
    """Replace the bench database's schema, migrate, and lay the home page under Wagtail's root."""
    from django.core.management import call_command
    from django.db import connection
    from wagtail.models import Page, Site

    from home.models import HomePage

    with connection.cursor() as cursor:  # the bench database is the bench's own: start clean
        cursor.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;")
    call_command("migrate", verbosity=0, interactive=False)
    Site.objects.all().delete()
    Page.objects.filter(depth__gt=1).delete()
    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title="หน้าแรก", slug="home"))
    Site.objects.create(hostname="testserver", port=80, root_page=home, is_default_site=True, site_name="Bench")
    return home


def category_models():
    """[(Category, page model)] for every category whose items are content pages."""
    from django.apps import apps

    from wagtail_govstandard.content import categories
    from wagtail_govstandard.models import GovContentPage

    pairs = []
    for category in categories.CATEGORIES:
        for name in category.page_types:
            try:
                model = apps.get_model("wagtail_govstandard", name)
            except LookupError:
                continue
            if issubclass(model, GovContentPage) and model.is_creatable:
                pairs.append((category, model))
                break
    return pairs


def make_indexes(home):
    from wagtail_govstandard.models import CategoryIndexPage

    indexes = {}
    for category, model in category_models():
        index = CategoryIndexPage(title=category.label_th, slug=category.code.replace(".", "-"), category=category.code)
        home.add_child(instance=index)
        indexes[category.code] = (index, model)
    return indexes


def make_documents():
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    Document = get_document_model()
    documents = []
    for number in range(DOCUMENTS):
        document = Document(title=f"เอกสาร {number}")
        document.file.save(f"bench-{number}.pdf", ContentFile(b"%PDF-1.4\n% bench\n%%EOF\n" * 40), save=False)
        document.file_size = document.file.size
        document.save()
        documents.append(document)
    return documents


def _specific_fields(model):
    """Values for the type's required fields (body text, steps, people ...)."""
    from django.utils import timezone

    text = "ข้อมูลทดสอบประสิทธิภาพ benchmark"
    paragraph = [("paragraph", f"<p>{text}</p>")]
    step = {"title": text, "description": text, "responsible": "", "duration": "30", "unit": "minutes"}
    return {
        "GeneralInfoPage": {"body": paragraph},
        "ExecutivesPage": {"people": [("person", {"name": text, "position": text, "phone": "", "email": "", "is_cio": False})]},
        "ContactPage": {"address": text, "phone": "0 5300 0000", "email": "bench@example.go.th"},
        "LawPage": {"body": f"<p>{text}</p>"},
        "KnowledgePage": {"data_datetime": timezone.now(), "body": paragraph},
        "LinksPage": {"links": [
            ("link", {"title": text, "url": "https://example.go.th/", "kind": "external", "description": ""}),
        ]},
        "OfficialInfoPage": {"oia_section": "9(3)", "body": paragraph},
        "SopManualPage": {"steps": [("step", step)]},
        "CitizenManualPage": {"steps": [("step", step)]},
        "NewsPage": {"body": paragraph},
        "EServicePage": {"service_url": "https://example.go.th/e-service"},
    }.get(model.__name__, {})


def _dates(number, category, today):
    """(published, publication end, review-by) of the number-th item, around today."""
    import random

    rnd = random.Random(number)
    published = today - datetime.timedelta(days=rnd.randint(0, 1000))
    roll = rnd.random()
    end = None
    if category.time_bound:
        end = (today - datetime.timedelta(days=rnd.randint(1, 300)) if roll < 0.04 else
               today + datetime.timedelta(days=rnd.randint(0, 14)) if roll < 0.08 else
               today + datetime.timedelta(days=rnd.randint(30, 700)))
        published = min(published, end)
    review = (today - datetime.timedelta(days=rnd.randint(1, 200)) if rnd.random() < 0.05 else
              today + datetime.timedelta(days=rnd.randint(1, category.review_days or 365)))
    return published, end, review


def _new_page(model, index, category, step, number, content_type_id, now):
    from wagtail.models import Page

    from wagtail_govstandard.content.dates import local_today

    slug = f"item-{number}"
    published, end, review = _dates(number, category, local_today())
    page = model(
        title=f"{category.label_th} {number}", draft_title=f"{category.label_th} {number}", slug=slug,
        path=Page._get_path(index.path, index.depth + 1, step), depth=index.depth + 1, numchild=0,
        url_path=f"{index.url_path}{slug}/", content_type_id=content_type_id, locale_id=index.locale_id,
        translation_key=uuid.uuid4(), live=True, has_unpublished_changes=False,
        first_published_at=now, last_published_at=now, category=category.code,
        source_owner="กลุ่มงานทดสอบ", published_date=published, publication_end=end, review_by=review,
        **_specific_fields(model),
    )
    return page


def _chain(model):
    """The concrete models from the base page down to `model`, each holding its own columns."""
    from wagtail_govstandard.models import BasePage

    chain = [m for m in reversed(model._meta.get_parent_list()) if issubclass(m, BasePage)] + [model]
    return chain


def _insert_local_rows(model, pages):
    """INSERT the columns `model` itself declares (its table of the inheritance chain)."""
    from django.db import connection

    fields = model._meta.local_concrete_fields
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    marks = ", ".join(["%s"] * len(fields))
    sql = f"INSERT INTO {connection.ops.quote_name(model._meta.db_table)} ({columns}) VALUES ({marks})"
    rows = [[f.get_db_prep_save(getattr(page, f.attname), connection) for f in fields] for page in pages]
    with connection.cursor() as cursor:
        cursor.executemany(sql, rows)


def _bulk_create(model, pages):
    """Write the pages of one model: the base page rows (ids back), then each child table."""
    from django.contrib.contenttypes.models import ContentType  # noqa: F401  (loaded for clarity)

    chain = _chain(model)
    base_model = chain[0]
    base_fields = [f for f in base_model._meta.concrete_fields if not f.primary_key]
    bases = [base_model(**{f.attname: getattr(page, f.attname) for f in base_fields}) for page in pages]
    base_model.objects.bulk_create(bases, batch_size=BATCH)
    for page, base in zip(pages, bases):
        for link_model in chain[1:]:
            setattr(page, link_model._meta.pk.attname, base.pk)
        setattr(page, base_model._meta.pk.attname, base.pk)
    for link_model in chain[1:]:
        _insert_local_rows(link_model, pages)


def add_pages(indexes, count, documents, start_number=0):
    """Add `count` live pages spread evenly over the category indexes, in batches; their ids."""
    from django.contrib.contenttypes.models import ContentType
    from django.db import transaction
    from django.utils import timezone

    from wagtail_govstandard.models import PageAttachment

    now = timezone.now()
    slots = list(indexes.values())
    for index, _model in slots:  # children added by other means (the statistics page) count too
        index.refresh_from_db(fields=["numchild"])
    numbers = itertools.count(start_number + 1)
    added = []
    for batch_start in range(0, count, BATCH):
        batch = []
        for offset in range(min(BATCH, count - batch_start)):
            index, model = slots[(batch_start + offset) % len(slots)]
            index.numchild += 1
            category = index.category_object()
            content_type_id = ContentType.objects.get_for_model(model).pk
            batch.append(_new_page(model, index, category, index.numchild, next(numbers), content_type_id, now))
        with transaction.atomic():
            for model, pages in itertools.groupby(sorted(batch, key=lambda p: type(p).__name__), key=type):
                _bulk_create(model, list(pages))
            PageAttachment.objects.bulk_create([
                PageAttachment(page_id=page.pk, document=documents[page.pk % len(documents)], sort_order=0)
                for page in batch if page.pk % ATTACH_EVERY == 0
            ])
        added += [page.pk for page in batch]
    for index, _model in slots:
        type(index).objects.filter(pk=index.pk).update(numchild=index.numchild)
    return added


def content_count():
    from wagtail_govstandard.models import GovContentPage

    return GovContentPage.objects.count()


class Dataset:
    """Grow one dataset through the scales a benchmark measures: 1,000 then 50,000 pages, with
    the year's roll-ups, survey responses and requests (bench/_records.py) from the start."""

    def __init__(self):
        from wagtail.models import Site

        from wagtail_govstandard.models import CategoryIndexPage

        started = time.perf_counter()
        self.home = reset()
        self.site = Site.objects.get(root_page=self.home)
        self.indexes = make_indexes(self.home)
        self.documents = make_documents()
        statistics_index = CategoryIndexPage.objects.child_of(self.home).filter(category="statistics").first()
        self.survey = _records.statistics(self.home, statistics_index)
        _records.add_requests()
        print(f"dataset: {_records.RESPONSES:,} survey responses, {_records.REQUESTS:,} requests "
              f"({time.perf_counter() - started:.1f} s)", flush=True)

    def grow_to(self, total):
        from django.db import connection

        from wagtail_govstandard.content import versions
        started = time.perf_counter()
        have = content_count()
        if total > have:
            added = add_pages(self.indexes, total - have, self.documents, start_number=have)
            _records.add_rollups(self.site, added)
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        versions.bump()  # the pages were written behind Django's signals
        print(f"dataset: {content_count():,} content pages with a year of roll-ups "
              f"({time.perf_counter() - started:.1f} s to grow)", flush=True)
        return self


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=50_000)
    args = parser.parse_args()
    _common.setup_django()
    Dataset().grow_to(args.pages)


if __name__ == "__main__":
    main()
