"""The admin register: role-scoped lists, actions as buttons, direct URLs by the wrong role, panels, print."""

import datetime

import pytest
from django.core import mail
from django.urls import reverse

from tests.requests.conftest import file_request, pdf_upload
from tests.utils import PASSWORD
from wagtail_govstandard.models import PublicationRequest
from wagtail_govstandard.requests import forms, transitions

INDEX = "/admin/wagtail_govstandard/publicationrequest/"


def login(client, user):
    assert client.login(username=user.username, password=PASSWORD)
    return client


def refused(response):
    """Wagtail's admin answers PermissionDenied with a redirect to the dashboard (and a message);
    a request the user may not see at all is a 404, as if it did not exist (issue #11)."""
    return response.status_code in (403, 404) or (
        response.status_code == 302 and (response.url == "/admin/" or response.url.startswith("/admin/login/"))
    )


def act_url(request_obj, action):
    return reverse("wagtail_govstandard_requests:act", args=[request_obj.pk, action])


def detail_url(request_obj):
    return reverse("wagtail_govstandard_requests:detail", args=[request_obj.pk])


def test_list_is_scoped_by_role_with_filters(client, crew):
    own = file_request(crew.provider, crew.planning, subject="เรื่องของกลุ่มยุทธศาสตร์")
    other = file_request(crew.provider2, crew.promotion, subject="เรื่องของกลุ่มส่งเสริม")
    login(client, crew.provider)
    content = client.get(INDEX).content.decode()
    assert own.subject in content and other.subject not in content
    login(client, crew.head2)
    content = client.get(INDEX).content.decode()
    assert other.subject in content and own.subject not in content
    login(client, crew.webmaster)
    content = client.get(INDEX).content.decode()
    assert own.subject in content and other.subject in content
    content = client.get(INDEX + "?work_group=health-promotion").content.decode()
    assert other.subject in content and own.subject not in content
    content = client.get(INDEX + "?status__exact=approved").content.decode()
    assert own.subject not in content


def test_outsider_cannot_reach_the_register(client, crew):
    request_obj = file_request(crew.provider, crew.planning)
    login(client, crew.outsider)
    for url in (INDEX, detail_url(request_obj), act_url(request_obj, "approve"),
                reverse("wagtail_govstandard_requests:print", args=[request_obj.pk])):
        assert refused(client.get(url)), url


def test_provider_files_through_the_admin_form(client, crew):
    login(client, crew.provider)
    assert client.get(INDEX + "create/").status_code == 200
    response = client.post(reverse("wagtail_govstandard_requests:create"), {
        "work_group": crew.planning.pk, "subject": "ขอเผยแพร่แผน", "details": "แผนปฏิบัติการ",
        "requested_category": "general.action_plan", "attachments": [pdf_upload("plan.pdf")],
    })
    request_obj = PublicationRequest.objects.get()
    assert response.status_code == 302 and response.url == detail_url(request_obj)
    assert request_obj.attachments.count() == 1 and len(mail.outbox) == 2
    page = client.get(detail_url(request_obj)).content.decode()
    assert "ขอเผยแพร่แผน" in page and "plan.pdf" in page and 'id="request-history"' in page


def test_admin_form_errors_change_nothing(client, crew):
    login(client, crew.provider)
    response = client.post(reverse("wagtail_govstandard_requests:create"), {
        "work_group": crew.promotion.pk, "subject": "", "details": "x",
    })
    assert response.status_code == 200 and "error-message" in response.content.decode()
    assert not PublicationRequest.objects.exists()


def test_user_text_is_escaped(client, crew):
    request_obj = file_request(crew.provider, crew.planning, subject="<script>alert(1)</script>")
    login(client, crew.head)
    for url in (detail_url(request_obj), reverse("wagtail_govstandard_requests:print", args=[request_obj.pk])):
        content = client.get(url).content.decode()
        assert "<script>alert(1)</script>" not in content and "&lt;script&gt;" in content


def test_head_sees_buttons_and_approves(client, crew):
    request_obj = file_request(crew.provider, crew.planning)
    login(client, crew.head)
    page = client.get(detail_url(request_obj)).content.decode()
    assert act_url(request_obj, "approve") in page and act_url(request_obj, "reject") in page
    assert act_url(request_obj, "approve") in client.get(INDEX).content.decode()
    response = client.post(act_url(request_obj, "approve"), {"note": "ok", "position": "หัวหน้ากลุ่มงาน"})
    assert response.status_code == 302
    request_obj.refresh_from_db()
    assert request_obj.status == "approved" and request_obj.decided_by == crew.head
    history = client.get(detail_url(request_obj)).content.decode().split('id="request-history"')[1]
    assert "approved in writing" in history and "submitted" in history
    assert "สมหญิง หัวหน้า" in history  # who


@pytest.mark.parametrize("who,action", [
    ("provider", "approve"), ("provider", "reject"), ("provider", "verbal_approval"), ("provider", "publish"),
    ("head", "verbal_approval"), ("head", "publish"), ("webmaster", "approve"), ("webmaster", "reject"),
    ("head2", "approve"), ("cohead", "confirm"), ("webmaster", "resubmit"),
])
def test_wrong_role_by_direct_url_is_refused_and_nothing_changes(client, crew, who, action):
    request_obj = file_request(crew.provider, crew.planning)
    history = request_obj.history.count()
    login(client, getattr(crew, who))
    assert refused(client.get(act_url(request_obj, action)))
    assert refused(client.post(act_url(request_obj, action), {"reasons": ["other"], "other": "x",
                                                              "head": crew.head.pk, "note": "x"}))
    request_obj.refresh_from_db()
    assert request_obj.status == "submitted" and request_obj.history.count() == history


def test_wrong_state_is_a_message_and_nothing_changes(client, crew):
    request_obj = file_request(crew.provider, crew.planning)
    transitions.approve(request_obj, crew.head, forms.ApproveForm({}))
    history = request_obj.history.count()
    login(client, crew.cohead)
    response = client.post(act_url(request_obj, "reject"), {"reasons": ["other"], "other": "x"}, follow=True)
    messages = [str(m) for m in response.context["messages"]]
    assert any("approved" in m or "อนุญาต" in m for m in messages)
    request_obj.refresh_from_db()
    assert request_obj.status == "approved" and request_obj.history.count() == history


def test_reject_form_errors_shown(client, crew):
    request_obj = file_request(crew.provider, crew.planning)
    login(client, crew.head)
    response = client.post(act_url(request_obj, "reject"), {"reasons": ["other"], "other": ""})
    assert response.status_code == 200 and "error-message" in response.content.decode()
    request_obj.refresh_from_db()
    assert request_obj.status == "submitted"


def test_webmaster_verbal_then_publish_draft_then_publish_in_wagtail(client, crew, site_tree):
    request_obj = file_request(crew.provider, crew.planning)
    login(client, crew.webmaster)
    response = client.post(act_url(request_obj, "verbal_approval"), {"head": crew.head.pk, "note": "โทรแจ้ง"})
    assert response.status_code == 302
    page = client.get(detail_url(request_obj)).content.decode()
    assert "awaiting confirmation" in page or "รอการยืนยัน" in page
    response = client.post(act_url(request_obj, "publish"), {"category": "news", "parent": site_tree.news.pk})
    request_obj.refresh_from_db()
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_pages:edit", args=[request_obj.page_id])

    login(client, crew.webmaster2)
    edit = client.get(response.url)
    assert edit.status_code == 200
    mail.outbox.clear()
    page_obj = request_obj.page.specific
    client.post(response.url, {
        "title": page_obj.title, "slug": page_obj.slug, "category": "news", "source_owner": page_obj.source_owner,
        "owner_work_group": crew.planning.pk, "published_date": "2026-11-01", "publication_end": "2027-11-01",
        "kind": "pr", "body-count": "0", "gallery-count": "0",
        "attachments-TOTAL_FORMS": "0", "attachments-INITIAL_FORMS": "0",
        "attachments-MIN_NUM_FORMS": "0", "attachments-MAX_NUM_FORMS": "1000",
        "comments-TOTAL_FORMS": "0", "comments-INITIAL_FORMS": "0",
        "comments-MIN_NUM_FORMS": "0", "comments-MAX_NUM_FORMS": "1000",
        "action-publish": "action-publish",
    })
    request_obj.refresh_from_db()
    assert request_obj.status == "published", "page not published through the editor"
    assert request_obj.published_by == crew.webmaster2
    assert [m.to for m in mail.outbox] == [["provider@example.go.th"]]

    login(client, crew.head)
    response = client.post(act_url(request_obj, "confirm"), {})
    request_obj.refresh_from_db()
    assert request_obj.verbal_confirmed_at is not None


def test_the_publish_form_preselects_the_categorys_only_live_index(client, crew, site_tree):
    import re

    from tests.utils import make_index

    request_obj = file_request(crew.provider, crew.planning)  # asks for "news"
    transitions.approve(request_obj, crew.head, forms.ApproveForm({}))
    login(client, crew.webmaster)

    def selected_parent():
        html = client.get(act_url(request_obj, "publish")).content.decode()
        select = re.search(r'<select name="parent"[^>]*>(.*?)</select>', html, re.S).group(1)
        return re.findall(r'<option value="(\d+)" selected>', select)

    # A draft index of the same category does not count; knowledge's index is another category.
    draft = make_index(site_tree.home, "news", title="ข่าว (ร่าง)", slug="news-draft")
    draft.unpublish()
    assert selected_parent() == [str(site_tree.news.pk)]
    make_index(site_tree.home, "news", title="ข่าวสาขา", slug="news-branch")
    assert selected_parent() == []  # two live news indexes: the webmaster chooses


def test_the_editor_opens_on_the_draft_titled_without_the_request_wording(client, crew, site_tree):
    import re

    request_obj = file_request(crew.provider, crew.planning, subject="ขอเผยแพร่ประกาศรับสมัครงาน")
    transitions.approve(request_obj, crew.head, forms.ApproveForm({}))
    login(client, crew.webmaster)
    response = client.post(act_url(request_obj, "publish"), {"category": "news", "parent": site_tree.news.pk},
                           follow=True)
    html = response.content.decode()
    title = re.search(r'<input[^>]*name="title"[^>]*>', html).group(0)
    slug = re.search(r'<input[^>]*name="slug"[^>]*>', html).group(0)
    assert 'value="ประกาศรับสมัครงาน"' in title
    assert 'value="ประกาศรบสมครงาน"' in slug


def test_home_panels_per_role(client, crew):
    submitted = file_request(crew.provider, crew.planning, subject="รออนุมัติ")
    verbal = file_request(crew.provider, crew.planning, subject="อนุญาตด้วยวาจา")
    transitions.record_verbal_approval(
        verbal, crew.webmaster, lambda r: forms.VerbalApprovalForm(
            {"head": crew.head.pk, "note": "x"}, request_obj=r)
    )
    login(client, crew.head)
    home = client.get("/admin/").content.decode()
    assert 'id="govstandard-awaiting-approval' in home and "รออนุมัติ" in home
    assert 'id="govstandard-to-confirm' in home
    login(client, crew.webmaster)
    home = client.get("/admin/").content.decode()
    assert 'id="govstandard-to-publish' in home and 'id="govstandard-verbal' in home
    assert 'id="govstandard-awaiting-approval' not in home
    login(client, crew.provider)
    home = client.get("/admin/").content.decode()
    assert 'id="govstandard-my-requests' in home and "รออนุมัติ" in home and submitted.subject in home
    login(client, crew.head2)
    assert "รออนุมัติ" not in client.get("/admin/").content.decode()


def test_print_view_fills_the_three_blocks_in_buddhist_era(client, crew, site_tree):
    request_obj = file_request(crew.provider, crew.planning, remarks="ด่วน", external_link="https://moph.go.th")
    request_obj.submitted_at = request_obj.submitted_at.replace(year=2026, month=3, day=15, hour=5)
    request_obj.save()
    transitions.record_verbal_approval(
        request_obj, crew.webmaster, lambda r: forms.VerbalApprovalForm(
            {"head": crew.head.pk, "note": "x", "position": "หัวหน้ากลุ่มงานยุทธศาสตร์"}, request_obj=r)
    )
    transitions.confirm_verbal_approval(request_obj, crew.head)
    transitions.draft_page(request_obj, crew.webmaster, lambda r: forms.PublishForm(
        {"category": "news", "parent": site_tree.news.pk, "position": "นักวิชาการคอมพิวเตอร์",
         "publish_now": True}, request_obj=r))
    login(client, crew.provider)
    response = client.get(reverse("wagtail_govstandard_requests:print", args=[request_obj.pk]))
    content = response.content.decode()
    assert response.status_code == 200 and "@page { size: A4" in content
    for text in ("กลุ่มงานยุทธศาสตร์", "15 มีนาคม 2569", "ประกาศรับสมัครงาน", "https://moph.go.th", "ด่วน",
                 "สมชาย ใจดี", "นักวิชาการสาธารณสุข", "สมหญิง หัวหน้า", "หัวหน้ากลุ่มงานยุทธศาสตร์",
                 "อนุญาตด้วยวาจา", "ยืนยันในระบบแล้ว", "วิชัย เว็บ", "นักวิชาการคอมพิวเตอร์"):
        assert text in content, text
    login(client, crew.provider2)
    assert refused(client.get(reverse("wagtail_govstandard_requests:print", args=[request_obj.pk])))


def test_the_printed_form_has_a_line_to_sign_and_the_name_in_parentheses_beneath(client, crew, site_tree):
    """The name was printed where the pen goes ("ลงชื่อ สมชาย ใจดี"); as on the annual report, the
    signature line is blank and the printed name sits beneath it, in parentheses."""
    import re

    request_obj = file_request(crew.provider, crew.planning)
    transitions.approve(request_obj, crew.head, forms.ApproveForm({}))
    login(client, crew.provider)
    content = client.get(reverse("wagtail_govstandard_requests:print", args=[request_obj.pk])).content.decode()
    blocks = dict(re.findall(r'<section class="signature" aria-labelledby="sig-(\w+)">(.*?)</section>', content, re.S))
    assert set(blocks) == {"provider", "approver", "publisher"}
    for who, name in (("provider", "สมชาย ใจดี"), ("approver", "สมหญิง หัวหน้า"),
                      ("publisher", "...............................")):
        signed = re.search(r'<p class="sign">ลงชื่อ <span class="sign-line"></span></p>\s*'
                           r'<p class="signer">\((.*?)\)</p>', blocks[who])
        assert signed and signed.group(1) == name, (who, blocks[who])
    assert not re.search(r"ลงชื่อ\s*<span[^>]*>[^<]", content)  # nothing printed on a signature line
    assert ".signature .sign-line { display: inline-block;" in content


def test_attachment_download_only_for_those_who_may_see(client, crew):
    request_obj = file_request(crew.provider, crew.planning, files=[pdf_upload("secret.pdf")])
    url = reverse("wagtail_govstandard_requests:attachment", args=[request_obj.pk, request_obj.attachments.get().pk])
    login(client, crew.head)
    response = client.get(url)
    assert response.status_code == 200 and b"".join(response.streaming_content).startswith(b"%PDF")
    login(client, crew.head2)
    assert refused(client.get(url))


def test_demo_step_makes_every_state_once(crew, site_tree):
    from home.demo import STEPS
    from home.demo import requests as demo

    assert "home.demo.requests" in STEPS
    users = {"provider": crew.provider, "head": crew.head, "webmaster": crew.webmaster,
             "webmaster2": crew.webmaster2, "head2": crew.head2}
    ctx = {"site": None, "home": site_tree.home, "users": users,
           "work_groups": {"planning": crew.planning, "health-promotion": crew.promotion},
           "indexes": {"news": site_tree.news, "knowledge": site_tree.knowledge}}
    assert demo.load(ctx) == 9
    assert demo.load(ctx) == 0
    states = set(PublicationRequest.objects.values_list("status", flat=True))
    assert states == {"submitted", "approved", "rejected", "published"}
    assert PublicationRequest.objects.filter(approval_mode="verbal", verbal_confirmed_at__isnull=True).count() == 1
    assert PublicationRequest.objects.filter(round=2).count() == 1
    assert all(r.page.live for r in PublicationRequest.objects.filter(status="published"))
    # The annual report's default year (the one that ended) is not all zeros, nor the one before.
    from wagtail_govstandard.monitoring import annual, request_stats

    last_year = request_stats.for_period(*annual.period(annual.default_year()))
    assert last_year["total"] >= 4 and last_year["published_count"] >= 2
    assert last_year["median"] >= datetime.timedelta(hours=20)
    assert {c: n for c, _l, n in last_year["rejections"]}["unrelated"] >= 1
    assert request_stats.for_period(*annual.period(annual.default_year() - 1))["published_count"] >= 1


def test_modeladmin_inspect_is_the_detail_view_and_scoped(client, crew):
    request_obj = file_request(crew.provider, crew.planning)
    login(client, crew.head)
    response = client.get(f"{INDEX}inspect/{request_obj.pk}/")
    assert response.status_code == 200 and 'id="request-history"' in response.content.decode()
    login(client, crew.head2)
    assert refused(client.get(f"{INDEX}inspect/{request_obj.pk}/"))


def test_admin_list_query_count_does_not_grow(client, crew, django_assert_max_num_queries):
    for _n in range(3):
        file_request(crew.provider, crew.planning)
    login(client, crew.head)
    with django_assert_max_num_queries(60) as few:
        assert client.get(INDEX).status_code == 200
    for _n in range(12):
        file_request(crew.provider, crew.planning)
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert client.get(INDEX).status_code == 200
