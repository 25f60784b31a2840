"""The three roles of the guideline as Django groups, and the questions views ask of a user.

information provider (seed 2.2.1) files requests; work group head (2.1, 2.2.1) approves or
rejects its own work group's requests; webmaster (2.2.2, 3.x) publishes, takes down, monitors.
"""

from django.contrib.auth.models import Group

PROVIDER = "Information providers"
HEAD = "Work group heads"
WEBMASTER = "Webmasters"
ROLES = (PROVIDER, HEAD, WEBMASTER)


def in_role(user, role):
    if not user.is_authenticated or not user.is_active:
        return False
    return user.is_superuser or user.groups.filter(name=role).exists()


def is_webmaster(user):
    return in_role(user, WEBMASTER)


def is_head_of(user, work_group):
    return user.is_authenticated and user.is_active and work_group.heads.filter(pk=user.pk).exists()


def webmasters():
    """Active members of the webmaster group (seed 3.1 asks for at least two)."""
    from django.contrib.auth import get_user_model

    return get_user_model().objects.filter(is_active=True, groups__name=WEBMASTER).distinct()


def ensure_groups():
    """Create the role groups when missing; idempotent. Permissions are granted by setup."""
    return [Group.objects.get_or_create(name=name)[0] for name in ROLES]
