"""The Wagtail workflow for pages drafted directly: owning work group's head, then a webmaster."""

import pytest
from django.urls import reverse
from wagtail.models import TaskState, Workflow

from tests.utils import PASSWORD, make_content
from wagtail_govstandard.models import NewsPage
from wagtail_govstandard.requests import setup
from wagtail_govstandard.requests.workflows import WebmasterPublishTask, WorkGroupHeadApprovalTask

XHR = {"X-Requested-With": "XMLHttpRequest"}


@pytest.fixture
def submitted_page(crew, site_tree):
    _groups, workflow, assigned = setup.run(assign=True)
    assert assigned == [site_tree.home.page_ptr] or [p.pk for p in assigned] == [site_tree.home.pk]
    page = make_content(site_tree.news, NewsPage, publish=False, live=False, title="ข่าวจากบรรณาธิการ",
                        owner_work_group=crew.planning)
    page.save_revision(user=crew.webmaster)
    workflow.start(page, user=crew.webmaster)
    return page


def login(client, user):
    assert client.login(username=user.username, password=PASSWORD)


def action_url(page, action):
    state = page.current_workflow_task_state
    return reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, state.pk])


def test_setup_builds_the_workflow_once(crew, site_tree):
    for _ in range(2):
        setup.run(assign=True)
    workflow = Workflow.objects.get(name="Seed 2.2 approval")
    tasks = [t.specific for t in workflow.tasks]
    assert [type(t) for t in tasks] == [WorkGroupHeadApprovalTask, WebmasterPublishTask]


def test_only_the_owning_groups_head_is_asked_and_sees_it_awaiting_review(client, crew, submitted_page):
    task = submitted_page.current_workflow_task
    assert isinstance(task, WorkGroupHeadApprovalTask)
    assert task.get_actions(submitted_page, crew.head) and not task.get_actions(submitted_page, crew.head2)
    assert not task.get_actions(submitted_page, crew.webmaster)
    assert list(TaskState.objects.reviewable_by(crew.head)) == [submitted_page.current_workflow_task_state]
    assert not TaskState.objects.reviewable_by(crew.head2).exists()
    login(client, crew.head)
    assert "ข่าวจากบรรณาธิการ" in client.get("/admin/").content.decode()
    login(client, crew.head2)
    assert "ข่าวจากบรรณาธิการ" not in client.get("/admin/").content.decode()
    response = client.post(action_url(submitted_page, "approve"))
    assert response.status_code in (302, 403)
    assert submitted_page.current_workflow_task_state.status == "in_progress"
    assert isinstance(submitted_page.current_workflow_task, WorkGroupHeadApprovalTask)


def test_rejecting_needs_a_reason(client, crew, submitted_page):
    login(client, crew.head)
    response = client.post(action_url(submitted_page, "reject"), {"comment": ""}, headers=XHR)
    assert response.status_code == 200 and response.json()["step"] == "action"  # the form again
    assert "error" in response.json()["html"]
    assert submitted_page.current_workflow_task_state.status == "in_progress"
    client.post(action_url(submitted_page, "reject"), {"comment": "ขาดแหล่งที่มา"}, headers=XHR)
    state = TaskState.objects.get(workflow_state__object_id=str(submitted_page.pk))
    assert state.status == "rejected" and state.comment == "ขาดแหล่งที่มา" and state.finished_by == crew.head


def test_head_then_webmaster_publishes_and_reports_show_it(client, crew, submitted_page):
    login(client, crew.head)
    client.post(action_url(submitted_page, "approve"), headers=XHR)
    assert isinstance(submitted_page.current_workflow_task, WebmasterPublishTask)
    assert not NewsPage.objects.get(pk=submitted_page.pk).live
    login(client, crew.webmaster2)
    assert "ข่าวจากบรรณาธิการ" in client.get("/admin/").content.decode()
    assert "ข่าวจากบรรณาธิการ" in client.get(reverse("wagtailadmin_reports:workflow")).content.decode()
    client.post(action_url(submitted_page, "approve"), headers=XHR)
    assert NewsPage.objects.get(pk=submitted_page.pk).live


def test_a_head_does_not_approve_a_page_they_submitted(crew, site_tree):
    _groups, workflow, _assigned = setup.run(assign=True)
    page = make_content(site_tree.news, NewsPage, publish=False, live=False, owner_work_group=crew.planning)
    page.save_revision(user=crew.head)
    workflow.start(page, user=crew.head)
    task = page.current_workflow_task
    assert not task.get_actions(page, crew.head) and task.get_actions(page, crew.cohead)
    assert not TaskState.objects.reviewable_by(crew.head).exists()
