"""B.E. dates in the admin (issue #12): a Thai editor types and reads 31/01/2570, an English
editor reads 31/01/2027; every date field of the package's forms and page types does the same,
and a date that cannot be read is a form error saying what was understood, never a 500. A date
and time (a page's go-live and expiry, a knowledge page's data time, an alert banner's span) is
typed and read as 31/01/2570 14:30, in Asia/Bangkok whatever the editor's own time zone."""

import datetime
import re
import zoneinfo

import pytest
from django.apps import apps
from django.db import models
from django.urls import reverse
from wagtail.test.utils.form_data import rich_text
from wagtail.users.models import UserProfile

from tests.monitoring.conftest import add_item, admin_user, days, logged_in
from tests.utils import make_index, prefer_language
from wagtail_govstandard import roles
from wagtail_govstandard.content.date_input import BEDateField, BEDateTimeField, parse_date_time
from wagtail_govstandard.models import BasePage, GovContentPage, NewsPage, PolicyPage

JAN_31_2027 = datetime.date(2027, 1, 31)
BANGKOK = zoneinfo.ZoneInfo("Asia/Bangkok")
BAD_DATES = ["99/99/9999", "31/02/2570", "31/01/70", "31/01/2570\x00", "\x00", "tomorrow", "1/1/" + "9" * 5000]
ACTION_URL = reverse("govstandard_monitoring:expiry_action")


def editor(username, language):
    user = admin_user(username, roles.WEBMASTER, is_superuser=True)
    prefer_language(user, language)
    return logged_in(user)


@pytest.fixture
def thai_webmaster(db):
    return editor("thai-webmaster", "th")


@pytest.fixture
def english_webmaster(db):
    return editor("english-webmaster", "en")


def input_value(html, name):
    tag = re.search(r'<input[^>]*name="%s"[^>]*>' % name, html).group(0)
    value = re.search(r'value="([^"]*)"', tag)
    return tag, value.group(1) if value else ""


def extend(client, page, new_end):
    return client.post(ACTION_URL, {"action": "extend", "id": [page.pk], "new_end": new_end, "reason": "ยังใช้อยู่"})


@pytest.mark.parametrize("typed", ["31/01/2570", "31/1/2570", "31-01-2570", "31/01/2027", "2027-01-31", "๓๑/๐๑/๒๕๗๐"])
def test_thai_webmaster_extends_with_a_be_date(thai_webmaster, home, typed):
    page = add_item(make_index(home, "news"), "ประกาศ", end=days(-1))
    response = extend(thai_webmaster, page, typed)
    assert response.status_code == 302
    assert GovContentPage.objects.get(pk=page.pk).publication_end == JAN_31_2027


def test_extend_form_reads_in_the_editors_calendar(thai_webmaster, english_webmaster, home):
    page = add_item(make_index(home, "news"), "ประกาศ", end=days(-1))
    thai = thai_webmaster.get(ACTION_URL, {"action": "extend", "id": page.pk}).content.decode()
    tag, _value = input_value(thai, "new_end")
    assert 'placeholder="วว/ดด/ปปปป (พ.ศ.)"' in tag and 'type="text"' in tag
    english = english_webmaster.get(ACTION_URL, {"action": "extend", "id": page.pk}).content.decode()
    assert 'placeholder="dd/mm/yyyy"' in input_value(english, "new_end")[0]


@pytest.mark.parametrize("typed", BAD_DATES)
def test_a_date_that_cannot_be_read_is_a_form_error_and_changes_nothing(thai_webmaster, home, typed):
    page = add_item(make_index(home, "news"), "ประกาศ", end=days(-1))
    response = extend(thai_webmaster, page, typed)
    assert response.status_code == 200
    assert response.context["form"].errors["new_end"]
    assert GovContentPage.objects.get(pk=page.pk).publication_end == days(-1)


def test_the_error_says_what_was_understood(thai_webmaster, english_webmaster, home):
    page = add_item(make_index(home, "news"), "ประกาศ", end=days(-1))
    thai = extend(thai_webmaster, page, "31/02/2570").context["form"].errors["new_end"][0]
    assert "31/02/2570" in thai and "2570" in thai and "2027" in thai
    english = extend(english_webmaster, page, "31/02/2570").context["form"].errors["new_end"][0]
    assert english == ("“31/02/2570” is not a date: understood as day 31, month 2, year 2570 B.E. "
                       "(2027 C.E.) — that day does not exist.")
    past = extend(english_webmaster, page, "01/01/2560").context["form"].errors["new_end"][0]
    assert "1 January 2017" in past
    two_digits = extend(english_webmaster, page, "31/01/70").context["form"].errors["new_end"][0]
    assert "4 digits" in two_digits


def news_edit_data(page, **dates):
    data = {
        "title": page.title, "slug": page.slug, "category": "news", "source_owner": page.source_owner,
        "published_date": "01/11/2569", "publication_end": "31/01/2570", "review_by": "",
        "coverage_start": "", "coverage_end": "",
        "kind": "pr", "body-count": "0", "gallery-count": "0",
        "attachments-TOTAL_FORMS": "0", "attachments-INITIAL_FORMS": "0",
        "attachments-MIN_NUM_FORMS": "0", "attachments-MAX_NUM_FORMS": "1000",
        "comments-TOTAL_FORMS": "0", "comments-INITIAL_FORMS": "0",
        "comments-MIN_NUM_FORMS": "0", "comments-MAX_NUM_FORMS": "1000",
    }
    data.update(dates)
    return data


def test_page_editor_stores_and_shows_be_dates(thai_webmaster, english_webmaster, home):
    page = add_item(make_index(home, "news"), "ประกาศ", end=days(30))
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    response = thai_webmaster.post(url, news_edit_data(page))
    assert response.status_code == 302, response.context["form"].errors
    saved = NewsPage.objects.get(pk=page.pk).get_latest_revision_as_object()
    assert (saved.published_date, saved.publication_end) == (datetime.date(2026, 11, 1), JAN_31_2027)
    thai = thai_webmaster.get(url).content.decode()
    tag, value = input_value(thai, "publication_end")
    assert value == "31/01/2570" and 'placeholder="วว/ดด/ปปปป (พ.ศ.)"' in tag
    assert input_value(thai, "published_date")[1] == "01/11/2569"
    english = english_webmaster.get(url).content.decode()
    assert input_value(english, "publication_end")[1] == "31/01/2027"


@pytest.mark.parametrize("typed", BAD_DATES)
def test_page_editor_refuses_a_date_it_cannot_read(thai_webmaster, home, typed):
    page = add_item(make_index(home, "news"), "ประกาศ", end=days(30))
    response = thai_webmaster.post(reverse("wagtailadmin_pages:edit", args=[page.pk]),
                                   news_edit_data(page, publication_end=typed))
    assert response.status_code == 200
    assert response.context["form"].errors["publication_end"]
    assert NewsPage.objects.get(pk=page.pk).get_latest_revision_as_object().publication_end == days(30)


def test_policy_page_last_reviewed_is_a_be_date(thai_webmaster, home):
    page = PolicyPage(title="นโยบาย", slug="policy", kind="privacy", body="<p>ข้อความ</p>")
    home.add_child(instance=page)
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    response = thai_webmaster.post(url, {
        "title": page.title, "slug": page.slug, "kind": "privacy", "body": rich_text("<p>ข้อความ</p>"),
        "last_reviewed": "31/01/2570",
        "comments-TOTAL_FORMS": "0", "comments-INITIAL_FORMS": "0",
        "comments-MIN_NUM_FORMS": "0", "comments-MAX_NUM_FORMS": "1000",
    })
    assert response.status_code == 302, response.context["form"].errors
    assert PolicyPage.objects.get(pk=page.pk).get_latest_revision_as_object().last_reviewed == JAN_31_2027
    assert input_value(thai_webmaster.get(url).content.decode(), "last_reviewed")[1] == "31/01/2570"


def package_page_models():
    """Every page type the package defines, in any of its apps (the queue's and the ITA's too)."""
    return [model for model in apps.get_models()
            if issubclass(model, BasePage) and model.__module__.startswith("wagtail_govstandard.")]


def test_every_date_field_of_every_package_page_type_takes_be_dates(home):
    """The class, not the instance: each page type's editor form, each of its date and date-time
    fields (Wagtail's go-live and expiry included)."""
    swept = {BEDateField: 0, BEDateTimeField: 0}
    for model in package_page_models():
        form_class = model.get_edit_handler().get_form_class()
        form = form_class(instance=model(), parent_page=home, for_user=None)
        for field in model._meta.get_fields():
            if isinstance(field, models.DateField) and field.name in form.fields:
                expected = BEDateTimeField if isinstance(field, models.DateTimeField) else BEDateField
                assert isinstance(form.fields[field.name], expected), (model.__name__, field.name)
                swept[expected] += 1
        assert {"go_live_at", "expire_at"} <= set(form.fields), model.__name__
    assert swept[BEDateField] >= 6 and swept[BEDateTimeField] >= 2 * len(package_page_models()) + 1


@pytest.mark.parametrize(("typed", "moment"), [
    ("17/03/2566 14:30", (2023, 3, 17, 14, 30)), ("17/03/2023 14:30", (2023, 3, 17, 14, 30)),
    ("17/3/2566 9.05 น.", (2023, 3, 17, 9, 5)), ("17/03/2566, 14:30", (2023, 3, 17, 14, 30)),
    ("2023-03-17 14:30:15", (2023, 3, 17, 14, 30, 15)), ("2023-03-17T14:30", (2023, 3, 17, 14, 30)),
    ("17/03/2566", (2023, 3, 17, 0, 0)), ("๑๗/๐๓/๒๕๖๖ ๑๔:๓๐", (2023, 3, 17, 14, 30)),
    ("2023-03-17T07:30:00+00:00", (2023, 3, 17, 14, 30)),  # ISO with an offset, as an API sends it
])
def test_a_date_and_time_is_read_in_either_calendar_as_bangkok_time(typed, moment):
    assert parse_date_time(typed) == datetime.datetime(*moment, tzinfo=BANGKOK)


def go_live_data(page, go_live_at):
    return {**news_edit_data(page), "go_live_at": go_live_at, "expire_at": ""}


def test_page_editor_schedules_in_bangkok_time_in_the_editors_calendar(thai_webmaster, english_webmaster, home):
    page = add_item(make_index(home, "news"), "ประกาศ", end=days(30))
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    response = thai_webmaster.post(url, go_live_data(page, "01/02/2570 09:00"))
    assert response.status_code == 302, response.context["form"].errors
    saved = NewsPage.objects.get(pk=page.pk).get_latest_revision_as_object()
    assert saved.go_live_at == datetime.datetime(2027, 2, 1, 2, 0, tzinfo=datetime.UTC)
    # the editor's own time zone (Wagtail's account setting) does not move the hour a Thai reader sees
    profile = UserProfile.get_for_user(response.wsgi_request.user)
    profile.current_time_zone = "UTC"
    profile.save()
    tag, value = input_value(thai_webmaster.get(url).content.decode(), "go_live_at")
    assert value == "01/02/2570 09:00" and 'placeholder="วว/ดด/ปปปป (พ.ศ.) ชช:นน"' in tag
    assert 'data-controller="w-action"' in tag  # Wagtail's scheduling dialog still resets it
    assert input_value(english_webmaster.get(url).content.decode(), "go_live_at")[1] == "01/02/2027 09:00"


@pytest.mark.parametrize("typed", ["31/02/2570 10:00", "01/02/2570 24:00", "01/02/2570 10:60", "01/02/2570 10",
                                   "01/01/0001 00:00", "9999-12-31 23:59", "01/02/2570 10:00\x00", "\x00",
                                   "01/02/2570 " + "9" * 5000, "tomorrow 10:00"])
def test_page_editor_refuses_a_date_and_time_it_cannot_read(thai_webmaster, home, typed):
    page = add_item(make_index(home, "news"), "ประกาศ", end=days(30))
    response = thai_webmaster.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), go_live_data(page, typed))
    assert response.status_code == 200
    assert response.context["form"].errors["go_live_at"]
    assert NewsPage.objects.get(pk=page.pk).get_latest_revision_as_object().go_live_at is None


def test_request_form_takes_be_dates(thai_webmaster, db):
    from tests.requests.conftest import build_crew, file_request

    crew = build_crew()
    request_obj = file_request(crew.provider, crew.planning, publish_from="01/12/2569", publish_until="31/01/2570",
                               coverage_start="2026-10-01", coverage_end="31/12/2026")
    assert (request_obj.publish_from, request_obj.publish_until) == (datetime.date(2026, 12, 1), JAN_31_2027)
    assert (request_obj.coverage_start, request_obj.coverage_end) == (datetime.date(2026, 10, 1), datetime.date(2026, 12, 31))
    thai_webmaster.force_login(crew.provider)
    prefer_language(crew.provider, "th")
    page = thai_webmaster.get(reverse("wagtail_govstandard_requests:create")).content.decode()
    assert 'placeholder="วว/ดด/ปปปป (พ.ศ.)"' in input_value(page, "publish_until")[0]
    response = thai_webmaster.post(reverse("wagtail_govstandard_requests:create"), {
        "work_group": crew.planning.pk, "subject": "ขอเผยแพร่", "details": "x",
        "requested_category": "news", "publish_from": "31/02/2570",
    })
    assert response.status_code == 200 and "31/02/2570" in response.content.decode()
