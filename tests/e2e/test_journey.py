"""The whole guideline in one browser journey (seed 2.2, 1.10, 3.2), as the people do it:
a provider files a request with a file; the head approves it; a webmaster publishes it into its
category; a visitor finds it from the category index, sees the file's type and size, downloads
it and answers the satisfaction survey; the webmaster takes an expired item down."""

import re

import pytest
from django.urls import reverse

from tests.utils import pdf_bytes

from .admin import login_as
from .browser import screenshot
from .content import ensure_tree_root, load_demo_content

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

SUBJECT = "ขอเผยแพร่ประกาศจังหวัด เรื่อง มาตรการควบคุมโรคไข้เลือดออก"


def as_user(new_page, site_url, user, password):
    return login_as(new_page("th"), site_url, user, password)


def submit(page):
    page.locator("form[method=post] button[type=submit]").last.click()
    page.wait_for_load_state("networkidle")


def act(page, site_url, request_id, action):
    page.goto(site_url + reverse("wagtail_govstandard_requests:act", args=[request_id, action]))


def test_request_to_publication_to_reader_to_take_down(new_page, site_url, tmp_path):
    from wagtail_govstandard.models import GovContentPage, PublicationRequest, SurveyResponse

    ensure_tree_root()
    ctx = load_demo_content()
    users, password, laws = ctx["users"], ctx["password"], ctx["indexes"]["laws"]

    # 1. The provider files the seed's form, with a PDF.
    provider = as_user(new_page, site_url, users["provider"], password)
    provider.goto(site_url + reverse("wagtail_govstandard_requests:create"))
    provider.fill("input[name=subject]", SUBJECT)
    provider.fill("textarea[name=details]", "ประกาศจังหวัดฉบับลงนามแล้ว ขอเผยแพร่ในหมวดกฎหมาย")
    provider.select_option("select[name=requested_category]", "laws")
    pdf = tmp_path / "announcement.pdf"
    pdf.write_bytes(pdf_bytes("dengue announcement"))
    provider.set_input_files("input[name=attachments]", str(pdf))
    submit(provider)
    request_obj = PublicationRequest.objects.get(subject=SUBJECT)
    assert request_obj.status == "submitted" and request_obj.requested_by == users["provider"]

    # 2. The head of the provider's work group approves it in writing.
    head = as_user(new_page, site_url, users["head"], password)
    act(head, site_url, request_obj.pk, "approve")
    submit(head)
    request_obj.refresh_from_db()
    assert (request_obj.status, request_obj.approval_mode, request_obj.decided_by) == (
        "approved", "written", users["head"])

    # 3. A webmaster publishes it into its category, at once.
    webmaster = as_user(new_page, site_url, users["webmaster"], password)
    act(webmaster, site_url, request_obj.pk, "publish")
    webmaster.select_option("select[name=category]", "laws")
    webmaster.select_option("select[name=parent]", str(laws.pk))
    webmaster.check("input[name=publish_now]")
    submit(webmaster)
    request_obj.refresh_from_db()
    assert request_obj.status == "published" and request_obj.page.live
    screenshot(webmaster, "journey-webmaster-published")

    # 4. A visitor finds it from the category index, sees type and size, downloads the file.
    visitor = new_page("th")
    visitor.goto(site_url + laws.get_url_parts()[2])  # the path: the demo has a second Site (hospital)
    visitor.get_by_role("link", name=request_obj.page.title).click()  # the title without "ขอเผยแพร่"
    visitor.wait_for_load_state("networkidle")
    assert re.search(r"PDF, [\d.]+ (ไบต์|KB)", visitor.content())  # type and size, from the file
    link = visitor.locator("a[href*='/documents/']").first
    download = visitor.request.get(site_url + link.get_attribute("href"))
    assert download.status == 200 and download.body().startswith(b"%PDF")
    screenshot(visitor, "journey-visitor-item")

    # ... and answers the site-wide satisfaction survey in the footer.
    before = SurveyResponse.objects.count()
    survey = visitor.locator("form[action*='/surveys/']").first
    for group in survey.locator("fieldset").all():
        radios = group.locator("input[type=radio]")
        if radios.count():
            radios.nth(radios.count() - 1).check()
    survey.locator("button[type=submit]").click()
    # survey.js posts the answers to the API and thanks the visitor in place (the page is cached).
    visitor.wait_for_selector(".govstandard-survey [role=status]")
    assert SurveyResponse.objects.count() == before + 1

    # 5. The webmaster takes an expired item down from the expiry review.
    expired = GovContentPage.objects.live().get(slug="demo-expired-job")
    webmaster.goto(site_url + reverse("govstandard_monitoring:expiry"))
    assert expired.title in webmaster.content()
    webmaster.goto(site_url + reverse("govstandard_monitoring:expiry_action") + f"?action=take_down&id={expired.pk}")
    webmaster.fill("textarea[name=reason]", "หมดเขตรับสมัครแล้ว")
    submit(webmaster)
    expired.refresh_from_db()
    assert not expired.live
