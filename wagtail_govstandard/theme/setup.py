"""Idempotent setup of the theme: webmasters edit the alert banners and their site's theme.

Called by `setup.ensure_area_permissions()` (govstandard_setup and after every migrate)."""

from django.contrib.auth.models import Group, Permission

from wagtail_govstandard import roles

# Alerts are added and removed; the theme (a site setting) is only edited.
PERMISSIONS = {"alertbanner": ("add", "change", "delete", "view"), "themesettings": ("change", "view")}


def grant_theme_permissions():
    group, _created = Group.objects.get_or_create(name=roles.WEBMASTER)
    codenames = [f"{action}_{model}" for model, actions in PERMISSIONS.items() for action in actions]
    group.permissions.add(*Permission.objects.filter(content_type__app_label="wagtail_govstandard", codename__in=codenames))
    return group
