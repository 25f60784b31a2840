"""A NUL byte anywhere in a request is a clear 400 and changes nothing (on PostgreSQL it was a
500 on every route that filters by what it is given: list filters, search, JSON bodies)."""

import pytest
from django.test import Client

from tests.proofs.test_permission_matrix import World
from wagtail_govstandard.models import SurveyResponse


@pytest.mark.django_db
def test_nul_in_the_query_a_form_or_a_json_body_is_a_400():
    world = World()
    client = Client(raise_request_exception=False)
    client.force_login(world.webmaster)
    before = SurveyResponse.objects.count()
    for path in ("/admin/wagtail_govstandard/publicationrequest/?q=%00", "/search/?q=%00",
                 "/admin/wagtail_govstandard/workgroup/?members__username=a%00", world.news.url + "?kind=%00"):
        response = client.get(path)
        assert response.status_code == 400, (path, response.status_code)
    answers = {f"q-{q.key}": "4" for q in world.survey.questions.all()}
    response = client.post(f"/govstandard/surveys/{world.survey.slug}/respond/", {**answers, "comment": "ดี\x00"},
                           HTTP_REFERER="http://testserver/")
    assert response.status_code == 400
    response = client.post(f"/api/v3/govstandard/surveys/{world.survey.slug}/responses/",
                           b'{"answers": {}, "comment": "\\u0000"}', content_type="application/json")
    assert response.status_code == 400 and response["Content-Type"] == "application/problem+json"
    assert SurveyResponse.objects.count() == before
    assert client.get("/search/?q=%E0%B8%82%E0%B9%88%E0%B8%B2%E0%B8%A7").status_code == 200  # Thai is fine
