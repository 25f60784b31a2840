"""govstandard_setup: the three groups with their permissions, run twice without duplicates."""

from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import GroupPagePermission, Workflow

from tests.utils import make_user
from wagtail_govstandard import roles


def test_setup_is_idempotent_and_grants_what_each_role_needs(site_tree):
    for _ in range(2):
        call_command("govstandard_setup")
    groups = {g.name: g for g in Group.objects.filter(name__in=roles.ROLES)}
    assert set(groups) == set(roles.ROLES)
    codenames = {name: set(g.permissions.values_list("codename", flat=True)) for name, g in groups.items()}
    for name in roles.ROLES:
        assert {"access_admin", "add_publicationrequest", "view_publicationrequest"} <= codenames[name]
    assert "publish_publicationrequest" in codenames[roles.WEBMASTER]
    assert "publish_publicationrequest" not in codenames[roles.PROVIDER]
    page_perms = set(
        GroupPagePermission.objects.filter(group=groups[roles.WEBMASTER], page=site_tree.home)
        .values_list("permission__codename", flat=True)
    )
    assert {"add_page", "change_page", "publish_page"} <= page_perms
    assert GroupPagePermission.objects.filter(group=groups[roles.WEBMASTER]).count() == len(
        set(GroupPagePermission.objects.filter(group=groups[roles.WEBMASTER]).values_list("page", "permission"))
    )
    assert Workflow.objects.filter(name="Seed 2.2 approval").count() == 1


def test_roles_reach_the_admin(client, site_tree):
    for name in roles.ROLES:
        user = make_user(name.split()[0].lower(), [name])
        client.force_login(user)
        assert client.get("/admin/").status_code == 200, name
        assert client.get("/admin/wagtail_govstandard/publicationrequest/").status_code == 200, name


def test_assign_workflow_flag(site_tree):
    call_command("govstandard_setup", "--assign-workflow")
    assert Workflow.objects.get(name="Seed 2.2 approval").workflow_pages.filter(page=site_tree.home).exists()


def test_assign_workflow_also_covers_a_translated_site_root(site_tree):
    """A translated home (English) is a root of its own tree, not under the Thai one: without its
    own assignment its pages fall back to Wagtail's "Moderators approval"."""
    from wagtail.models import Locale

    other = Locale.objects.get_or_create(language_code="th" if site_tree.home.locale.language_code == "en" else "en")[0]
    translated = site_tree.home.copy_for_translation(other, alias=False)
    assert translated.get_workflow().name == "Moderators approval"
    call_command("govstandard_setup", "--assign-workflow")
    translated.refresh_from_db()
    assert site_tree.home.get_workflow().name == translated.get_workflow().name == "Seed 2.2 approval"


def test_webmaster_keeps_work_groups_provider_cannot(client, site_tree, crew):
    client.force_login(crew.webmaster)
    assert client.get("/admin/wagtail_govstandard/workgroup/").status_code == 200
    response = client.post("/admin/wagtail_govstandard/workgroup/create/", {
        "name_th": "กลุ่มงานควบคุมโรค", "name_en": "Disease control", "slug": "disease-control",
        "heads": [crew.head2.pk], "members": [crew.provider2.pk], "active": "on",
    })
    assert response.status_code == 302
    from wagtail_govstandard.models import WorkGroup

    group = WorkGroup.objects.get(slug="disease-control")
    assert list(group.heads.all()) == [crew.head2]
    assert group.history.count() >= 1
    client.force_login(crew.provider)
    response = client.get("/admin/wagtail_govstandard/workgroup/create/")
    assert response.status_code in (302, 403)


def test_a_site_added_after_setup_is_published_by_the_webmasters(site_tree):
    """The demo's hospital, or any agency's second Site: no second run of setup is needed."""
    from wagtail.models import Page, Site

    call_command("govstandard_setup")
    webmaster = make_user("webmaster2", groups=[roles.WEBMASTER])
    root = Page.get_first_root_node().add_child(instance=Page(title="โรงพยาบาลใหม่", slug="new-hospital"))
    assert not root.permissions_for_user(webmaster).can_publish()
    Site.objects.create(hostname="new-hospital.example", root_page=root)
    child = root.add_child(instance=Page(title="ข่าว", slug="news", live=False))
    webmaster = type(webmaster).objects.get(pk=webmaster.pk)  # Wagtail caches permissions on the user
    assert child.permissions_for_user(webmaster).can_publish()
