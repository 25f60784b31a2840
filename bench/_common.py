"""Shared by the benchmarks: Django on the bench database, timing, query counts, memory, tables.

A benchmark is a `bench/<name>.py` script (files starting with "_" are helpers); `make bench`
runs them all. They need PostgreSQL: BENCH_DATABASE_URL (default
postgres://postgres@127.0.0.1:5432/govstandard_bench; the database is created when missing and
its contents replaced).
"""

import http.client
import os
import secrets
import statistics
import sys
import time
import tracemalloc
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parents[1]
DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/govstandard_bench"
WARMUP = 3


def database_url():
    return os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL)


def ensure_database(url):
    """CREATE DATABASE when the bench database does not exist yet."""
    import psycopg

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    admin_url = parts._replace(path="/postgres").geturl()
    with psycopg.connect(admin_url, autocommit=True) as connection:
        exists = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            connection.execute(f'CREATE DATABASE "{name}"')


def setup_django():
    """Configure Django (the example site's test settings) on the bench database."""
    url = database_url()
    if not url.startswith("postgres"):
        sys.exit("The benchmarks run on PostgreSQL: set BENCH_DATABASE_URL=postgres://...")
    ensure_database(url)
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    for path in (REPO / "example_site", REPO):
        if str(path) not in sys.path:
            sys.path.insert(0, str(path))
    import django

    django.setup()


@dataclass
class Measure:
    label: str
    url: str
    times_ms: list = field(default_factory=list)
    queries: int = 0
    peak_kb: float = 0.0
    status: int = 0

    @property
    def median_ms(self):
        return statistics.median(self.times_ms)

    @property
    def p95_ms(self):
        ordered = sorted(self.times_ms)
        return ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]


def measure(client, label, url, repeat=30, headers=None):
    """Median/p95 wall time of GET url, its query count and peak Python memory (tracemalloc)."""
    return measure_interleaved([(client, label, url, headers)], repeat)[0]


def measure_interleaved(views, repeat=30):
    """measure() for each of `views` (client, label, url, headers), timed in rounds of one request
    to every view: a burst of load on a shared machine then slows every view alike, and the
    ratios between them stay true."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    results = []
    for client, label, url, headers in views:
        result = Measure(label, url)
        for _ in range(WARMUP):
            result.status = client.get(url, headers=headers or {}).status_code
        assert result.status == 200, f"{label}: GET {url} answered {result.status}"
        results.append(result)
    for _ in range(repeat):
        for (client, _label, url, headers), result in zip(views, results):
            start = time.perf_counter()
            client.get(url, headers=headers or {})
            result.times_ms.append((time.perf_counter() - start) * 1000)
    for (client, _label, url, headers), result in zip(views, results):
        with CaptureQueriesContext(connection) as queries:
            client.get(url, headers=headers or {})
        result.queries = len(queries)
        tracemalloc.start()
        client.get(url, headers=headers or {})
        result.peak_kb = tracemalloc.get_traced_memory()[1] / 1024
        tracemalloc.stop()
    return results


UNIQUE = b"<unique>"


def post_client(job):
    """One load client: `count` POSTs of `body` to `path` on 127.0.0.1:`port`, a new connection each;
    UNIQUE in the body becomes a value no other request sends (an HIS reference is one a visit).
    Its statuses, and how many answers contained `marker` (spaces ignored)."""
    port, path, body, count, headers, marker = job
    statuses, marked = {}, 0
    for _ in range(count):
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        sent = body.replace(UNIQUE, secrets.token_hex(8).encode()) if UNIQUE in body else body
        connection.request("POST", path, body=sent, headers={"Content-Type": "application/json", **headers})
        response = connection.getresponse()
        payload = response.read()
        statuses[response.status] = statuses.get(response.status, 0) + 1
        if marker and response.status < 300 and marker in payload.replace(b" ", b""):
            marked += 1
        connection.close()
    return statuses, marked


def post_load(pool, port, path, body, clients, requests, headers=None, marker=None):
    """`clients` processes of `pool` POST `requests` in all: (requests per second, statuses, marked).
    `headers(n)` gives client n's headers."""
    per_client = requests // clients
    jobs = [(port, path, body, per_client, headers(n) if headers else {}, marker) for n in range(clients)]
    started = time.perf_counter()
    outcomes = pool.map(post_client, jobs)
    elapsed = time.perf_counter() - started
    statuses, marked = {}, 0
    for client_statuses, client_marked in outcomes:
        marked += client_marked
        for status, n in client_statuses.items():
            statuses[status] = statuses.get(status, 0) + n
    return per_client * clients / elapsed, statuses, marked


def cpu_by_process(server_pid):
    """{pid: (role, CPU seconds used so far, user + system)} of every process on this machine, read
    from /proc; role is "workers" (children of `server_pid`), "clients" (children of this
    process), "postgres", "redis" or "other"."""
    tick, me, processes = os.sysconf("SC_CLK_TCK"), os.getpid(), {}
    for entry in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{entry}/stat") as stat:
                text = stat.read()
        except OSError:  # ended meanwhile
            continue
        name, fields = text[text.index("(") + 1:text.rindex(")")], text[text.rindex(")") + 2:].split()
        parent = int(fields[1])
        role = ("workers" if parent == server_pid else "clients" if parent == me else
                "postgres" if name.startswith("postgres") else "redis" if name.startswith("redis") else "other")
        processes[int(entry)] = (role, (int(fields[11]) + int(fields[12])) / tick)
    return processes


def cpu_per_request(before, after, requests):
    """Milliseconds of CPU per request of each role between two cpu_by_process() readings (a
    process that ended in between is not counted; one that started counts from its start)."""
    roles = {"workers": 0.0, "postgres": 0.0, "clients": 0.0, "redis": 0.0, "other": 0.0}
    for pid, (role, seconds) in after.items():
        roles[role] += (seconds - before.get(pid, (role, 0.0))[1]) * 1000 / requests
    return roles


def print_table(title, headers, rows):
    widths = [max(len(str(cell)) for cell in column) for column in zip(headers, *rows)]
    line = lambda cells: "| " + " | ".join(str(c).ljust(w) for c, w in zip(cells, widths)) + " |"  # noqa: E731
    print(f"\n{title}\n")
    print(line(headers))
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in rows:
        print(line(row))
    sys.stdout.flush()


def measure_row(scale, measured):
    return [
        f"{scale:,}", measured.label, f"{measured.median_ms:.1f}", f"{measured.p95_ms:.1f}",
        measured.queries, f"{measured.peak_kb:,.0f}",
    ]


MEASURE_HEADERS = ["pages", "what", "median ms", "p95 ms", "queries", "peak KB"]


def ratio(a, b):
    return a / b if b else float("inf")


def verdict(value, limit):
    return f"{value:.2f}× (target ≤ {limit}×: {'met' if value <= limit else 'MISSED'})"
