"""Who may do what in the queue, asked server-side on every route.

Queue staff (group "Queue staff") call and move the tickets of the service points they are
assigned to (ServicePoint.staff); superusers everywhere. Integration users (group "Queue
integrations", the HIS's bearer token) issue tickets and read the tickets they issued.
Webmasters configure points and read the statistics of every point. Anonymous visitors read
the board state and a status by its token only.
"""

from wagtail_govstandard import roles

STAFF = "Queue staff"
INTEGRATION = "Queue integrations"
GROUPS = (STAFF, INTEGRATION)


def active(user):
    return user is not None and user.is_authenticated and user.is_active


def staffed_points(user):
    """The service points whose tickets the user may call and move."""
    from wagtail_govstandard.queue.models import ServicePoint

    if not active(user):
        return ServicePoint.objects.none()
    if user.is_superuser:
        return ServicePoint.objects.all()
    if not roles.in_role(user, STAFF):
        return ServicePoint.objects.none()
    return ServicePoint.objects.filter(staff=user)


def _remembered(user, name, compute):
    """Role facts asked several times in one request are read once (kept on the user object)."""
    attribute = f"_govstandard_queue_{name}"
    if not hasattr(user, attribute):
        setattr(user, attribute, compute())
    return getattr(user, attribute)


def remember(user, groups, assigned):
    """Role facts already known (the cached bearer token's): group names, assigned point ids."""
    facts = {"integration": user.is_superuser or INTEGRATION in groups, "assigned": frozenset(assigned),
             "points": None if user.is_superuser else frozenset(assigned) if STAFF in groups else frozenset()}
    for name, value in facts.items():
        attribute = f"_govstandard_queue_{name}"
        if value is None:
            user.__dict__.pop(attribute, None)  # a superuser's: every point, read when asked
        else:
            setattr(user, attribute, value)


def assigned_point_ids(user):
    """The points the user is assigned to (ServicePoint.staff), whatever the role."""
    from wagtail_govstandard.queue.models import ServicePoint

    if not active(user):
        return frozenset()
    return _remembered(user, "assigned",
                       lambda: frozenset(ServicePoint.objects.filter(staff=user).values_list("pk", flat=True)))


def staffed_point_ids(user):
    if not active(user):
        return frozenset()
    return _remembered(user, "points", lambda: frozenset(staffed_points(user).values_list("pk", flat=True)))


def may_staff(user, point):
    return point.pk in staffed_point_ids(user)


def is_integration(user):
    return active(user) and _remembered(user, "integration", lambda: roles.in_role(user, INTEGRATION))


def may_issue_by_api(user, point):
    return is_integration(user) or may_staff(user, point)


def may_read_statistics(user):
    return active(user) and (user.is_superuser or roles.is_webmaster(user))


def may_open_console(user):
    return staffed_points(user).exists()
