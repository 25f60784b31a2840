"""Replay a CSV of HIS visits against the queue's API: what an HIS adapter does, as a script.

    python replay_visits.py visits.csv --base http://hospital.example.go.th --token <APIToken> [--speed 60]
    python replay_visits.py visits.csv --base http://127.0.0.1:8000 --host hospital.localhost:8000 --token ...

--host sends the hospital Site's name to a server reached by another address (the demo's
hospital.localhost, which Python cannot look up). The token is the integration user's Wagtail
APIToken (manage.py api_tokens create --user his --name HIS, or Settings → API tokens in the admin).

The CSV has a header row: `time,point,priority,reference` (time HH:MM, point the service point's
code, priority one of the priority classes, reference the HIS's opaque visit id: a VN, never an
HN or ID card number). Rows are posted to POST /api/v3/govstandard/queue/tickets/ in order,
waiting between them as the times say divided by --speed (0: no waiting). Prints each ticket's
number and status URL (to print on the HIS's own slip or send by SMS). Run again, it issues
nothing twice: a reference already issued today answers its ticket. Standard library only.
"""

import argparse
import csv
import datetime
import json
import sys
import time
import urllib.error
import urllib.request

API = "/api/v3/govstandard/queue"


def call(base, token, method, path, body=None, host=None):
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json", "Accept": "application/json"}
    if host:
        headers["Host"] = host
    request = urllib.request.Request(
        base.rstrip("/") + API + path, method=method, data=json.dumps(body).encode() if body is not None else None,
        headers=headers,
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read() or b"null")
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"null")
    except urllib.error.URLError as error:
        sys.exit(f"cannot reach {base}: {error.reason} (a name Python cannot look up, such as hospital.localhost: "
                 f"--base http://127.0.0.1:<port> --host <the name>:<port>)")


def point_ids(base, token, host=None):
    status, points = call(base, token, "GET", "/points/", host=host)
    if status != 200:
        sys.exit(f"GET /points/ answered {status}: {points}")
    return {p["code"]: p["id"] for p in points}


def minutes(text):
    moment = datetime.datetime.strptime(text.strip(), "%H:%M")
    return moment.hour * 60 + moment.minute


def replay(rows, base, token, speed, host=None):
    ids = point_ids(base, token, host)
    previous, issued = None, []
    for row in rows:
        at = minutes(row["time"])
        if speed and previous is not None and at > previous:
            time.sleep((at - previous) * 60 / speed)
        previous = at
        body = {"point": ids[row["point"]], "priority": row.get("priority") or "normal",
                "reference": row.get("reference", "")}
        status, ticket = call(base, token, "POST", "/tickets/", body, host)
        if status not in (200, 201):
            print(f"{row['time']} {row['point']}: {status} {ticket.get('detail') if ticket else ''}")
            continue
        if status == 201:  # 200: this reference's ticket of today, issued by an earlier run (a retry)
            issued.append(ticket)
        earlier = "" if status == 201 else " (issued before)"
        print(f"{row['time']} {ticket['number']} at {ticket['point']['code']}{earlier}: {ticket['status_url']}")
    return issued


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("csv")
    parser.add_argument("--base", required=True)
    parser.add_argument("--token", required=True)
    parser.add_argument("--host", help="the Site's name, when --base reaches the server by another address")
    parser.add_argument("--speed", type=float, default=0)
    args = parser.parse_args(argv)
    with open(args.csv, newline="", encoding="utf-8") as handle:
        issued = replay(list(csv.DictReader(handle)), args.base, args.token, args.speed, args.host)
    print(f"{len(issued)} ticket(s) issued")


if __name__ == "__main__":
    main()
