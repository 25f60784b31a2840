"""Take down, extend, mark reviewed: one item or many, each recorded with actor, time, reason."""

import pytest
from django.urls import reverse
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import PageLogEntry, Revision

from wagtail_govstandard.models import ExpiryAction, GovContentPage

from .conftest import add_item, days, logged_in

ACTION_URL = reverse("govstandard_monitoring:expiry_action")


def post(client, action, pages, **data):
    return client.post(ACTION_URL, {"action": action, "id": [p.pk for p in pages], **data})


def fresh(page):
    return GovContentPage.objects.get(pk=page.pk)


@pytest.mark.django_db
def test_take_down_one_item_with_redirect_to_its_category_index(news_index, webmaster, client):
    page = add_item(news_index, "Old notice", end=days(-2))
    old_url = page.url
    response = post(logged_in(webmaster), "take_down", [page], reason="Period over", redirect="on")
    assert response.status_code == 302
    assert not fresh(page).live
    record = ExpiryAction.objects.get()
    assert (record.action, record.actor, record.reason, record.automatic) == ("take_down", webmaster, "Period over", False)
    assert record.redirect_created and record.old_date == days(-2)
    entry = PageLogEntry.objects.get(page=page, action="wagtail_govstandard.take_down")
    assert entry.user == webmaster and entry.data["reason"] == "Period over"
    assert PageLogEntry.objects.filter(page=page, action="wagtail.unpublish").exists()
    redirect = Redirect.objects.get(old_path=Redirect.normalise_path(old_url))
    assert redirect.redirect_page_id == news_index.pk
    visit = client.get(old_url)
    assert visit.status_code == 302 and visit["Location"].endswith(news_index.url)


@pytest.mark.django_db
def test_take_down_in_bulk_without_redirect(news_index, webmaster):
    pages = [add_item(news_index, f"Notice {i}", end=days(-1)) for i in range(3)]
    post(logged_in(webmaster), "take_down", pages[:2], reason="Ended")
    assert [fresh(p).live for p in pages] == [False, False, True]
    assert ExpiryAction.objects.filter(action="take_down").count() == 2
    assert not Redirect.objects.exists()


@pytest.mark.django_db
def test_take_down_needs_a_reason_and_changes_nothing_without_one(news_index, webmaster):
    page = add_item(news_index, "Old notice", end=days(-2))
    response = post(logged_in(webmaster), "take_down", [page], reason="")
    assert response.status_code == 200
    assert "reason" in response.context["form"].errors
    assert fresh(page).live and not ExpiryAction.objects.exists()


@pytest.mark.django_db
def test_taking_down_an_item_already_down_is_refused_with_a_message(news_index, webmaster):
    page = add_item(news_index, "Old notice", end=days(-2))
    client = logged_in(webmaster)
    post(client, "take_down", [page], reason="Ended")
    response = post(client, "take_down", [page], reason="Again")
    assert [m.level_tag for m in response.wsgi_request._messages][-1] == "error"  # “… is not live.”
    assert ExpiryAction.objects.count() == 1


@pytest.mark.django_db
def test_extend_sets_new_end_keeps_it_live_and_publishes_no_revision(news_index, webmaster):
    page = add_item(news_index, "Notice", end=days(3))
    revisions = Revision.objects.count()
    response = post(logged_in(webmaster), "extend", [page], new_end=days(60).isoformat(), reason="Still valid")
    assert response.status_code == 302
    page = fresh(page)
    assert page.publication_end == days(60) and page.live
    assert Revision.objects.count() == revisions
    assert page.latest_revision.content["publication_end"] == days(60).isoformat()
    record = ExpiryAction.objects.get()
    assert (record.action, record.old_date, record.new_date, record.reason) == ("extend", days(3), days(60), "Still valid")
    assert PageLogEntry.objects.filter(page=page, action="wagtail_govstandard.extend", user=webmaster).exists()


@pytest.mark.django_db
def test_extend_to_a_past_date_is_a_form_error_and_nothing_changes(news_index, webmaster):
    page = add_item(news_index, "Notice", end=days(3))
    response = post(logged_in(webmaster), "extend", [page], new_end=days(-1).isoformat(), reason="x")
    assert response.status_code == 200 and "new_end" in response.context["form"].errors
    assert fresh(page).publication_end == days(3) and not ExpiryAction.objects.exists()


@pytest.mark.django_db
def test_mark_reviewed_moves_review_by_by_the_category_interval_only(news_index, webmaster):
    page = add_item(news_index, "Notice", end=days(100), review=days(-5))
    before = fresh(page)
    revisions = Revision.objects.count()
    post(logged_in(webmaster), "reviewed", [page], reason="Checked with owner")
    after = fresh(page)
    assert after.review_by == days(30)  # news: reviewed every 30 days
    assert after.live and after.live_revision_id == before.live_revision_id
    assert (after.title, after.publication_end, after.last_published_at) == (
        before.title, before.publication_end, before.last_published_at)
    assert Revision.objects.count() == revisions
    record = ExpiryAction.objects.get()
    assert (record.action, record.actor, record.old_date, record.new_date) == ("reviewed", webmaster, days(-5), days(30))
    assert PageLogEntry.objects.filter(page=page, action="wagtail_govstandard.reviewed").exists()


@pytest.mark.django_db
def test_confirmation_page_lists_the_chosen_items(news_index, webmaster):
    page = add_item(news_index, "Notice <b>", end=days(-1))
    response = logged_in(webmaster).get(ACTION_URL, {"action": "take_down", "id": page.pk})
    assert response.status_code == 200
    assert "Notice &lt;b&gt;" in response.content.decode()
    assert logged_in(webmaster).get(ACTION_URL, {"action": "delete", "id": page.pk}).status_code == 404


@pytest.mark.django_db
def test_expiry_actions_register_shows_and_exports_each_action(news_index, webmaster):
    page = add_item(news_index, "Old notice", end=days(-2))
    client = logged_in(webmaster)
    post(client, "take_down", [page], reason="Period over")
    url = reverse("govstandard_monitoring:actions")
    html = client.get(url).content.decode()
    assert "Old notice" in html and "Period over" in html
    csv = b"".join(client.get(url, {"export": "csv"}).streaming_content).decode()
    assert "take_down" in csv and "Period over" in csv
    assert client.get(url, {"action": "extend"}).context["object_list"].count() == 0


@pytest.mark.django_db
@pytest.mark.parametrize("action, label", [("take_down", "นำลงจากเว็บไซต์"), ("extend", "ขยายเวลาการเผยแพร่")])
def test_the_confirmation_is_headed_by_the_action_and_the_item(news_index, webmaster, thai_site, action, label):
    """It was headed "หน้าแรก" (Wagtail's Home breadcrumb, the only visible heading)."""
    import re

    page = add_item(news_index, "ประกาศรับสมัครงาน", end=days(-1))
    html = logged_in(webmaster).get(ACTION_URL, {"action": action, "id": page.pk}).content.decode()
    heading = re.search(r"<h2 class=\"w-h3\" data-action-heading>(.*?)</h2>", html, re.S).group(1).strip()
    assert heading == f"{label}: ประกาศรับสมัครงาน"
    h1 = re.search(r'<h1 class="w-sr-only">(.*?)</h1>', html, re.S).group(1).strip()
    assert h1 == heading
    crumbs = html[html.index('class="w-breadcrumbs'):html.index("</nav>", html.index('class="w-breadcrumbs'))]
    assert "ทบทวนรายการหมดอายุ" in crumbs and label in crumbs and "ประกาศรับสมัครงาน" in crumbs
    other = add_item(news_index, "ประกาศจัดซื้อ", end=days(-1))
    html = logged_in(webmaster).get(ACTION_URL, {"action": action, "id": [page.pk, other.pk]}).content.decode()
    assert f"{label}: 2 รายการ" in html
