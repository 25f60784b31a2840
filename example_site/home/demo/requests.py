"""Demo publication requests in every state (seed 2.2), made through the real transitions.

Idempotent: a request is recognised by its subject; running the demo again adds nothing.
Requests already decided are moved back in time (`backdate`) over the last two fiscal years, so
the annual report's default year (the one that ended) has requests, rejections and times to
publication; those still waiting for someone stay in the present.
"""

import datetime

from django.core.files.uploadedfile import SimpleUploadedFile
from django.db.models import F
from django.utils import timezone
from wagtail.models import Page

from home.demo import files
from wagtail_govstandard.content.dates import fiscal_year, fiscal_year_range, local_today
from wagtail_govstandard.models import PublicationRequest
from wagtail_govstandard.requests import forms, setup, transitions

# A real one-page PDF: uploads are parsed (a catalog without pages is refused as damaged).
PDF = files.pdf("Supporting document")

# subject -> (fields, what happens after filing)
REQUESTS = [
    ("ขอเผยแพร่ประกาศรับสมัครพนักงานกระทรวงสาธารณสุข", {"requested_category": "news"}, "submitted"),
    ("ขอเผยแพร่แผนปฏิบัติราชการ ประจำปีงบประมาณ 2569", {"requested_category": "general.action_plan"}, "approved"),
    ("ขอเผยแพร่ประกาศแจ้งเตือนโรคไข้เลือดออก (ด่วน)", {"requested_category": "news"}, "verbal"),
    ("ขอเผยแพร่ข่าวรณรงค์ฉีดวัคซีนไข้หวัดใหญ่ (ด่วน)", {"requested_category": "news"}, "verbal_confirmed"),
    ("ขอเผยแพร่ภาพกิจกรรมงานเลี้ยงภายใน", {"requested_category": "news"}, "rejected"),
    ("ขอเผยแพร่สรุปผลการจัดซื้อจัดจ้าง เดือนตุลาคม 2568", {"requested_category": "news"}, "resubmitted"),
    ("ขอเผยแพร่อินโฟกราฟิก ลดหวาน มัน เค็ม", {"requested_category": "knowledge"}, "published"),
    ("ขอเผยแพร่ข่าวกิจกรรมวันงดสูบบุหรี่โลก", {"requested_category": "news"}, "published"),
    ("ขอเผยแพร่ข่าวการประชุมคณะกรรมการบริหาร ครั้งที่ 1", {"requested_category": "news"}, "published"),
]
# subject -> (fiscal years back, how far into that year, hours from first filing to the last step)
WHEN = {
    "ขอเผยแพร่ภาพกิจกรรมงานเลี้ยงภายใน": (1, 0.3, 26),
    "ขอเผยแพร่สรุปผลการจัดซื้อจัดจ้าง เดือนตุลาคม 2568": (1, 0.1, 75),
    "ขอเผยแพร่อินโฟกราฟิก ลดหวาน มัน เค็ม": (1, 0.5, 50),
    "ขอเผยแพร่ข่าวกิจกรรมวันงดสูบบุหรี่โลก": (1, 0.65, 20),
    "ขอเผยแพร่ข่าวการประชุมคณะกรรมการบริหาร ครั้งที่ 1": (2, 0.4, 30),
}


def _file(ctx, subject, fields):
    provider, group = ctx["users"]["provider"], ctx["work_groups"]["planning"]
    data = {
        "work_group": group.pk, "subject": subject, "requester_position": "นักวิชาการสาธารณสุขปฏิบัติการ",
        "details": "ข้อมูลจากกลุ่มงานยุทธศาสตร์ เพื่อเผยแพร่ต่อประชาชนตามแนวทางการเผยแพร่ข้อมูล",
        "external_link": "https://www.moph.go.th/", "remarks": "",
        "publish_from": timezone.localdate().isoformat(),
        "publish_until": (timezone.localdate() + datetime.timedelta(days=90)).isoformat(),
        **fields,
    }
    files = {"attachments": [SimpleUploadedFile("เอกสารประกอบ.pdf", PDF, "application/pdf")]}
    return transitions.file_request(provider, forms.PublicationRequestForm(data, files, user=provider))


def _verbal(ctx, request_obj):
    head, webmaster = ctx["users"]["head"], ctx["users"]["webmaster"]
    data = {"head": head.pk, "note": "หัวหน้ากลุ่มงานอนุญาตทางโทรศัพท์ เนื่องจากเร่งด่วน",
            "approved_at": (timezone.now() - datetime.timedelta(hours=3)).isoformat()}
    return transitions.record_verbal_approval(
        request_obj, webmaster, lambda locked: forms.VerbalApprovalForm(data, request_obj=locked)
    )


def _advance(ctx, request_obj, target):
    users = ctx["users"]
    if target == "approved":
        transitions.approve(request_obj, users["head"], forms.ApproveForm(
            {"note": "อนุญาต", "position": "หัวหน้ากลุ่มงานยุทธศาสตร์"}))
    elif target in ("verbal", "verbal_confirmed"):
        _verbal(ctx, request_obj)
        if target == "verbal_confirmed":
            transitions.confirm_verbal_approval(request_obj, users["head"])
    elif target in ("rejected", "resubmitted"):
        transitions.reject(request_obj, users["head"], forms.RejectForm(
            {"reasons": ["unrelated", "file_format"], "note": "ไม่เกี่ยวข้องกับภารกิจ และไฟล์ภาพควรเป็น JPG/PNG"}))
        if target == "resubmitted":
            request_obj.refresh_from_db()
            transitions.resubmit(request_obj, users["provider"], lambda locked: forms.PublicationRequestForm(
                {"subject": locked.subject, "details": locked.details + " (แก้ไขตามคำแนะนำ)",
                 "requested_category": "news", "requester_position": locked.requester_position},
                instance=locked, user=users["provider"]))
    elif target == "published":
        _publish(ctx, request_obj)


def _publish(ctx, request_obj):
    users = ctx["users"]
    index = ctx.get("indexes", {}).get(request_obj.requested_category)
    transitions.approve(request_obj, users["head"], forms.ApproveForm({}))
    if index is None:
        return
    data = {"category": request_obj.requested_category, "parent": index.pk,
            "position": "นักวิชาการคอมพิวเตอร์", "publish_now": True}
    transitions.draft_page(
        request_obj, users["webmaster"], lambda locked: forms.PublishForm(data, request_obj=locked)
    )


def _moment(years_back, fraction):
    first, last = fiscal_year_range(fiscal_year(local_today()) - years_back)
    day = first + datetime.timedelta(days=int((last - first).days * fraction))
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(10)))


def backdate(request_obj, years_back, fraction, hours):
    """Move the request, its history and its page back to `fraction` into the fiscal year
    `years_back` before this one: filed `hours` before its last step (publication or decision)."""
    last_step = timezone.now() - _moment(years_back, fraction)
    filing = last_step + datetime.timedelta(hours=hours)
    shift = {name: F(name) - filing for name in ("first_submitted_at", "decided_at", "verbal_recorded_at")}
    shift.update(submitted_at=F("submitted_at") - (filing if request_obj.round == 1 else last_step),
                 published_at=F("published_at") - last_step)
    PublicationRequest.objects.filter(pk=request_obj.pk).update(**shift)
    request_obj.history.exclude(history_change_reason="published").update(history_date=F("history_date") - filing)
    request_obj.history.filter(history_change_reason="published").update(history_date=F("history_date") - last_step)
    if request_obj.page_id:
        Page.objects.filter(pk=request_obj.page_id).update(
            first_published_at=F("first_published_at") - last_step,
            last_published_at=F("last_published_at") - last_step)


def load(ctx):
    setup.run()
    made = 0
    for subject, fields, target in REQUESTS:
        if PublicationRequest.objects.filter(subject=subject).exists():
            continue
        request_obj = _file(ctx, subject, fields)
        if target != "submitted":
            _advance(ctx, request_obj, target)
        if subject in WHEN:
            request_obj.refresh_from_db()
            backdate(request_obj, *WHEN[subject])
        made += 1
    return made
