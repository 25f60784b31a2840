"""Stored-XSS probes: hostile text in every free-text field of every page type comes back
escaped on the public page, in the admin and in the APIs, never as live markup."""

import pytest
from django.urls import reverse
from django.utils.html import escape

from tests.e2e.content import make_image, make_sample_page, public_page_models
from tests.e2e.templates import template_missing
from tests.utils import bearer, make_document, make_user

# Both probes in one text: a script element, and an attribute break-out into an img with onerror.
PAYLOAD = '<script>alert(1)</script> "><img src=x onerror=alert(1)>'
LIVE_MARKUP = ["<script>alert(1)", "<img src=x onerror=alert(1)>"]
PAGE_TYPES = [m for m in public_page_models() if m.__name__ != "HomePage"]


def live_markup_in(text):
    lowered = text.lower()
    return [snippet for snippet in LIVE_MARKUP if snippet in lowered]


def probe_page(home, model, payload):
    return make_sample_page(home, model, text=payload, image=make_image(), attachments=[make_document()])


def json_strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from json_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from json_strings(item)


def assert_json_has_no_live_markup(response, payload):
    assert response.status_code == 200, response.content[:500]
    assert response["Content-Type"].startswith("application/json")
    assert response.get("X-Content-Type-Options") == "nosniff"
    data = response.json()
    values = list(json_strings(data))
    assert any(payload in s or escape(payload) in s for s in values), "the probe text is not in the answer"
    # A plain-text field holds the text itself (data, not markup); any HTML value must have it escaped.
    offending = [s for s in values if s != payload and live_markup_in(s)]
    assert not offending, f"live markup in API values: {offending}"


@pytest.mark.django_db
@pytest.mark.parametrize("model", PAGE_TYPES, ids=[m.__name__ for m in PAGE_TYPES])
def test_public_page_shows_hostile_text_escaped(client, home, model):
    page = probe_page(home, model, PAYLOAD)
    missing = template_missing(page)
    if missing:
        pytest.skip(f"the example site has no template {missing} on this branch yet")
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert escape(PAYLOAD) in html, "the probe text is not shown at all"
    assert not live_markup_in(html), f"{model.__name__}: hostile text came back as live markup"


@pytest.mark.django_db
@pytest.mark.parametrize("model", PAGE_TYPES, ids=[m.__name__ for m in PAGE_TYPES])
def test_apis_return_hostile_text_as_data(client, home, model):
    page = probe_page(home, model, PAYLOAD)
    assert_json_has_no_live_markup(client.get(f"/api/v2/pages/{page.pk}/?fields=*"), PAYLOAD)
    editor = make_user("admin", superuser=True)
    assert_json_has_no_live_markup(client.get(f"/api/v3/pages/{page.pk}/", headers=bearer(editor)), PAYLOAD)


@pytest.mark.django_db
def test_admin_shows_hostile_titles_escaped(client, home):
    pages = [probe_page(home, model, PAYLOAD) for model in PAGE_TYPES]
    client.force_login(make_user("admin", superuser=True))
    for page in pages:
        for url in (f"/admin/pages/{page.get_parent().pk}/", f"/admin/pages/{page.pk}/edit/"):
            response = client.get(url)
            assert response.status_code == 200, url
            html = response.content.decode()
            assert escape(PAYLOAD) in html, url
            assert not live_markup_in(html), f"{url}: hostile text came back as live markup"


# --- the other free-text fields: publication requests and survey comments -------------------


@pytest.mark.django_db
def test_request_text_comes_back_escaped_in_admin_and_api(client):
    from tests.requests.conftest import file_request, pdf_upload
    from tests.utils import make_work_group
    from wagtail_govstandard import roles
    from wagtail_govstandard.requests import setup

    setup.ensure_roles()
    provider = make_user("provider", groups=[roles.PROVIDER])
    head = make_user("head", groups=[roles.HEAD])
    group = make_work_group("planning", heads=[head], members=[provider])
    request_obj = file_request(
        provider, group, files=[pdf_upload()], subject=PAYLOAD, details=PAYLOAD, remarks=PAYLOAD,
        requester_position=PAYLOAD,
    )
    client.force_login(head)
    for name in ("wagtail_govstandard_requests:detail", "wagtail_govstandard_requests:print"):
        html = client.get(reverse(name, kwargs={"pk": request_obj.pk})).content.decode()
        assert escape(PAYLOAD) in html, name
        assert not live_markup_in(html), f"{name}: hostile text came back as live markup"
    html = client.get(reverse("wagtail_govstandard_publicationrequest_modeladmin_index")).content.decode()
    assert not live_markup_in(html)
    api = client.get(f"/api/v3/govstandard/requests/{request_obj.pk}/", headers=bearer(head))
    assert_json_has_no_live_markup(api, PAYLOAD)


@pytest.mark.django_db
def test_survey_comment_comes_back_escaped(client, home):
    from django.utils import timezone

    from tests.statistics.utils import make_survey
    from wagtail_govstandard import roles
    from wagtail_govstandard.models import SurveyResponse
    from wagtail_govstandard.requests import setup

    setup.ensure_roles()
    survey = make_survey("website")
    for status in ("approved", "pending"):
        SurveyResponse.objects.create(
            survey=survey, submitted_at=timezone.now(), day=timezone.localdate(), comment=PAYLOAD,
            comment_status=status, respondent_type="public",
        )
    client.force_login(make_user("webmaster", groups=[roles.WEBMASTER]))
    html = client.get(reverse("wagtail_govstandard_survey_moderation")).content.decode()
    assert escape(PAYLOAD) in html
    assert not live_markup_in(html)
    results = client.get(f"/api/v3/govstandard/surveys/{survey.slug}/results/")
    assert results.status_code == 200
    assert not [s for s in json_strings(results.json()) if s != PAYLOAD and live_markup_in(s)]
    page = probe_page(home, public_page_models_by_name()["StatisticsPage"], "สถิติ")
    page.survey = survey
    page.save_revision().publish()
    if not template_missing(page):
        assert not live_markup_in(client.get(page.url).content.decode())


def public_page_models_by_name():
    return {m.__name__: m for m in public_page_models()}
