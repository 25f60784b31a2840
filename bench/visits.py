#!/usr/bin/env python
"""Benchmark of seed 1.10 counting, in one run (not a test):

1. a page served in-process with counting off, on (memory buffer + flush thread), and with a
   synchronous write per view for reference (target: "on" at most 5% slower than "off");
2. visit ingestion through POST /api/v3/govstandard/visits/ over HTTP: gunicorn on loopback,
   PostgreSQL, 16 concurrent clients, against a trivial Django view on the same server
   (target: at least 0.7x its throughput), then the roll-ups are checked: 0 lost.

    make bench-visits           # DATABASE_URL: the bench database (make bench runs it after bench/run.py)
Needs gunicorn (`pip install -e '.[bench]'`). Options: BENCH_PORT (8104), BENCH_REQUESTS (per run).
"""

import http.client
import json
import multiprocessing
import os
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "example_site"), str(ROOT)]

from bench import _common  # noqa: E402

os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/govstandard_bench")
os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings"
PORT = int(os.environ.get("BENCH_PORT", "8104"))
CLIENTS = 16
REQUESTS = int(os.environ.get("BENCH_REQUESTS", "8000"))
BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/120.0 Safari/537.36"


def setup_django():
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)


def bench_page():
    """The StatisticsPage of the demo step (heavy enough to be a real page)."""
    from wagtail.models import Site

    from home.demo import statistics as demo_statistics
    from wagtail_govstandard.models import StatisticsPage

    site = Site.objects.get(is_default_site=True)
    demo_statistics.load({"site": site, "home": site.root_page.specific, "users": {}, "indexes": {}})
    return site, StatisticsPage.objects.live().get(slug="satisfaction")


# ---- 1. page served with counting on vs off (in-process, full middleware stack) ----

def time_requests(client, url, count, after_each=None):
    started = time.perf_counter()
    for _ in range(count):
        response = client.get(url, HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="198.51.100.7")
        assert response.status_code == 200, response.status_code
        if after_each:
            after_each()
    return (time.perf_counter() - started) / count * 1000


def page_benchmark(page, rounds=9, per_round=40):
    from django.core.cache import cache
    from django.test import Client
    from django.test.utils import override_settings

    from wagtail_govstandard.statistics.visits import buffer

    client = Client()
    url = page.url
    modes = {
        "off": ({"WAGTAILGOVSTANDARD_VISITS_ENABLED": False}, None),
        "on": ({"WAGTAILGOVSTANDARD_VISITS_ENABLED": True}, None),
        "sync write": ({"WAGTAILGOVSTANDARD_VISITS_ENABLED": True}, buffer.flush),
    }
    results = {name: [] for name in modes}
    cache.clear()
    time_requests(client, url, 50)  # warm up: templates, the day's salt, connections
    order = list(modes)
    for n in range(rounds):
        for name in order[n % 3:] + order[:n % 3]:  # rotate the order: drift hits every mode alike
            overrides, after_each = modes[name]
            with override_settings(**overrides):
                results[name].append(time_requests(client, url, per_round, after_each))
    buffer.flush()
    # Per-round ratios against "off" of the same round cancel slow drifts of a shared machine.
    return {
        name: (statistics.median(times), statistics.median(t / off for t, off in zip(times, results["off"])))
        for name, times in results.items()
    }


# ---- 2. visit ingestion over HTTP on gunicorn, 16 clients ----

def start_server(buffer_kind):
    env = dict(os.environ, BENCH_VISITS_BUFFER=buffer_kind,
               PYTHONPATH=os.pathsep.join([str(ROOT / "example_site"), str(ROOT)]))
    workers = str(max(2, 2 * (os.cpu_count() or 1)))
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "bench.wsgi:application", "-c", str(ROOT / "bench" / "gunicorn_conf.py"),
         "-w", workers, "-b", f"127.0.0.1:{PORT}", "--log-level", "warning", "--graceful-timeout", "30"],
        cwd=ROOT, env=env,
    )
    for _ in range(100):
        try:
            connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=2)
            connection.request("POST", "/bench/trivial/", body=b"{}")
            if connection.getresponse().status == 202:
                return process, workers
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit("gunicorn did not start")


def stop_server(process):
    process.send_signal(signal.SIGTERM)
    process.wait(timeout=60)


def load(pool, path, body):
    """The 16 clients' POSTs (bench/_common.py), each with its own User-Agent; counted: answers saying so."""
    return _common.post_load(pool, PORT, path, body, CLIENTS, REQUESTS,
                             headers=lambda n: {"User-Agent": f"{BROWSER} client-{n}"}, marker=b'"counted":true')


def rolled_up_views(page):
    from django.db.models import Sum

    from wagtail_govstandard.models import DailyPageVisits

    return DailyPageVisits.objects.filter(page=page).aggregate(n=Sum("views"))["n"] or 0


def ingestion_benchmark(page, buffer_kind):
    from django.db import connections

    from wagtail_govstandard.statistics.visits import buffer

    before = rolled_up_views(page)
    connections.close_all()
    server, workers = start_server(buffer_kind)
    body = json.dumps({"page_id": page.pk}).encode()
    trivial, visits, counted_total = [], [], 0
    try:
        with multiprocessing.get_context("fork").Pool(CLIENTS) as pool:
            load(pool, "/bench/trivial/", b'{"page_id": 1}')  # warm up every worker
            for _ in range(3):
                trivial.append(load(pool, "/bench/trivial/", body)[0])
                rate, statuses, counted = load(pool, "/api/v3/govstandard/visits/", body)
                assert statuses == {202: REQUESTS // CLIENTS * CLIENTS}, statuses
                visits.append(rate)
                counted_total += counted
    finally:
        stop_server(server)  # workers flush their memory buffers on exit
    if buffer_kind == "redis":
        with_settings_flush(buffer_kind, buffer)
    after = rolled_up_views(page)
    return {
        "buffer": buffer_kind, "workers": workers, "clients": CLIENTS,
        "trivial_rps": statistics.median(trivial), "visits_rps": statistics.median(visits),
        "posted": counted_total, "rolled_up": after - before, "lost": counted_total - (after - before),
    }


def with_settings_flush(buffer_kind, buffer):
    from django.test.utils import override_settings

    with override_settings(WAGTAILGOVSTANDARD_VISITS_BUFFER=buffer_kind):
        buffer.flush()


def redis_available():
    try:
        import redis

        redis.Redis.from_url(os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/9")).ping()
        return True
    except Exception:
        return False


def main():
    setup_django()
    from django.db import connection

    load_average = os.getloadavg()[0]
    site, page = bench_page()
    print(f"database: {connection.vendor}; page: {page.url} (id {page.pk}); cpus: {os.cpu_count()}; "
          f"load average at start: {load_average:.1f}")
    times = page_benchmark(page) if os.environ.get("BENCH_PARTS", "page,http").find("page") >= 0 else {}
    print("\n1. page served in-process (median ms per request; median of per-round ratios; 9 rounds x 40):")
    for name, (ms, ratio) in times.items():
        print(f"   counting {name:<10} {ms:7.2f} ms  ({(ratio - 1) * 100:+.1f}% vs off)")
    print(f"\n2. visit ingestion over HTTP (gunicorn, loopback, {CLIENTS} clients, {REQUESTS} posts per run, median of 3):")
    kinds = ["memory"] + (["redis"] if redis_available() else [])
    for kind in kinds:
        result = ingestion_benchmark(page, kind)
        ratio = result["visits_rps"] / result["trivial_rps"]
        print(f"   buffer={kind:<6} workers={result['workers']}: trivial view {result['trivial_rps']:7.0f} req/s, "
              f"visits API {result['visits_rps']:7.0f} req/s = {ratio:.2f}x; counted {result['posted']}, "
              f"in roll-ups {result['rolled_up']}, lost {result['lost']}")


if __name__ == "__main__":
    main()
