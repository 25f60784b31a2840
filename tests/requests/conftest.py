"""Shared people, work groups and helpers of the publication request tests."""

from types import SimpleNamespace

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.utils import make_home, make_index, make_user, make_work_group, pdf_bytes
from wagtail_govstandard import roles
from wagtail_govstandard.requests import notices, setup, transitions
from wagtail_govstandard.requests.forms import PublicationRequestForm


@pytest.fixture(autouse=True)
def run_on_commit_at_once(monkeypatch):
    """Test transactions never commit: run the send-after-commit callbacks immediately."""
    monkeypatch.setattr(notices, "on_commit", lambda fn, robust=False: fn())


def build_crew():
    people = SimpleNamespace(
        provider=make_user("provider", [roles.PROVIDER], first_name="สมชาย", last_name="ใจดี"),
        provider2=make_user("provider2", [roles.PROVIDER]),
        head=make_user("head", [roles.HEAD], first_name="สมหญิง", last_name="หัวหน้า"),
        cohead=make_user("cohead", [roles.HEAD]),
        head2=make_user("head2", [roles.HEAD]),
        webmaster=make_user("webmaster", [roles.WEBMASTER], first_name="วิชัย", last_name="เว็บ"),
        webmaster2=make_user("webmaster2", [roles.WEBMASTER]),
        outsider=make_user("outsider"),
    )
    people.planning = make_work_group(
        "planning", "กลุ่มงานยุทธศาสตร์", heads=[people.head, people.cohead], members=[people.provider]
    )
    people.promotion = make_work_group(
        "health-promotion", "กลุ่มงานส่งเสริมสุขภาพ", heads=[people.head2], members=[people.provider2]
    )
    return people


@pytest.fixture
def crew(db):
    return build_crew()


@pytest.fixture
def site_tree(db):
    home = make_home()
    setup.ensure_roles()
    return SimpleNamespace(home=home, news=make_index(home, "news"), knowledge=make_index(home, "knowledge"))


def pdf_upload(name="report.pdf"):
    return SimpleUploadedFile(name, pdf_bytes(), content_type="application/pdf")


def file_request(user, work_group, files=None, **fields):
    data = {
        "work_group": work_group.pk, "subject": "ประกาศรับสมัครงาน", "details": "รายละเอียด <b>ตัวหนา</b>",
        "requested_category": "news", "requester_position": "นักวิชาการสาธารณสุข",
    }
    data.update(fields)
    form = PublicationRequestForm(data, {"attachments": files or []}, user=user)
    return transitions.file_request(user, form)
