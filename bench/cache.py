#!/usr/bin/env python
"""Benchmark of the front cache (issue 14; not a test): a news item through Varnish ÷ straight
from gunicorn, 16 connections, and Varnish's hit ratio.

gunicorn (4 sync workers, bench settings: PublicCacheMiddleware, the visit beacon) and Varnish
(Debian's package, example_site/varnish/govstandard.vcl) run on loopback; wrk (Debian's package)
drives GET of one news item for BENCH_SECONDS (10) with 16 connections, first against gunicorn,
then through Varnish. Needs gunicorn (`pip install -e '.[bench]'`), varnishd and wrk; says so
and stops when one is missing.

    DATABASE_URL=postgres://.../govstandard_bench python bench/cache.py   # make bench runs it
Options: BENCH_CACHE_PORT (8330; Varnish on the next port), BENCH_SECONDS (10).
"""

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "example_site"), str(ROOT)]
os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/govstandard_bench")
os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings"
PORT = int(os.environ.get("BENCH_CACHE_PORT", "8330"))
SECONDS = int(os.environ.get("BENCH_SECONDS", "10"))
CONNECTIONS = 16


def setup():
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    from wagtail.models import Page

    from tests.utils import make_content, make_document, make_home, make_index
    from wagtail_govstandard.models import NewsPage

    existing = NewsPage.objects.live().filter(slug="cache-bench-item").first()
    if existing:
        return existing.url
    root = Page.objects.filter(depth=2).first()
    home = root.specific if root else make_home()
    news = next((p for p in home.get_children().live().specific() if getattr(p, "category", "") == "news"), None)
    news = news or make_index(home, "news", slug="cache-bench-news")
    item = make_content(news, NewsPage, title="ข่าวทดสอบแคช", slug="cache-bench-item",
                        attachments=[make_document("ประกาศ", "announce.pdf")])
    return item.url


def wrk(url):
    done = subprocess.run(["wrk", "-t", "2", "-c", str(CONNECTIONS), "-d", f"{SECONDS}s", "--latency", url],
                          capture_output=True, text=True, check=True)
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", done.stdout).group(1))
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", done.stdout)
    return rate, int(non_2xx.group(1)) if non_2xx else 0


def varnish_hits(workdir):
    done = subprocess.run(["varnishstat", "-n", workdir, "-1", "-j"], capture_output=True, text=True, check=True)
    counters = json.loads(done.stdout)
    counters = counters.get("counters", counters)
    return counters["MAIN.cache_hit"]["value"], counters["MAIN.cache_miss"]["value"]


def warm_up(frontcache, path):
    """The workers boot after the port opens: wait for a first answer (a minute at most)."""
    import time

    deadline = time.monotonic() + 60
    while True:
        try:
            status, headers, _ = frontcache.get(PORT, path, host=f"127.0.0.1:{PORT}", timeout=60)
            for _ in range(20):  # every worker renders the page once
                frontcache.get(PORT, path, host=f"127.0.0.1:{PORT}", timeout=60)
            return status, headers
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(1)


def main():
    missing = [tool for tool in ("wrk", "varnishd", "varnishstat")
               if not (shutil.which(tool) or Path(f"/usr/sbin/{tool}").exists())]
    if missing:
        print(f"bench/cache.py skipped: {', '.join(missing)} not installed (apt-get install varnish wrk)")
        return
    path = setup()
    from tests.cache import frontcache

    env = {"DJANGO_SETTINGS_MODULE": "bench.settings", "DATABASE_URL": os.environ["DATABASE_URL"]}
    gunicorn = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "bench.wsgi:application", "-c", str(ROOT / "bench" / "gunicorn_conf.py"),
         "--workers", "4", "--bind", f"127.0.0.1:{PORT}", "--log-level", "warning"],
        cwd=ROOT, env={**os.environ, **env, "PYTHONPATH": f"{ROOT}:{ROOT / 'example_site'}"},
    )
    varnish = workdir = None
    try:
        frontcache.wait_for_port(PORT)
        varnish, workdir = frontcache.start_varnish(PORT + 1, PORT, memory="128m")
        status, headers = warm_up(frontcache, path)
        print(f"\nfront cache: GET {path} ({status}; Cache-Control: {headers.get('Cache-Control')}; "
              f"Set-Cookie: {'yes' if 'Set-Cookie' in headers else 'none'}; Vary: {headers.get('Vary')})")
        direct, direct_errors = wrk(f"http://127.0.0.1:{PORT}{path}")
        cached, cached_errors = wrk(f"http://127.0.0.1:{PORT + 1}{path}")
        hits, misses = varnish_hits(workdir)
        print(f"  straight from gunicorn (4 workers): {direct:,.0f} req/s ({direct_errors} non-2xx)")
        print(f"  through Varnish:                    {cached:,.0f} req/s ({cached_errors} non-2xx)")
        print(f"  Varnish / gunicorn: {cached / direct:.1f}x (goal >= 20x); "
              f"hit ratio {hits / max(hits + misses, 1):.4f} ({hits:,} hits, {misses:,} misses)")
    finally:
        if varnish:
            frontcache.stop(varnish)
        gunicorn.terminate()
        try:
            gunicorn.wait(30)
        except subprocess.TimeoutExpired:
            gunicorn.kill()


if __name__ == "__main__":
    main()
