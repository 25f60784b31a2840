"""Idempotent setup of seed 1.10: webmasters may edit visit boxes and surveys (snippets).

Called by `setup.ensure_area_permissions()` (govstandard_setup and after every migrate)."""

from django.contrib.auth.models import Group, Permission

from wagtail_govstandard import roles

MODELS = ("visitcounter", "satisfactionsurvey")


def grant_statistics_permissions():
    group, _created = Group.objects.get_or_create(name=roles.WEBMASTER)
    permissions = Permission.objects.filter(
        content_type__app_label="wagtail_govstandard", content_type__model__in=MODELS,
        codename__regex=r"^(add|change|delete|view)_",
    )
    group.permissions.add(*permissions)
    admin_access = Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin")
    group.permissions.add(*admin_access)
    return group
