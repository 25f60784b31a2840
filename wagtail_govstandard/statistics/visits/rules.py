"""Which requests count as a visit: not bots, previews, admin users, DNT/GPC, errors, non-GET."""

from django.conf import settings

from wagtail_govstandard.statistics.visits import options


def is_bot(user_agent):
    agent = (user_agent or "").lower()
    if not agent:
        return True
    return any(marker in agent for marker in options.bot_markers())


def asks_not_to_be_tracked(request):
    if not options.get("VISITS_RESPECT_DNT"):
        return False
    return request.headers.get("DNT") == "1" or request.headers.get("Sec-GPC") == "1"


def is_admin_user(request):
    # No session cookie and no user resolved yet: nobody is signed in; skip loading the session.
    if settings.SESSION_COOKIE_NAME not in request.COOKIES and not hasattr(request, "_cached_user") \
            and not getattr(request, "auth", None):
        return False
    user = getattr(request, "user", None)
    return bool(user is not None and user.is_authenticated and user.has_perm("wagtailadmin.access_admin"))


def visitor_may_be_counted(request):
    """True unless the visitor is a bot, an admin user or asks not to be tracked."""
    if not options.get("VISITS_ENABLED") or getattr(request, "is_preview", False):
        return False
    if is_bot(request.headers.get("User-Agent")) or asks_not_to_be_tracked(request):
        return False
    return not is_admin_user(request)


def page_view_counts(request, response):
    """A server-rendered page view counts when it is a plain successful GET by a real visitor."""
    if request.method != "GET" or response.status_code != 200:
        return False
    return visitor_may_be_counted(request)
