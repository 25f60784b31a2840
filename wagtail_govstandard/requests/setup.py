"""Idempotent setup of the request workflow: role groups with their permissions, the page workflow.

Run by `manage.py govstandard_setup` and after every migrate (post_migrate). Never a data migration.
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Site,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from wagtail_govstandard import conf, roles
from wagtail_govstandard.content.models.base import BasePage
from wagtail_govstandard.requests import files

ADMIN_ACCESS = ("wagtailadmin", "access_admin")
REQUEST_PERMS = {
    roles.PROVIDER: ["add_publicationrequest", "view_publicationrequest"],
    roles.HEAD: ["add_publicationrequest", "view_publicationrequest", "view_workgroup"],
    roles.WEBMASTER: [
        "add_publicationrequest", "view_publicationrequest", "change_publicationrequest",
        "publish_publicationrequest", "view_workgroup", "add_workgroup", "change_workgroup",
    ],
}
WEBMASTER_PAGE_PERMS = ("add", "change", "publish", "lock", "unlock")
WEBMASTER_COLLECTION_PERMS = [
    ("wagtaildocs", "add_document"), ("wagtaildocs", "change_document"), ("wagtaildocs", "choose_document"),
    ("wagtailimages", "add_image"), ("wagtailimages", "change_image"), ("wagtailimages", "choose_image"),
]


def _perm(app_label, codename):
    return Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()


def _grant(group, app_label, codenames):
    perms = [p for p in (_perm(app_label, c) for c in codenames) if p is not None]
    group.permissions.add(*perms)


def page_permission(kind):
    content_type = ContentType.objects.get_for_model(BasePage)
    codename = "%s_%s" % (kind, BasePage._meta.model_name)
    return Permission.objects.filter(content_type=content_type, codename=codename).first()


def site_roots():
    return [site.root_page for site in Site.objects.select_related("root_page")]


def workflow_roots():
    """Each site's root and its translations: a translated home (the English one) is the root of
    its own tree beside the Thai one, so it would fall back to the tree root's workflow."""
    roots = []
    for root in site_roots():
        roots += [root, *root.get_translations()]
    return roots


def grant_webmaster_pages(root, webmasters=None):
    """Webmasters edit and publish the pages under `root` (a Site's root)."""
    webmasters = webmasters or Group.objects.filter(name=roles.WEBMASTER).first()
    if webmasters is None:
        return
    for kind in WEBMASTER_PAGE_PERMS:
        permission = page_permission(kind)
        if permission:
            GroupPagePermission.objects.get_or_create(group=webmasters, page=root, permission=permission)


def on_site_saved(sender, instance, **kwargs):
    """A Site added (or given a new root) after setup: its webmasters may publish there too."""
    grant_webmaster_pages(instance.root_page)


def ensure_roles():
    """The three groups, admin access, request permissions; webmasters edit/publish every site's pages."""
    groups = {group.name: group for group in roles.ensure_groups()}
    for name, group in groups.items():
        _grant(group, *ADMIN_ACCESS[:1], ADMIN_ACCESS[1:])
        _grant(group, "wagtail_govstandard", REQUEST_PERMS[name])
    webmasters = groups[roles.WEBMASTER]
    for root in site_roots():
        grant_webmaster_pages(root, webmasters)
    root_collection = Collection.get_first_root_node()
    if root_collection:
        for app_label, codename in WEBMASTER_COLLECTION_PERMS:
            permission = _perm(app_label, codename)
            if permission:
                GroupCollectionPermission.objects.get_or_create(
                    group=webmasters, collection=root_collection, permission=permission
                )
    return groups


def ensure_workflow():
    """The seed 2.2 page workflow: head of the owning work group, then a webmaster."""
    from wagtail_govstandard.requests.workflows import (
        WebmasterPublishTask,
        WorkGroupHeadApprovalTask,
    )

    workflow, _created = Workflow.objects.get_or_create(name=conf.get("WORKFLOW_NAME"))
    head_task = WorkGroupHeadApprovalTask.objects.filter(name="Work group head approval").first() or \
        WorkGroupHeadApprovalTask.objects.create(name="Work group head approval")
    publish_task = WebmasterPublishTask.objects.filter(name="Webmaster publication").first() or \
        WebmasterPublishTask.objects.create(name="Webmaster publication")
    for order, task in enumerate((head_task, publish_task)):
        WorkflowTask.objects.update_or_create(workflow=workflow, task=task, defaults={"sort_order": order})
    return workflow


def assign_workflow(workflow, pages):
    """Use `workflow` for each page (and its subtree) that has no workflow of its own."""
    assigned = []
    for page in pages:
        _link, created = WorkflowPage.objects.get_or_create(page=page, defaults={"workflow": workflow})
        if created:
            assigned.append(page)
    return assigned


def ensure_area_permissions():
    """What monitoring (seed 3), statistics (seed 1.10), ITA and the theme let webmasters do in the admin."""
    from wagtail_govstandard.ita.setup import grant_webmaster_permissions as grant_ita_permissions
    from wagtail_govstandard.monitoring.setup import grant_webmaster_permissions
    from wagtail_govstandard.statistics.setup import grant_statistics_permissions
    from wagtail_govstandard.theme.setup import grant_theme_permissions

    grant_webmaster_permissions()
    grant_statistics_permissions()
    grant_ita_permissions()
    grant_theme_permissions()


@transaction.atomic
def run(assign=False):
    groups = ensure_roles()
    ensure_area_permissions()
    workflow = ensure_workflow()
    files.secure_existing_drafts()
    assigned = assign_workflow(workflow, workflow_roots()) if assign else []
    return groups, workflow, assigned


def on_post_migrate(sender, **kwargs):
    if sender.label == "wagtail_govstandard":
        ensure_roles()
        ensure_area_permissions()
        ensure_workflow()
        files.secure_existing_drafts()
