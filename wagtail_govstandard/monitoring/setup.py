"""Idempotent defaults of the monitoring area: what the Webmasters group may do in the admin.
Called by `setup.ensure_area_permissions()` (govstandard_setup and after every migrate)."""

from django.contrib.auth.models import Group, Permission

from wagtail_govstandard import roles

WEBMASTER_PERMISSIONS = (
    ("wagtailadmin", "access_admin"),
    ("wagtail_govstandard", "change_monitoringsettings"),
    ("wagtailredirects", "add_redirect"),
    ("wagtailredirects", "change_redirect"),
)


def grant_webmaster_permissions():
    """Give the Webmasters group the admin permissions monitoring needs (seed 3)."""
    group, _created = Group.objects.get_or_create(name=roles.WEBMASTER)
    for app_label, codename in WEBMASTER_PERMISSIONS:
        permission = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
        if permission is not None:
            group.permissions.add(permission)
    return group
