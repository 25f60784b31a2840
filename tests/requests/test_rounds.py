"""Issue #11 finding 7: every round of a request, with its decision, reasons, note and dates, in
the printed form, the admin detail and the API; every history action in words, never a code."""

import pytest
from django.urls import reverse
from django.utils import translation

from tests.requests.conftest import file_request, pdf_upload
from tests.requests.test_admin import login
from tests.utils import bearer, prefer_language
from wagtail_govstandard.models import PublicationRequest
from wagtail_govstandard.requests import forms, transitions
from wagtail_govstandard.requests.history import HISTORY_TYPES, PHRASES

FIRST_SUBJECT, SECOND_SUBJECT = "ขอเผยแพร่ภาพกิจกรรม", "ขอเผยแพร่ภาพกิจกรรม (แก้ไขแล้ว)"
OTHER, NOTE = "ภาพไม่มีคำบรรยาย", "โปรดแนบไฟล์ PDF ที่ลงนามแล้ว"


@pytest.fixture
def two_rounds(crew, site_tree):
    """Filed, rejected with reasons and a note, resubmitted, approved in writing, drafted, published."""
    request_obj = file_request(crew.provider, crew.planning, subject=FIRST_SUBJECT, files=[pdf_upload("r1.pdf")])
    request_obj = transitions.reject(request_obj, crew.head, forms.RejectForm(
        {"reasons": ["file_format", "other"], "other": OTHER, "note": NOTE, "position": "หัวหน้ากลุ่มงาน"}))
    request_obj = transitions.resubmit(request_obj, crew.provider, lambda locked: forms.PublicationRequestForm(
        {"subject": SECOND_SUBJECT, "details": "ครบถ้วน", "requester_position": "นักวิชาการ",
         "requested_category": "news"}, {"attachments": [pdf_upload("r2.pdf")]}, instance=locked, user=crew.provider))
    request_obj = transitions.approve(request_obj, crew.head, forms.ApproveForm({"note": "อนุญาต"}))
    data = {"category": "news", "parent": site_tree.news.pk, "publish_now": True}
    request_obj, page = transitions.draft_page(
        request_obj, crew.webmaster, lambda locked: forms.PublishForm(data, request_obj=locked))
    return PublicationRequest.objects.get(pk=request_obj.pk), page


def test_the_printed_form_shows_every_round_in_order(client, crew, two_rounds):
    request_obj, page = two_rounds
    html = login(client, crew.provider).get(
        reverse("wagtail_govstandard_requests:print", args=[request_obj.pk])).content.decode()
    rounds = html[html.index('id="request-rounds"'):html.index('id="request-history"')]
    first, second = rounds.index('data-round="1"'), rounds.index('data-round="2"')
    assert first < second
    round_one, round_two = rounds[first:second], rounds[second:]
    assert FIRST_SUBJECT in round_one and "ไม่อนุญาต" in round_one
    assert "รูปแบบไฟล์ไม่อนุญาต" in round_one or "ไฟล์" in round_one  # the reason, in words
    assert OTHER in round_one and NOTE in round_one and "file_format" not in round_one
    assert SECOND_SUBJECT in round_two and "อนุญาตในระบบ" in round_two and OTHER not in round_two
    trail = html[html.index('id="request-history"'):]
    for words in ("ยื่นคำขอแล้ว", "ไม่อนุญาต", "ยื่นใหม่ (รอบที่ 2)", "อนุญาตเป็นลายลักษณ์อักษร",
                  f"สร้างหน้าร่าง {page.pk} แล้ว", "เผยแพร่แล้ว"):
        assert words in trail, words
    for code in ("approved in writing", "resubmitted", f"draft page {page.pk} created", "file_format"):
        assert code not in trail, code


def test_the_admin_detail_shows_every_round_and_speaks_words(client, crew, two_rounds):
    request_obj, page = two_rounds
    login(client, crew.head)
    for language, words in (("en", ["submitted", "rejected: file format not allowed, other",
                                    "resubmitted (round 2)", "approved in writing",
                                    f"draft page {page.pk} created", "published"]),
                            ("th", ["ยื่นคำขอแล้ว", "ยื่นใหม่ (รอบที่ 2)", "อนุญาตเป็นลายลักษณ์อักษร",
                                    f"สร้างหน้าร่าง {page.pk} แล้ว", "เผยแพร่แล้ว"])):
        prefer_language(crew.head, language)
        html = client.get(reverse("wagtail_govstandard_requests:detail", args=[request_obj.pk])).content.decode()
        rounds = html[html.index('id="request-rounds"'):html.index('id="request-history"')]
        assert FIRST_SUBJECT in rounds and SECOND_SUBJECT in rounds and OTHER in rounds and NOTE in rounds
        assert rounds.index('data-round="1"') < rounds.index('data-round="2"')
        history = html[html.index('id="request-history"'):]
        for text in words:
            assert text in history, (language, text)
        if language == "th":
            assert "approved in writing" not in history and "file_format" not in history


def test_the_api_detail_has_the_rounds_and_the_history_in_words(client, crew, two_rounds):
    request_obj, page = two_rounds
    data = client.get(f"/api/v3/govstandard/requests/{request_obj.pk}/", headers=bearer(crew.provider)).json()
    one, two = data["rounds"]
    assert (one["round"], one["subject"], one["decision"]) == (1, FIRST_SUBJECT, "rejected")
    assert one["rejection_reasons"] == ["file_format", "other"] and one["rejection_other"] == OTHER
    assert one["decision_note"] == NOTE and one["decided_at"] and one["decider_position"] == "หัวหน้ากลุ่มงาน"
    assert (two["round"], two["subject"], two["decision"], two["approval_mode"]) == (2, SECOND_SUBJECT, "approved", "written")
    assert one["submitted_at"] < two["submitted_at"] == data["submitted_at"]
    assert data["first_submitted_at"] == one["submitted_at"]
    assert len(one["attachments"]) == 1 and len(two["attachments"]) == 1
    actions = [(row["action"], row["round"]) for row in data["history"]]
    assert actions == [("submitted", 1), ("rejected: file_format, other", 1), ("resubmitted (round 2)", 2),
                       ("approved in writing", 2), (f"draft page {page.pk} created", 2), ("published", 2)]
    assert all(row["action_display"] for row in data["history"])
    listed = client.get("/api/v3/govstandard/requests/", headers=bearer(crew.provider)).json()["items"]
    assert listed[0]["rounds"] == data["rounds"]


def test_every_history_phrase_and_save_kind_has_thai_words():
    """The class: each phrase transitions.py stores, and each kind of save without one."""
    with translation.override("th"):
        for msgid in [m for _pattern, m in PHRASES] + list(HISTORY_TYPES.values()):
            assert translation.gettext(msgid) != msgid, msgid
