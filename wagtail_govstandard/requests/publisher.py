"""Who is publishing a page: named by the API, else the admin request's user, else the revision's."""

import contextlib
import contextvars

from simple_history.models import HistoricalRecords

_publisher = contextvars.ContextVar("govstandard_publisher", default=None)


@contextlib.contextmanager
def publishing_as(user):
    """Name the publisher for code that publishes outside an admin request (the API)."""
    token = _publisher.set(user)
    try:
        yield
    finally:
        _publisher.reset(token)


def acting_user(revision):
    """Who published: named by publishing_as(), else the current admin request's user, else the revision's author."""
    if _publisher.get() is not None:
        return _publisher.get()
    request = getattr(HistoricalRecords.context, "request", None)
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return user
    return getattr(revision, "user", None)
