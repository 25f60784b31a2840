"""The patient's status page: /queue/t/<token>/ (the ticket's QR code points here).

Self-updating: a small script polls the JSON twin; without JavaScript a meta refresh reloads.
Never cached by a shared cache (the token is the only key), never indexed.
"""

from django.http import Http404
from django.template.response import TemplateResponse
from django.views.decorators.cache import never_cache
from wagtail.models import Site

from wagtail_govstandard.queue import conf, status


@never_cache
def status_page(request, token):
    visit = status.find_visit(token, Site.find_for_request(request))
    if visit is None:
        raise Http404("No such ticket.")
    response = TemplateResponse(request, "govstandard_queue/status_page.html", {
        "status": status.describe(visit), "token": visit.token,
        "poll_seconds": conf.get("STATUS_POLL_SECONDS"), "retention_days": conf.get("RETENTION_DAYS"),
    })
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Referrer-Policy"] = "no-referrer"
    return response
