"""A page served with the package's features vs a plain Wagtail page, at 1,000 and 50,000 pages.

    make bench                 # all benchmarks
    python bench/pages.py      # this one (BENCH_DATABASE_URL, PostgreSQL)

The package's page: a news item with its seed 2.2 metadata, a file to download (type and size),
breadcrumbs, navigation, footer widgets, served through Wagtail's serve view. The plain page: a
wagtailcore.Page under the same home page, rendered with Wagtail's own template. Also measured:
the news category index (the public listing, 20 a page).
"""

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import _common, _dataset  # noqa: E402

SCALES = (1_000, 50_000)


def plain_page(home):
    from wagtail.models import Page

    return home.add_child(instance=Page(title="หน้าธรรมดา Plain page", slug="plain-page"))


def news_item_with_file():
    from wagtail_govstandard.models import NewsPage

    return NewsPage.objects.live().filter(attachments__isnull=False).order_by("pk").first()


def news_index():
    from wagtail_govstandard.models import CategoryIndexPage

    return CategoryIndexPage.objects.get(category="news")


def renders(client, url):
    from django.template import TemplateDoesNotExist

    try:
        return client.get(url).status_code == 200
    except TemplateDoesNotExist:
        return False


def measure_scale(client, repeat, targets):
    results = {}
    for key, (label, url) in targets.items():
        if renders(client, url):
            results[key] = _common.measure(client, label, url, repeat)
        else:
            print(f"NOTE: {label} ({url}) does not render on this branch (template missing); not measured.")
    return results


def report(results):
    rows = [_common.measure_row(scale, m) for scale, measured in results.items() for m in measured.values()]
    _common.print_table("Public pages (in-process, PostgreSQL)", _common.MEASURE_HEADERS, rows)
    print()
    for scale, measured in results.items():
        if "package" in measured:
            r = _common.ratio(measured["package"].median_ms, measured["plain"].median_ms)
            print(f"package page / plain Wagtail page at {scale:,} pages: {r:.2f}×")
    small, large = (results[s] for s in SCALES)
    for key in ("package", "index"):
        if key in small and key in large:
            growth = _common.ratio(large[key].median_ms, small[key].median_ms)
            print(f"{small[key].label} at {SCALES[1]:,} / at {SCALES[0]:,}: {growth:.2f}×")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    _common.setup_django()
    from django.test import Client

    dataset = _dataset.Dataset()
    plain = plain_page(dataset.home)
    client = Client()
    results = {}
    for scale in SCALES:
        dataset.grow_to(scale)
        targets = {
            "package": ("package news item (metadata, file)", news_item_with_file().url),
            "plain": ("plain Wagtail page", plain.url),
            "index": ("package news category index", news_index().url),
        }
        results[scale] = measure_scale(client, args.repeat, targets)
    report(results)


if __name__ == "__main__":
    main()
