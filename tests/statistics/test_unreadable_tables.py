"""Finding 14 (issue #11): a statistics table that cannot be read leaves the box out, not a 500.

Each table the footer boxes read is made unreadable in turn (renamed inside the test's
transaction); the page still answers 200 and the other content is there.
"""

import pytest
from django.core.cache import cache
from django.db import connection

from tests.statistics.utils import make_survey
from tests.utils import make_content, make_home, make_index
from wagtail_govstandard.models import DailyPageVisits, DailyVisits, NewsPage, SurveyQuestion, VisitCounter


@pytest.mark.parametrize("model", [DailyVisits, DailyPageVisits, VisitCounter, SurveyQuestion])
@pytest.mark.django_db
def test_the_page_answers_without_an_unreadable_statistics_table(client, model):
    home = make_home()
    item = make_content(make_index(home, "news"), NewsPage, title="ข่าวที่ยังอ่านได้")
    VisitCounter.objects.create(name="footer", site_wide=True)
    make_survey("website")
    cache.clear()
    table = model._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(f'ALTER TABLE "{table}" RENAME TO "{table}_gone"')
    response = client.get(item.url)
    assert response.status_code == 200
    assert "ข่าวที่ยังอ่านได้" in response.content.decode()
