"""Record sign-ins (user, time, IP address, success or failure): traffic data the Computer Crime
Act B.E. 2550 (as amended B.E. 2560) s.26 asks agencies to keep (seed 3.4). Not visit
statistics; purged after the retention period by `govstandard_purge`."""

import hashlib
import hmac

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.core.exceptions import ValidationError
from django.core.validators import validate_ipv46_address

from wagtail_govstandard.monitoring.models import LoginRecord


def client_ip(request):
    """REMOTE_ADDR as the server saw it (behind a proxy, set it there, e.g. uwsgi/gunicorn)."""
    address = (request.META.get("REMOTE_ADDR") or "").strip() if request is not None else ""
    try:
        validate_ipv46_address(address)
    except ValidationError:
        return None
    return address


def record_success(sender, request, user, **kwargs):
    LoginRecord.objects.create(user=user, username=user.get_username()[:150],
                               ip_address=client_ip(request), success=True)


def record_failure(sender, credentials, request=None, **kwargs):
    username = str(credentials.get(get_user_model().USERNAME_FIELD) or credentials.get("username") or "")
    user = get_user_model()._default_manager.filter(
        **{get_user_model().USERNAME_FIELD: username}).first() if username else None
    LoginRecord.objects.create(user=user, username=username[:150] if user else unknown_name(username),
                               ip_address=client_ip(request), success=False)


def unknown_name(typed):
    """A failed attempt's user name that names nobody: often a password typed in the wrong box,
    so only a keyed hash is kept (the same typing gives the same value, for spotting a spray)."""
    if not typed:
        return ""
    digest = hmac.new(settings.SECRET_KEY.encode(), typed.encode("utf-8", "surrogatepass"), hashlib.sha256)
    return "unknown:" + digest.hexdigest()[:16]


def connect():
    user_logged_in.connect(record_success, dispatch_uid="govstandard_login_ok")
    user_login_failed.connect(record_failure, dispatch_uid="govstandard_login_failed")
