"""manage.py load_demo: refuses without DEBUG; fills every category; running it twice adds nothing."""

import io
import os
import subprocess
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.test import override_settings
from wagtail.models import Page, Site

from home.demo import foundation
from wagtail_govstandard import roles
from wagtail_govstandard.content import categories
from wagtail_govstandard.models import CategoryIndexPage, GovContentPage, PageAttachment, WorkGroup

REPO = Path(__file__).resolve().parent.parent


def test_refuses_with_debug_off(db, settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG"):
        call_command("load_demo")
    assert not get_user_model().objects.exists()


def _load_demo():
    with override_settings(DEBUG=True):
        call_command("load_demo", stdout=io.StringIO())



def test_every_category_has_an_index_and_items(demo):
    site = Site.objects.get(is_default_site=True)
    assert type(site.root_page.specific).__name__ == "HomePage"
    assert not Page.objects.filter(depth=2, content_type__model="page").exists()  # welcome page gone
    for category in categories.CATEGORIES:
        index = CategoryIndexPage.objects.child_of(site.root_page).get(category=category.code)
        assert index.live
        if category.needs_pages:
            assert GovContentPage.objects.filter(category=category.code).live().child_of(index).exists(), category.code
    assert PageAttachment.objects.count() >= 20
    extensions = {a.file_extension for a in PageAttachment.objects.select_related("document")}
    assert {"pdf", "xlsx", "docx"} <= extensions


def test_users_roles_and_work_groups(demo):
    User = get_user_model()
    assert User.objects.get(username="admin").is_superuser
    assert {u.username for u in roles.webmasters()} == {"webmaster", "webmaster2"}
    planning = WorkGroup.objects.get(slug="planning")
    assert list(planning.heads.values_list("username", flat=True)) == ["head"]
    assert list(planning.members.values_list("username", flat=True)) == ["provider"]
    assert list(WorkGroup.objects.get(slug="health-promotion").heads.values_list("username", flat=True)) == ["head2"]
    assert demo.login(username="provider", password=foundation.PASSWORD)


def test_running_twice_duplicates_nothing(demo):
    counts = (Page.objects.count(), PageAttachment.objects.count(), get_user_model().objects.count(),
              WorkGroup.objects.count())
    _load_demo()
    assert counts == (Page.objects.count(), PageAttachment.objects.count(), get_user_model().objects.count(),
                      WorkGroup.objects.count())


def test_demo_pages_render(demo):
    for page in Page.objects.filter(depth__gte=2).live():
        # Every Site's pages (the office and the community hospital), each on its own host.
        site_id, _root, path = page.get_url_parts()
        host = Site.objects.get(pk=site_id).hostname
        response = demo.get(path, HTTP_HOST=host, follow=True)
        assert response.status_code == 200, (host, path)
        # An index of a one-item category (contact, structure, ...) goes straight to its item.
        assert all(hop.startswith(path) for hop, _code in response.redirect_chain), path
    assert demo.get("/api/v3/govstandard/pages/?limit=100").json()["count"] >= 30


def test_every_site_root_uses_the_seed_workflow_not_moderators_approval(demo):
    """Editors were offered Wagtail's default "Moderators approval": the demo assigns the
    package's workflow to every site root and its translation (the English home)."""
    from django.urls import reverse

    roots = [site.root_page for site in Site.objects.select_related("root_page")]
    assert len(roots) >= 2
    translations = [t for root in roots for t in root.get_translations()]  # the English home, if any
    for page in roots + translations:
        assert page.get_workflow().name == "Seed 2.2 approval", page
    news = GovContentPage.objects.filter(category="news").live().child_of(
        CategoryIndexPage.objects.child_of(Site.objects.get(is_default_site=True).root_page).get(category="news")
    ).first()
    assert news.get_workflow().name == "Seed 2.2 approval"
    assert demo.login(username="webmaster", password=foundation.PASSWORD)
    html = demo.get(reverse("wagtailadmin_pages:edit", args=[news.pk])).content.decode()
    assert "Seed 2.2 approval" in html and "Moderators approval" not in html


def demo_commands(port):
    """The commands `make demo PORT=port` runs (make -n prints them without running them)."""
    made = subprocess.run(["make", "-n", "demo", f"PORT={port}"], cwd=REPO, capture_output=True, text=True, check=True)
    return made.stdout.splitlines()


@pytest.mark.parametrize("given, expected", [(None, "http://127.0.0.1:8123"), ("https://www.example.go.th", "https://www.example.go.th")])
def test_make_demo_gives_its_emails_admin_links_on_its_own_port(given, expected):
    """A newcomer's `make demo PORT=8123` printed e-mails whose admin links went to :8000."""
    env = {key: value for key, value in os.environ.items() if key != "WAGTAILADMIN_BASE_URL"}
    if given:
        env["WAGTAILADMIN_BASE_URL"] = given
    probe = "manage.py shell --no-imports -c 'from django.conf import settings; print(settings.WAGTAILADMIN_BASE_URL)'"
    lines = demo_commands(8123)
    for command in ("manage.py load_demo", "manage.py runserver"):  # each, run as make runs it, reads the setting
        line = next(line for line in lines if command in line)
        shown = subprocess.run(line.split(command)[0] + probe, shell=True, env=env, cwd=REPO, capture_output=True, text=True)
        assert shown.stdout.strip() == expected, (command, shown.stderr[-500:])
