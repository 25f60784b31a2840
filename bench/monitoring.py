"""Benchmark (not a test): the expiry review, the completeness report and the compliance API
against Wagtail's own Aging pages report, on the same data in the same run.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/h3 .venv/bin/python bench/monitoring.py 1000 50000

Builds a throw-away database (bench_<name>; --keep leaves it for EXPLAIN), grows it to each size in turn (pages are inserted in
bulk with their treebeard paths computed, the fast path), and prints the median time of each view,
its ratio to Aging pages at that size, and each view's growth from the smallest size.
"""

import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "example_site"), str(ROOT)]
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django  # noqa: E402

django.setup()

import datetime  # noqa: E402

from django.conf import settings  # noqa: E402
from django.contrib.contenttypes.models import ContentType  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402
from django.urls import reverse  # noqa: E402

RUNS, WARMUP = 7, 2
VIEWS = {
    "aging pages (Wagtail)": lambda: reverse("wagtailadmin_reports:aging_pages"),
    "expiry review": lambda: reverse("govstandard_monitoring:expiry"),
    "completeness": lambda: reverse("govstandard_monitoring:completeness"),
    "compliance API": lambda: "/api/v3/govstandard/compliance/",
}


def create_database():
    settings.DATABASES["default"].setdefault("TEST", {})["NAME"] = "bench_" + settings.DATABASES["default"]["NAME"]
    setup_test_environment()
    return connection.creation.create_test_db(verbosity=0, autoclobber=True)


def site_root():
    from wagtail.models import Page, Site

    from wagtail_govstandard.models import CategoryIndexPage

    root = Page.get_first_root_node()
    home = root.add_child(instance=Page(title="Bench home", slug="bench-home"))
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.save()
    index = CategoryIndexPage(title="News", slug="news", category="news")
    home.add_child(instance=index)
    return index


CODES = None


def page_fields(i, today):
    """Metadata of the i-th item: about 4% expired, 4% ending soon, 5% past review, the rest fine."""
    from wagtail_govstandard import categories

    global CODES
    CODES = CODES or [c.code for c in categories.CATEGORIES if c.needs_pages]
    rnd = random.Random(i)
    code = rnd.choice(CODES)
    roll = rnd.random()
    end = (today - datetime.timedelta(days=rnd.randint(1, 300)) if roll < 0.04 else
           today + datetime.timedelta(days=rnd.randint(0, 14)) if roll < 0.08 else
           today + datetime.timedelta(days=rnd.randint(30, 700)))
    if code != "news" and rnd.random() < 0.6:
        end = None
    review = today - datetime.timedelta(days=rnd.randint(1, 200)) if rnd.random() < 0.05 else \
        today + datetime.timedelta(days=rnd.randint(1, 365))
    published = today - datetime.timedelta(days=rnd.randint(0, 1000))
    return code, min(published, end or published), end, review, rnd.random() < 0.95


def add_pages(parent, start, count):
    """Insert `count` GovContentPage children of `parent` in bulk (paths computed, no signals)."""
    from django.utils import timezone
    from wagtail.models import Locale, Page

    from wagtail_govstandard.dates import local_today
    from wagtail_govstandard.models import GovContentPage

    today, now = local_today(), timezone.now()
    content_type = ContentType.objects.get_for_model(GovContentPage)
    locale = Locale.get_default()
    parent.refresh_from_db()
    pages, metas = [], []
    for n in range(count):
        i = start + n
        code, published, end, review, live = page_fields(i, today)
        stamp = timezone.make_aware(datetime.datetime.combine(published, datetime.time(9))) if live else None
        pages.append(Page(
            title=f"Item {i}", draft_title=f"Item {i}", slug=f"item-{i}", content_type=content_type,
            path=Page._get_path(parent.path, parent.depth + 1, parent.numchild + n + 1),
            depth=parent.depth + 1, numchild=0, url_path=f"{parent.url_path}item-{i}/", locale=locale,
            live=live, has_unpublished_changes=not live, first_published_at=stamp, last_published_at=stamp,
            latest_revision_created_at=stamp or now,
        ))
        metas.append((code, published, end, review))
    created = Page.objects.bulk_create(pages, batch_size=2000)
    fields = GovContentPage._meta.local_concrete_fields
    rows = []
    for page, (code, published, end, review) in zip(created, metas):
        item = GovContentPage(page_ptr_id=page.pk, category=code, source_owner="bench", published_date=published,
                              publication_end=end, review_by=review)
        rows.append([f.get_db_prep_save(getattr(item, f.attname), connection) for f in fields])
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    marks = ", ".join(["%s"] * len(fields))
    with connection.cursor() as cursor:
        cursor.executemany(f"INSERT INTO {GovContentPage._meta.db_table} ({columns}) VALUES ({marks})", rows)
        if connection.vendor == "postgresql":
            cursor.execute("ANALYZE")
    Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + count)


def timed(client, url, headers):
    samples = []
    for run in range(WARMUP + RUNS):
        started = time.perf_counter()
        response = client.get(url, headers=headers)
        elapsed = time.perf_counter() - started
        assert response.status_code == 200, (url, response.status_code)
        if run >= WARMUP:
            samples.append(elapsed)
    return statistics.median(samples)


def main(sizes, keep=False):
    from tests.utils import bearer, make_user

    old_name = connection.settings_dict["NAME"]
    create_database()
    try:
        parent = site_root()
        user = make_user("bench", superuser=True)
        client, headers = Client(), bearer(user)
        client.force_login(user)
        results, have = {}, 0
        for size in sorted(sizes):
            add_pages(parent, have, size - have)
            have = size
            results[size] = {name: timed(client, url(), headers) for name, url in VIEWS.items()}
            report(size, results[size])
        growth(results)
    finally:
        if keep:
            print(f"\nkept database {connection.settings_dict['NAME']}")
        else:
            connection.creation.destroy_test_db(old_name, verbosity=0)


def report(size, times):
    aging = times["aging pages (Wagtail)"]
    print(f"\n{size:,} pages ({connection.vendor})")
    for name, seconds in times.items():
        print(f"  {name:24s} {seconds * 1000:8.1f} ms   {seconds / aging:5.2f}x Aging pages")


def growth(results):
    sizes = sorted(results)
    if len(sizes) < 2:
        return
    small, large = sizes[0], sizes[-1]
    print(f"\ngrowth from {small:,} to {large:,} pages")
    for name in VIEWS:
        print(f"  {name:24s} {results[large][name] / results[small][name]:5.2f}x")


if __name__ == "__main__":
    args = [arg for arg in sys.argv[1:] if arg != "--keep"]
    main([int(arg.replace(",", "").replace("_", "")) for arg in args] or [1000], keep="--keep" in sys.argv)
