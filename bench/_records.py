"""The bench dataset beyond pages: a year of visit roll-ups, survey responses, publication requests.

Written in bulk (COPY for the large tables) so that the run measures the package on the data an
agency gathers in a year, not on empty tables:
  - the demo's visit box, satisfaction survey and statistics page (home.demo.statistics);
  - RESPONSES survey responses over the last year, each answering every question;
  - REQUESTS publication requests of three work groups, in every state;
  - a year of daily page roll-ups for every content page (add_rollups, as pages are added).
"""

import datetime
import random

RESPONSES = 100_000
REQUESTS = 5_000
BATCH = 5_000
VISITED_EVERY = 30  # a page has views on one day in VISITED_EVERY: ≈12 roll-up rows a year


def _copy(table, columns, rows):
    """COPY rows into table (psycopg 3), far faster than INSERTs for hundreds of thousands."""
    from django.db import connection

    with connection.cursor() as cursor:
        with cursor.cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)


def statistics(home, statistics_index):
    """The visit box, survey and statistics page of the demo, under the bench's statistics index."""
    from wagtail.models import Site

    from home.demo import statistics as demo_statistics

    site = Site.objects.get(root_page=home)
    survey = demo_statistics._survey()
    add_responses(survey)
    demo_statistics.load({"site": site, "home": home, "users": {}, "indexes": {"statistics": statistics_index}})
    return survey


def add_responses(survey, count=RESPONSES):
    """`count` responses over the last year, 1 in 20 with a comment (half approved)."""
    from django.utils import timezone

    from wagtail_govstandard.content.dates import local_today
    from wagtail_govstandard.models import SurveyAnswer, SurveyResponse

    rng = random.Random(2569)
    questions = list(survey.questions.values_list("pk", flat=True))
    today, now = local_today(), timezone.now()
    for start in range(0, count, BATCH):
        responses = []
        for n in range(start, min(count, start + BATCH)):
            days_ago = rng.randint(0, 364)
            commented = n % 20 == 0
            responses.append(SurveyResponse(
                survey=survey, day=today - datetime.timedelta(days=days_ago),
                submitted_at=now - datetime.timedelta(days=days_ago),
                respondent_type=rng.choice(["public", "patient", "staff", "other", ""]),
                comment=f"ความเห็นที่ {n}" if commented else "",
                comment_status=("approved" if n % 40 == 0 else "pending"),
            ))
        SurveyResponse.objects.bulk_create(responses)
        _copy(SurveyAnswer._meta.db_table, ["response_id", "question_id", "rating"], (
            (response.pk, question, rng.choices([1, 2, 3, 4, 5], weights=[1, 2, 6, 12, 9])[0])
            for response in responses for question in questions
        ))


def add_requests(count=REQUESTS):
    """`count` publication requests of three work groups, spread over every state."""
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from wagtail_govstandard.content import categories
    from wagtail_govstandard.models import PublicationRequest, WorkGroup
    from wagtail_govstandard.requests import models as request_states

    provider, _ = get_user_model().objects.get_or_create(username="bench-provider", defaults={"email": "p@example.go.th"})
    groups = [
        WorkGroup.objects.get_or_create(slug=f"bench-{n}", defaults={"name_th": f"กลุ่มงาน {n}", "email": f"g{n}@example.go.th"})[0]
        for n in range(3)
    ]
    for group in groups:
        group.members.add(provider)
    codes = [c.code for c in categories.CATEGORIES if c.needs_pages]
    states = [request_states.SUBMITTED, request_states.APPROVED, request_states.REJECTED, request_states.PUBLISHED]
    rng = random.Random(2568)
    now = timezone.now()
    PublicationRequest.objects.bulk_create([
        PublicationRequest(
            work_group=groups[n % len(groups)], subject=f"ขอเผยแพร่ข้อมูล {n}", details="รายละเอียดโดยย่อ",
            requested_category=rng.choice(codes), requested_by=provider, requester_name="ผู้ให้ข้อมูล",
            status=states[n % len(states)], submitted_at=now - datetime.timedelta(hours=n),
            first_submitted_at=now - datetime.timedelta(hours=n),
        )
        for n in range(count)
    ], batch_size=BATCH)


def add_rollups(site, page_ids):
    """A year of daily roll-ups for these pages: each has views on one day in VISITED_EVERY."""
    from wagtail_govstandard.content.dates import local_today
    from wagtail_govstandard.models import DailyPageVisits

    today = local_today()
    days = [today - datetime.timedelta(days=offset) for offset in range(1, 366)]
    _copy(DailyPageVisits._meta.db_table, ["site_id", "page_id", "day", "views", "visitors"], (
        (site.pk, page_id, day, 3 + (page_id + n) % 40, 2 + (page_id + n) % 25)
        for page_id in page_ids for n, day in enumerate(days) if (page_id + n) % VISITED_EVERY == 0
    ))
