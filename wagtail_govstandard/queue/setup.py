"""After migrate: the queue's groups exist; queue staff may enter the admin; webmasters may
configure service points (Wagtail snippet permissions)."""

from django.contrib.auth.models import Group, Permission

from wagtail_govstandard import roles
from wagtail_govstandard.queue import access


def ensure_groups():
    groups = {name: Group.objects.get_or_create(name=name)[0] for name in access.GROUPS}
    admin_access = Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin").first()
    if admin_access:
        groups[access.STAFF].permissions.add(admin_access)
    webmasters = Group.objects.filter(name=roles.WEBMASTER).first()
    if webmasters:
        webmasters.permissions.add(*Permission.objects.filter(
            content_type__app_label="govstandard_queue",
            codename__in=["add_servicepoint", "change_servicepoint", "delete_servicepoint", "view_servicepoint"],
        ))
    return groups


def on_post_migrate(sender, **kwargs):
    ensure_groups()
