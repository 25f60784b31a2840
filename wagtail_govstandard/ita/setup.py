"""The Provincial supervisors group (read every Site's monitoring and ITA status), made by
`govstandard_setup` like the seed's roles: it may open the admin and nothing more. Webmasters
edit their site's ITA settings (the links that answer items)."""

from django.contrib.auth.models import Group, Permission

from wagtail_govstandard import roles
from wagtail_govstandard.ita.province import SUPERVISOR


def grant_webmaster_permissions():
    group, _created = Group.objects.get_or_create(name=roles.WEBMASTER)
    group.permissions.add(*Permission.objects.filter(
        content_type__app_label="wagtail_govstandard", codename__in=("change_itasettings", "view_itasettings"),
    ))
    return group


def ensure_supervisor_group():
    group, _created = Group.objects.get_or_create(name=SUPERVISOR)
    access = Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin").first()
    if access is not None:
        group.permissions.add(access)
    return group


def on_post_migrate(sender, **kwargs):
    if sender.label == "wagtail_govstandard":
        ensure_supervisor_group()
