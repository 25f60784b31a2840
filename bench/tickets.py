"""The patient queue under load, on PostgreSQL over gunicorn (not a test; prints figures).

1. ticket issue throughput: 16 client processes POST /api/v3/govstandard/queue/tickets/ with an
   integration's bearer token, against the same clients POSTing to a trivial view; for the
   floor of any view that writes, to the trivial view plus one committed one-row INSERT; and for
   the floor of an issue, to the trivial view plus `numbering.issue()` at a second point (no API
   around it). Then the numbers issued at both points are checked: distinct and consecutive (0
   duplicates, 0 gaps). The four take turns in 10 rounds, so that a slower stretch of a shared
   machine slows them alike;
2. call-next latency over HTTP (one counter, one staff token, sequential calls);
3. an unchanged board poll (If-None-Match -> 304): time over HTTP and database queries in-process.

The queue's tables start as a hospital's do: 30 days of 800 visits kept, analyzed. Each phase
prints the CPU each role used per request (gunicorn workers, PostgreSQL, clients, Redis), read
from /proc.

Run: python bench/tickets.py (DATABASE_URL: its own PostgreSQL database, contents of the queue
tables replaced; REDIS_URL: the shared cache the workers need for the board version).
Options: BENCH_PORT (8600), BENCH_REQUESTS (8000 issues), BENCH_CALLS (300).
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

os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/gs_queue")
os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:6379/11")
os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings"
PORT = int(os.environ.get("BENCH_PORT", "8600"))
CLIENTS = 16
REQUESTS = int(os.environ.get("BENCH_REQUESTS", "8000"))
CALLS = int(os.environ.get("BENCH_CALLS", "300"))
HOST = "bench-hospital.localhost"
ROUNDS = 10  # the load phases take turns in this many rounds (loads())
ISSUES = REQUESTS // ROUNDS // CLIENTS * CLIENTS * ROUNDS
RETAINED_DAYS, RETAINED_PER_DAY = 30, 800  # a community hospital's 300-800 visits a day, kept 30 days


def setup_django():
    import django

    _common.ensure_database(os.environ["DATABASE_URL"])
    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)


def bench_world():
    """A Site with one issuing point and two counters, an integration token, a staff token, a board,
    and a second point for the issue without the API (bench/urls.py)."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from wagtail.models import APIToken, Page, Site

    from wagtail_govstandard.queue import access, setup
    from wagtail_govstandard.queue.models import Counter, ServicePoint
    from wagtail_govstandard.queue.pages import BoardPage

    setup.ensure_groups()
    root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root"))
    site = Site.objects.filter(hostname=HOST).first()
    if site is None:
        home = root.add_child(instance=Page(title="Bench hospital", slug="bench-hospital"))
        site = Site.objects.create(hostname=HOST, port=80, root_page=home, site_name="Bench hospital")
    point, _ = ServicePoint.objects.get_or_create(site=site, code="registration",
                                                  defaults={"prefix": "A", "name_th": "เวชระเบียน", "name_en": "Registration"})
    for number in (1, 2):
        Counter.objects.get_or_create(point=point, number=number)
    ServicePoint.objects.get_or_create(site=site, code="issue-only",  # bench/urls.py's issue_only view's
                                       defaults={"prefix": "F", "name_th": "จุดวัด", "name_en": "Issue only"})
    users = {}
    for name, group in (("bench-his", access.INTEGRATION), ("bench-staff", access.STAFF)):
        user, _ = get_user_model().objects.get_or_create(username=name)
        user.groups.add(Group.objects.get(name=group))
        point.staff.add(user)
        users[name] = APIToken.create_token(user=user, name="bench")[1]
    from django.db import connection

    with connection.cursor() as cursor:  # the one-row view's table (bench/urls.py)
        cursor.execute("CREATE TABLE IF NOT EXISTS bench_one_row (id bigserial PRIMARY KEY, at timestamptz)")
        cursor.execute("TRUNCATE bench_one_row")
    retained_days(point, get_user_model().objects.get(username="bench-his"))
    board = BoardPage.objects.child_of(site.root_page).first()
    if board is None:
        board = site.root_page.add_child(instance=BoardPage(title="Board", slug="board"))
        board.save_revision().publish()
    return site, point, users, board, ServicePoint.objects.get(site=site, code="issue-only")


def retained_days(point, user, days=RETAINED_DAYS, per_day=RETAINED_PER_DAY):
    """The queue's tables as a hospital has them: emptied by TRUNCATE (a DELETE would leave the last
    run's rows as dead index entries under the same (point, day, number) keys, stepped over by every
    insert of this run), then the tickets of the days kept (QUEUE_RETENTION_DAYS), each done with
    its three events, then VACUUM ANALYZE as autovacuum would. On empty tables' statistics the
    planner checks each new ticket's foreign key to its visit by a scan of the whole table."""
    from django.db import connection

    from wagtail_govstandard.queue import clock
    from wagtail_govstandard.queue.models import DayCounter, Ticket, TicketEvent, Visit

    tables = [model._meta.db_table for model in (Visit, Ticket, TicketEvent, DayCounter)]
    with connection.cursor() as cursor:
        cursor.execute(f"TRUNCATE {', '.join(tables)}")
        cursor.execute(f"""
            WITH visits AS (
                INSERT INTO {tables[0]} (site_id, issue_point_id, day, number, display, priority, rank, token,
                                         reference, channel, issued_by_id, issued_at, form_key)
                SELECT %(site)s, %(point)s, %(today)s - d, n, 'A' || lpad(n::text, 3, '0'), 'normal', 2,
                       md5(d || '-' || n), '', 'his', %(user)s, (%(today)s - d) + time '01:00' + n * interval '30 s', ''
                FROM generate_series(1, %(days)s) AS d, generate_series(1, %(per_day)s) AS n
                RETURNING id, issued_at
            ), tickets AS (
                INSERT INTO {tables[1]} (visit_id, point_id, state, rank, queued_at, called_at, last_called_at,
                                         started_at, finished_at, call_count)
                SELECT id, %(point)s, 'done', 2, issued_at, issued_at + interval '10 min',
                       issued_at + interval '10 min', issued_at + interval '11 min', issued_at + interval '15 min', 1
                FROM visits RETURNING id, queued_at
            )
            INSERT INTO {tables[2]} (ticket_id, action, from_state, to_state, actor_id, at)
            SELECT id, action, from_state, to_state, %(user)s, queued_at + after
            FROM tickets, (VALUES ('issued', '', 'waiting', interval '0'), ('called', 'waiting', 'called', interval '10 min'),
                                  ('done', 'serving', 'done', interval '15 min')) AS steps (action, from_state, to_state, after)
        """, {"site": point.site_id, "point": point.pk, "today": clock.today(), "user": user.pk,
              "days": days, "per_day": per_day})
        cursor.execute(f"INSERT INTO {tables[3]} (point_id, day, last_number) "
                       f"SELECT %s, %s - d, %s FROM generate_series(1, %s) AS d", [point.pk, clock.today(), per_day, days])
        for table in tables:
            cursor.execute(f"VACUUM ANALYZE {table}")


def start_server():
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT / "example_site"), str(ROOT)]))
    workers = str(max(2, 2 * (os.cpu_count() or 1)))
    process = subprocess.Popen(
        [sys.executable, "-P", "-m", "gunicorn", "bench.wsgi:application", "-c", str(ROOT / "bench" / "gunicorn_conf.py"),
         "-w", workers, "-b", f"127.0.0.1:{PORT}", "--log-level", "warning"], cwd=ROOT, env=env)
    for _ in range(150):
        try:
            connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=2)
            connection.request("POST", "/bench/trivial/", body=b"{}")
            if connection.getresponse().status == 202:
                return process, workers
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit("gunicorn did not start")


def loads(pool, server, body, views, rounds=ROUNDS):
    """The 16 clients' POSTs (bench/_common.py, as bench/visits.py) to each of `views` (path, headers),
    REQUESTS each, in `rounds` rounds in which the views take turns: a stretch of a shared machine
    running slower then slows every view alike. Per view: (requests per second, statuses, CPU
    milliseconds per request of each role: gunicorn workers, PostgreSQL, clients, Redis, other)."""
    per_round = REQUESTS // rounds // CLIENTS * CLIENTS
    totals = [{"seconds": 0.0, "statuses": {}, "cpu": {}} for _ in views]
    for _ in range(rounds):
        for (path, headers), total in zip(views, totals):
            before = _common.cpu_by_process(server.pid)
            started = time.perf_counter()
            _rate, statuses, _marked = _common.post_load(pool, PORT, path, body, CLIENTS, per_round,
                                                         headers=lambda _n, h=headers: {"Host": HOST, **h})
            total["seconds"] += time.perf_counter() - started
            cpu = _common.cpu_per_request(before, _common.cpu_by_process(server.pid), per_round * rounds)
            for role, ms in cpu.items():
                total["cpu"][role] = total["cpu"].get(role, 0.0) + ms
            for status, n in statuses.items():
                total["statuses"][status] = total["statuses"].get(status, 0) + n
    return [(per_round * rounds / t["seconds"], t["statuses"], t["cpu"]) for t in totals]


def cpu_line(cpu):
    return "  ".join(f"{role} {ms:.2f}" for role, ms in cpu.items()) + f"  all {sum(cpu.values()):.2f}"


def timed(method, path, headers, body=None, repeat=1):
    times, statuses = [], {}
    connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
    for _ in range(repeat):
        started = time.perf_counter()
        connection.request(method, path, body=body, headers={"Host": HOST, "Content-Type": "application/json", **headers})
        response = connection.getresponse()
        payload = response.read()
        times.append((time.perf_counter() - started) * 1000)
        statuses[response.status] = statuses.get(response.status, 0) + 1
    connection.close()
    return times, statuses, payload, response


def call_and_start(counter, staff):
    """Call next as a counter does: call (timed), then start serving (so the next call is not a
    double click answered with the same ticket)."""
    times, statuses = [], {}
    for _ in range(CALLS):
        elapsed, status, payload, _r = timed("POST", f"/api/v3/govstandard/queue/counters/{counter.pk}/call-next/",
                                             staff, b"{}")
        times += elapsed
        for code, n in status.items():
            statuses[code] = statuses.get(code, 0) + n
        ticket = json.loads(payload)["ticket"]
        timed("POST", f"/api/v3/govstandard/queue/tickets/{ticket['id']}/start/", staff, b"{}")
    return times, statuses


def numbers_issued(point, day):
    """(numbers issued at `point` on `day`, duplicates among them, gaps)."""
    from wagtail_govstandard.queue.models import Visit

    numbers = list(Visit.objects.filter(issue_point=point, day=day).values_list("number", flat=True))
    duplicates = len(numbers) - len(set(numbers))
    gaps = (max(numbers) - len(set(numbers))) if numbers else 0
    return len(numbers), duplicates, gaps


def board_queries(board):
    """Queries of an unchanged poll, in-process through the full middleware stack."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST=HOST)
    url = f"/api/v3/govstandard/queue/boards/{board.pk}/state/"
    tag = client.get(url)["ETag"]
    with CaptureQueriesContext(connection) as queries:
        status = client.get(url, headers={"If-None-Match": tag}).status_code
    return status, len(queries)


def ms(values):
    ordered = sorted(values)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]


def main():
    setup_django()
    from django.db import connections

    site, point, tokens, board, issue_only = bench_world()
    his = {"Authorization": f"Bearer {tokens['bench-his']}"}
    staff = {"Authorization": f"Bearer {tokens['bench-staff']}"}
    connections.close_all()
    print(f"PostgreSQL, gunicorn on 127.0.0.1:{PORT}, cpus: {os.cpu_count()}, load average {os.getloadavg()[0]:.1f}")
    from wagtail_govstandard.queue import clock

    day = clock.today()  # the retained days are before it
    server, workers = start_server()
    body = json.dumps({"point": point.pk, "priority": "normal", "reference": "VN-<unique>"}).encode()
    try:
        with multiprocessing.get_context("fork").Pool(CLIENTS) as pool:
            loads(pool, server, body, [("/bench/trivial/", {})], rounds=1)  # warm up every worker
            (trivial, trivial_statuses, trivial_cpu), (one_row, one_row_statuses, one_row_cpu), \
                (bare, bare_statuses, bare_cpu), (issue, issue_statuses, issue_cpu) = loads(pool, server, body, [
                    ("/bench/trivial/", {}), ("/bench/one-row/", {}), (f"/bench/issue-only/?point={issue_only.pk}", {}),
                    ("/api/v3/govstandard/queue/tickets/", his)])
        issued, duplicates, gaps = numbers_issued(point, day)
        bare_issued, bare_duplicates, bare_gaps = numbers_issued(issue_only, day)
        counter = point.counters.get(number=1)
        call_times, call_statuses = call_and_start(counter, staff)
        url = f"/api/v3/govstandard/queue/boards/{board.pk}/state/"
        _t, _s, _p, first = timed("GET", url, {})
        poll_times, poll_statuses, _p, _r = timed("GET", url, {"If-None-Match": first.getheader("ETag")}, repeat=500)
        full_times, _fs, _p, _r = timed("GET", url, {}, repeat=100)
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=60)
    poll_status, poll_queries = board_queries(board)
    print(f"workers: {workers}; clients: {CLIENTS}; issues: {ISSUES}, in {ROUNDS} rounds taking turns with the other views")
    print(f"trivial view:      {trivial:8.0f} req/s  {trivial_statuses}")
    print(f"one-row insert:    {one_row:8.0f} req/s  {one_row_statuses}  ratio {one_row / trivial:.2f}x the trivial view")
    print(f"issue, no API:     {bare:8.0f} req/s  {bare_statuses}  ratio {bare / trivial:.2f}x the trivial view")
    print(f"ticket issue (API):{issue:8.0f} req/s  {issue_statuses}  ratio {issue / trivial:.2f}x the trivial view")
    print("CPU ms per request:")
    for label, cpu in (("trivial view", trivial_cpu), ("one-row insert", one_row_cpu), ("issue, no API", bare_cpu),
                       ("ticket issue", issue_cpu)):
        print(f"  {label:15s} {cpu_line(cpu)}")
    print(f"numbers issued: {issued}, duplicates: {duplicates}, gaps: {gaps} "
          f"(issue, no API: {bare_issued}, duplicates: {bare_duplicates}, gaps: {bare_gaps})")
    median, p95 = ms(call_times)
    print(f"call next over HTTP ({CALLS} calls, {call_statuses}): median {median:.1f} ms, p95 {p95:.1f} ms")
    median, p95 = ms(poll_times)
    print(f"unchanged board poll (304, {poll_statuses}): median {median:.2f} ms, p95 {p95:.2f} ms; "
          f"in-process: {poll_status} with {poll_queries} database queries")
    median, p95 = ms(full_times)
    print(f"board state, full answer (200): median {median:.1f} ms, p95 {p95:.1f} ms")
    if duplicates or bare_duplicates or issue_statuses != {201: ISSUES} or bare_statuses != {201: ISSUES}:
        raise SystemExit("FAILED: duplicate numbers or failed issues")


if __name__ == "__main__":
    main()
