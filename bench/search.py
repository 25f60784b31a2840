"""Thai search at 50,000 pages beside Wagtail's default database search on the same index.

Builds the bench dataset's pages (bench/_dataset.py), gives each page a Thai sentence from a small
vocabulary (so words sit inside runs of Thai text, as on a real site), indexes every page through
Wagtail's backend (the package's segmented field included), then times, for each query, the
package's search (segment the query, then the backend: site, locale, all words then any word)
against the backend's search of the raw query over all live pages: median of REPEAT runs.

    BENCH_DATABASE_URL=postgres://... python bench/search.py [--pages 50000]
"""

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import _common, _dataset  # noqa: E402

REPEAT = 20
WORDS = ["ข่าว", "ประชาสัมพันธ์", "ไข้เลือดออก", "ฝุ่น", "มาตรฐาน", "คุ้มครอง", "ข้อมูล", "ผู้ป่วย",
         "โรงพยาบาล", "วัคซีน", "ผู้สูงอายุ", "งบประมาณ", "จัดซื้อ", "จัดจ้าง", "รณรงค์", "ป้องกัน",
         "สุขภาพ", "ชุมชน", "อาสาสมัคร", "ตรวจ", "คัดกรอง", "เบาหวาน", "ความดัน", "สาธารณสุข"]
QUERIES = ["ไข้เลือดออก", "ฝุ่น", "ผู้สูงอายุ", "จัดซื้อจัดจ้าง", "วัคซีนผู้สูงอายุ", "คัดกรองเบาหวาน",
           "PM2.5", "สาธารณสุข"]


def write_sentences():
    """A Thai sentence without spaces as each page's body paragraph (one UPDATE per page type)."""
    import json

    from django.db import connection

    from wagtail_govstandard.models import GeneralInfoPage, KnowledgePage, NewsPage, OfficialInfoPage

    rnd = random.Random(12)
    for model in (GeneralInfoPage, KnowledgePage, NewsPage, OfficialInfoPage):
        ids = list(model.objects.values_list("pk", flat=True))
        rows = []
        for pk in ids:
            words = rnd.sample(WORDS, 6) + (["PM2.5"] if pk % 17 == 0 else [])
            body = [{"type": "paragraph", "value": "<p>%s</p>" % "".join(words), "id": str(pk)}]
            rows.append((json.dumps(body, ensure_ascii=False), pk))
        table = connection.ops.quote_name(model._meta.db_table)
        column = connection.ops.quote_name(model._meta.pk.column)
        with connection.cursor() as cursor:
            cursor.executemany(f"UPDATE {table} SET body = %s WHERE {column} = %s", rows)


def index_everything():
    from wagtail.search.backends import get_search_backend

    from wagtail_govstandard.models import BasePage

    backend = get_search_backend()
    backend.reset_index() if hasattr(backend, "reset_index") else None
    started = time.perf_counter()
    pages = BasePage.objects.live().specific().order_by("pk")
    total = pages.count()
    for start in range(0, total, 1000):
        backend.add_bulk(BasePage, list(pages[start:start + 1000]))
    print(f"indexed {total:,} pages ({time.perf_counter() - started:.0f} s, segmentation included)", flush=True)
    # The planner's statistics as autovacuum leaves them after a bulk load; without them it
    # guesses one row per filter and loops over the index entries page by page.
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def timed(run, repeat=REPEAT):
    run()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=REPEAT, help="timed runs per query (median)")
    args = parser.parse_args()
    _common.setup_django()
    from wagtail.models import Site

    from wagtail_govstandard.models import BasePage
    from wagtail_govstandard.search import query

    # The dataset's pages without its visit roll-ups and survey responses (search reads neither).
    started = time.perf_counter()
    home = _dataset.reset()
    _dataset.add_pages(_dataset.make_indexes(home), args.pages, _dataset.make_documents())
    print(f"dataset: {_dataset.content_count():,} content pages ({time.perf_counter() - started:.0f} s)", flush=True)
    write_sentences()
    index_everything()
    site = Site.objects.get(root_page=home)
    rows, ratios = [], []
    for text in QUERIES:
        ours = timed(lambda text=text: list(query.search(site, text, "th")[:20]), args.repeat)
        found = len(list(query.search(site, text, "th")[:20]))
        wagtail = timed(lambda text=text: list(BasePage.objects.live().search(text)[:20]), args.repeat)
        raw = len(list(BasePage.objects.live().search(text)[:20]))
        ratios.append(ours / wagtail)
        rows.append([text, f"{ours:.1f}", f"{wagtail:.1f}", f"{ours / wagtail:.2f}", found, raw])
    _common.print_table(f"Search, {args.pages:,} pages (median of {args.repeat}, ms, first 20 results)",
                        ["query", "package", "Wagtail default", "ratio", "found", "found (default)"], rows)
    print(f"median ratio {statistics.median(ratios):.2f} (goal <= 1.5)")


if __name__ == "__main__":
    main()
