"""Every in-process benchmark of the package, on one dataset, in one run (PostgreSQL).

    make bench                  # this, then bench/visits.py (ingestion over HTTP)
    python bench/run.py         # this alone (BENCH_DATABASE_URL; --repeat N)

The dataset (bench/_dataset.py, bench/_records.py) is built at 1,000 content pages, measured,
grown to 50,000 and measured again; 100,000 survey responses, 5,000 publication requests and a
year of visit roll-ups for every page are there at both sizes. Each view is requested through
the whole middleware stack: median and p95 of --repeat requests after 3 warm-ups, the queries
and the peak Python memory of one request. Then the side-by-side ratios, each against the
Wagtail feature it stands beside, measured in the same run, with the issues' targets.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import argparse  # noqa: E402
from dataclasses import dataclass  # noqa: E402

from bench import _common, _dataset  # noqa: E402

SCALES = (1_000, 50_000)
NEWS_TYPE = "wagtail_govstandard.NewsPage"


@dataclass
class View:
    key: str
    label: str  # short, for the ratios; the tables add the URL
    url: object  # str, or a callable(dataset) -> str
    as_webmaster: bool = False


def _reverse(name):
    def url(_dataset):
        from django.urls import reverse

        return reverse(name)
    return url


def _news_item(_dataset):
    from wagtail_govstandard.models import NewsPage

    return NewsPage.objects.live().filter(attachments__isnull=False).order_by("pk").first().url


def _news_index(_dataset):
    from wagtail_govstandard.models import CategoryIndexPage

    return CategoryIndexPage.objects.get(category="news").url


def _statistics_page(_dataset):
    from wagtail_govstandard.models import StatisticsPage

    return StatisticsPage.objects.live().get(slug="satisfaction").url


SUITES = {
    "Listing APIs": [
        View("listing", "package listing", "/api/v3/govstandard/pages/?category=news&limit=20"),
        View("v2", "Wagtail v2 typed listing", f"/api/v2/pages/?type={NEWS_TYPE}&fields=*&limit=20"),
        View("categories", "package categories", "/api/v3/govstandard/categories/"),
    ],
    "Public pages": [
        View("item", "package news item (metadata, file, footer widgets)", _news_item),
        View("plain", "plain Wagtail page (wagtailcore/page.html)", lambda dataset: dataset.plain_url),
        View("index", "package news category index", _news_index),
        View("statistics", "package statistics page (visits, satisfaction)", _statistics_page),
    ],
    "Webmaster dashboards": [
        View("aging", "Aging pages (Wagtail)", _reverse("wagtailadmin_reports:aging_pages"), True),
        View("expiry", "expiry review", _reverse("govstandard_monitoring:expiry"), True),
        View("completeness", "completeness", _reverse("govstandard_monitoring:completeness"), True),
        View("compliance", "compliance API", "/api/v3/govstandard/compliance/", True),
        View("annual", "annual report (this fiscal year)", _reverse("govstandard_monitoring:annual"), True),
    ],
    "Statistics, survey and requests": [
        View("stats", "visit figures API", "/api/v3/govstandard/stats/"),
        View("results", "survey results API", "/api/v3/govstandard/surveys/website-satisfaction/results/"),
        View("o16", "satisfaction report (ITA O16)", _reverse("wagtail_govstandard_o16_report"), True),
        View("visit_report", "visit report", _reverse("wagtail_govstandard_visit_report"), True),
        View("register", "request register",
             _reverse("wagtail_govstandard_publicationrequest_modeladmin_index"), True),
        View("requests_api", "requests API", "/api/v3/govstandard/requests/", True),
    ],
}
# (view, the Wagtail feature it is compared with, target ratio or None)
SIDE_BY_SIDE = [
    ("listing", "v2", 0.5), ("categories", "v2", None), ("item", "plain", 1.5), ("statistics", "plain", 2.0),
    ("index", "plain", 2.0),
    ("expiry", "aging", 1.0), ("completeness", "aging", 1.0), ("compliance", "aging", 1.0),
]
ITEM_QUERIES = 8  # issue 14: a news item's queries, at every scale
# own time at 50,000 pages ÷ at 1,000: (view, target or None)
GROWTH = [("listing", 1.5), ("v2", None), ("categories", None), ("item", None), ("index", None),
          ("aging", None), ("expiry", 1.4), ("completeness", 1.4), ("compliance", 1.4)]


def clients():
    from django.contrib.auth import get_user_model
    from django.test import Client

    from tests.utils import bearer

    user, _ = get_user_model().objects.get_or_create(
        username="bench-webmaster", defaults={"is_superuser": True, "is_staff": True}
    )
    webmaster = Client()
    webmaster.force_login(user)
    return Client(), (webmaster, bearer(user))


def measure_all(dataset, repeat):
    anonymous, (webmaster, token) = clients()
    measured = {}
    for views in SUITES.values():  # a suite's views side by side, in rounds (_common.measure_interleaved)
        timed = []
        for view in views:
            url = view.url(dataset) if callable(view.url) else view.url
            client, headers = (webmaster, token) if view.as_webmaster else (anonymous, None)
            timed.append((client, view.label, url, headers))
        for view, result in zip(views, _common.measure_interleaved(timed, repeat)):
            measured[view.key] = result
    return measured


def table_row(scale, measured):
    row = _common.measure_row(scale, measured)
    row[1] = f"{measured.label} `{measured.url.split('#')[0]}`"
    return row


def report(results):
    for title, views in SUITES.items():
        rows = [table_row(scale, results[scale][view.key]) for scale in SCALES for view in views]
        _common.print_table(f"{title} (in-process, PostgreSQL)", _common.MEASURE_HEADERS, rows)
    print("\nSide by side (time ÷ the Wagtail feature, same run)\n")
    for key, baseline, target in SIDE_BY_SIDE:
        for scale in SCALES:
            value = _common.ratio(results[scale][key].median_ms, results[scale][baseline].median_ms)
            shown = _common.verdict(value, target) if target and scale == SCALES[-1] else f"{value:.2f}×"
            print(f"  {results[scale][key].label} ÷ {results[scale][baseline].label} at {scale:,}: {shown}")
    queries = ", ".join(f"{results[scale]['item'].queries} at {scale:,}" for scale in SCALES)
    within = all(results[scale]["item"].queries <= ITEM_QUERIES for scale in SCALES)
    print(f"  {results[SCALES[0]]['item'].label} queries: {queries} (target ≤ {ITEM_QUERIES}: "
          f"{'met' if within else 'MISSED'})")
    print(f"\nGrowth (time at {SCALES[-1]:,} pages ÷ at {SCALES[0]:,})\n")
    for key, target in GROWTH:
        value = _common.ratio(results[SCALES[-1]][key].median_ms, results[SCALES[0]][key].median_ms)
        print(f"  {results[SCALES[0]][key].label}: {_common.verdict(value, target) if target else f'{value:.2f}×'}")


def main():
    global SCALES
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--scales", default=",".join(map(str, SCALES)), help="page counts, e.g. 200,1000 for a trial")
    args = parser.parse_args()
    SCALES = tuple(int(n) for n in args.scales.split(","))
    _common.setup_django()
    from wagtail.models import Page

    dataset = _dataset.Dataset()
    dataset.plain_url = dataset.home.add_child(instance=Page(title="หน้าธรรมดา Plain page", slug="plain-page")).url
    results = {}
    for scale in SCALES:
        dataset.grow_to(scale)
        results[scale] = measure_all(dataset, args.repeat)
    report(results)


if __name__ == "__main__":
    main()
