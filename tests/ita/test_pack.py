"""The MOIT 1 pack: each document prints (A4, B.E. dates, signature lines) and downloads as a
PDF; the announcement names the site's real webmasters, work-group heads and categories."""

import io
import re

import pytest
from django.utils import timezone
from wagtail.models import Site

from tests.utils import make_index, make_user, make_work_group
from wagtail_govstandard import roles
from wagtail_govstandard.models import ItaSettings, PublicationRequest

URL = "/govstandard/ita/2569/moit1/{}/"


def plain(text):
    """Thai text without its combining marks (PDF text extraction may reorder them)."""
    return re.sub(r"[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\s]", "", text)


@pytest.fixture
def office(home):
    make_index(home, "laws", title="กฎหมาย ระเบียบ ข้อบังคับ")
    make_index(home, "procurement_monthly", title="สขร.1")
    webmaster = make_user("w1", [roles.WEBMASTER], first_name="สมชาย", last_name="ใจดี")
    make_user("w2", [roles.WEBMASTER], first_name="สมหญิง", last_name="รักงาน")
    make_user("gone", [roles.WEBMASTER], first_name="ลาออก", last_name="แล้ว", is_active=False)
    head = make_user("h1", [roles.HEAD], first_name="วิชัย", last_name="มั่นคง")
    group = make_work_group(heads=[head])
    PublicationRequest.objects.create(
        work_group=group, subject="ขอเผยแพร่แผนจัดซื้อ", details="รายละเอียด", requested_by=head,
        requester_name="วิชัย มั่นคง", requester_position="หัวหน้ากลุ่มงานยุทธศาสตร์",
        status="published", published_at=timezone.now(), published_by=webmaster,
        publisher_name="สมชาย ใจดี", publisher_position="นักวิชาการคอมพิวเตอร์",
        submitted_at=timezone.datetime(2024, 11, 3, 9, 0, tzinfo=timezone.get_current_timezone()))
    settings = ItaSettings.for_site(Site.objects.get(is_default_site=True))
    settings.head_name, settings.head_position = "นายแพทย์ใหญ่ ตัวอย่าง", "นายแพทย์สาธารณสุขจังหวัด"
    settings.agency_name = "สำนักงานสาธารณสุขจังหวัดทดสอบ"
    settings.save()
    return home


@pytest.mark.django_db
def test_the_announcement_names_the_real_webmasters_heads_and_categories(office, client):
    response = client.get(URL.format("announcement"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "ประกาศ สำนักงานสาธารณสุขจังหวัดทดสอบ" in html
    assert "สมชาย ใจดี" in html and "สมหญิง รักงาน" in html and "ลาออก" not in html
    assert "นักวิชาการคอมพิวเตอร์" in html  # the webmaster's position, from the register
    assert "วิชัย มั่นคง" in html  # the work group head, with the group
    assert 'data-category="laws"' in html and "กฎหมาย ระเบียบ ข้อบังคับ" in html
    assert 'data-category="procurement_monthly"' in html
    assert 'data-category="knowledge"' not in html  # the site does not publish it
    assert "(ปัจจุบัน 2 คน)" in html  # seed 3.1
    assert "นายแพทย์ใหญ่ ตัวอย่าง" in html and 'data-signature="head"' in html
    assert re.search(r"ประกาศ ณ วันที่ \d+ \S+ 25\d\d", html)  # B.E. date


@pytest.mark.django_db
@pytest.mark.parametrize("document, expected", [
    ("order", ["คำสั่ง สำนักงานสาธารณสุขจังหวัดทดสอบ", "บันทึกข้อความ", "สมชาย ใจดี", "วิชัย มั่นคง"]),
    ("request-form", ["แบบขออนุญาตเผยแพร่ข้อมูลผ่านเว็บไซต์ของหน่วยงาน", "ผู้อนุมัติรับรอง"]),
    ("annual-report", ["ปีงบประมาณ พ.ศ. 2568", "บันทึกข้อความ", "1 ตุลาคม 2567"]),
    ("filled-forms", ["ขอเผยแพร่แผนจัดซื้อ", 'data-count="forms">1<', "3 พฤศจิกายน 2567", "ปีงบประมาณ พ.ศ. 2568"]),
])
def test_each_document_prints(office, client, document, expected):
    response = client.get(URL.format(document))
    assert response.status_code == 200
    html = response.content.decode()
    assert "@page { size: A4" in html
    for text in expected:
        assert text in html, text


@pytest.mark.django_db
def test_the_pdf_download_carries_the_names(office, client):
    import pypdf

    response = client.get(URL.format("announcement") + "?format=pdf")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert 'filename="moit1-announcement-2569.pdf"' in response["Content-Disposition"]
    text = "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(response.content)).pages)
    assert plain("สมชาย ใจดี") in plain(text) and plain("วิชัย มั่นคง") in plain(text)


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/govstandard/ita/2569/moit1/nope/", "/govstandard/ita/99999/moit1/order/",
                                  "/govstandard/ita/2569/moit1/order%00/"])
def test_unknown_documents_and_years_are_404(home, client, path):
    assert client.get(path).status_code == 404
