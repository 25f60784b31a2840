"""The package's listing API vs Wagtail's own v2 typed listing, on the same pages, at two scales.

    make bench                      # all benchmarks
    python bench/api_listing.py     # this one (BENCH_DATABASE_URL, PostgreSQL)

Measured in one run, at 1,000 and at 50,000 content pages spread over every category:
  - the package's /api/v3/govstandard/pages/?category=news&limit=20 (every item with its seed
    2.2 metadata and files), or, where that route is absent, /api/v3/govstandard/categories/;
  - Wagtail's /api/v2/pages/?type=wagtail_govstandard.NewsPage&fields=*&limit=20;
  - the package's /api/v3/govstandard/categories/ (counts per category).
Targets: listing ≤ 0.5× v2's time; listing at 50,000 ≤ 1.5× its time at 1,000.
"""

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import _common, _dataset  # noqa: E402

SCALES = (1_000, 50_000)
CATEGORY, PAGE_TYPE = "news", "wagtail_govstandard.NewsPage"
LISTING = f"/api/v3/govstandard/pages/?category={CATEGORY}&limit=20"
CATEGORIES = "/api/v3/govstandard/categories/"
V2 = f"/api/v2/pages/?type={PAGE_TYPE}&fields=*&limit=20"


def listing_route_exists(client):
    paths = client.get("/api/v3/openapi.json").json()["paths"]
    return "/api/v3/govstandard/pages/" in paths


def measure_scale(client, scale, repeat, has_listing):
    package_url = LISTING if has_listing else CATEGORIES
    return {
        "package": _common.measure(client, "package listing" if has_listing else "package categories (no listing route)", package_url, repeat),
        "v2": _common.measure(client, "Wagtail v2 typed listing", V2, repeat),
        "categories": _common.measure(client, "package categories", CATEGORIES, repeat),
    }


def report(results, has_listing):
    rows = [_common.measure_row(scale, m) for scale, measured in results.items() for m in measured.values()]
    _common.print_table("Listing APIs (in-process, PostgreSQL)", _common.MEASURE_HEADERS, rows)
    small, large = (results[s] for s in SCALES)
    print()
    if not has_listing:
        print(f"NOTE: {LISTING.split('?')[0]} is not on this branch; the package's categories route was measured instead.")
    for scale in SCALES:
        r = _common.ratio(results[scale]["package"].median_ms, results[scale]["v2"].median_ms)
        print(f"package / v2 at {scale:,} pages: {_common.verdict(r, 0.5)}")
    growth = _common.ratio(large["package"].median_ms, small["package"].median_ms)
    print(f"package at {SCALES[1]:,} / at {SCALES[0]:,}: {_common.verdict(growth, 1.5)}")
    v2_growth = _common.ratio(large["v2"].median_ms, small["v2"].median_ms)
    print(f"(v2 at {SCALES[1]:,} / at {SCALES[0]:,}: {v2_growth:.2f}×)")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    _common.setup_django()
    from django.test import Client

    dataset = _dataset.Dataset()
    client = Client()
    has_listing = listing_route_exists(client)
    results = {}
    for scale in SCALES:
        dataset.grow_to(scale)
        results[scale] = measure_scale(client, scale, args.repeat, has_listing)
    report(results, has_listing)


if __name__ == "__main__":
    main()
