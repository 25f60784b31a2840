"""The kiosk page: choose the service point and priority, get a printed 80 mm ticket.

Issuing needs the page's device key (the kiosk is opened at <page URL>?device=<key>); a
request without it sees a notice and issues nothing. Each start screen carries a one-time form
key: a second tap on "Print my ticket" shows (and prints) the ticket the first made. After
printing, the kiosk returns to its start screen by itself.
"""

import dataclasses
import secrets

from django.core.exceptions import ValidationError
from django.template.response import TemplateResponse
from django.utils.http import urlencode

from wagtail_govstandard.queue import conf, numbering, qr
from wagtail_govstandard.queue.models import ServicePoint, priority_label


def kiosk_points(page):
    site = page.get_site()
    chosen = list(page.points.filter(issuable=True))
    if chosen:
        return [point for point in chosen if site and point.site_id == site.pk]
    return list(ServicePoint.objects.filter(site=site, issuable=True)) if site else []


def priorities():
    return [(code, priority_label(code)) for code in conf.get("PRIORITIES")]


def device_ok(page, key):
    return bool(key) and secrets.compare_digest(str(key), page.device_key)


def serve_page(page, request):
    key = request.POST.get("device") if request.method == "POST" else request.GET.get("device")
    context = {"page": page, "self": page, "device": key if device_ok(page, key) else "",
               "enrolled": device_ok(page, key), "points": kiosk_points(page), "priorities": priorities(),
               "retention_days": conf.get("RETENTION_DAYS"), "form_key": numbering.new_form_key()}
    context["switch"] = language_switch(request, page, context["device"])
    if request.method == "POST" and context["enrolled"]:
        ticket, error = _issue(page, request, context["points"])
        if ticket is not None:
            return ticket_response(request, page, ticket, context["device"])
        context["error"] = error
    status = 403 if request.method == "POST" and not context["enrolled"] else 200
    return TemplateResponse(request, page.template, context, status=status if "error" not in context else 400)


def language_switch(request, page, device):
    """The page's language links, each keeping the device key: the kiosk in the other language is
    still the hospital's kiosk (a translation's link alone would open an unregistered screen)."""
    from wagtail_govstandard.i18n import switch

    shown = switch.shown(request, page)
    if device:
        shown["links"] = [link if link.current else _keeping(link, {"device": device}) for link in shown["links"]]
    return shown


def _keeping(link, query):
    return dataclasses.replace(link, url=link.url + ("&" if "?" in link.url else "?") + urlencode(query))


def _issue(page, request, points):
    from django.utils.translation import gettext

    point = next((p for p in points if str(p.pk) == request.POST.get("point", "")), None)
    if point is None:
        return None, gettext("Choose a service.")
    try:
        return numbering.issue(point, request.POST.get("priority", "normal"), channel="kiosk",
                               form_key=request.POST.get("form_key", "")), ""
    except numbering.AlreadyIssued as issued:  # a second tap on the same screen
        return issued.visit.current_ticket(), ""
    except ValidationError as error:
        return None, " ".join(error.messages)


def ticket_response(request, page, ticket, device="", back_url=None):
    """The printable ticket (80 mm) with its QR code to the status page."""
    visit = ticket.visit
    link = qr.payload(request, visit)
    return TemplateResponse(request, "govstandard_queue/ticket.html", {
        "page": page, "ticket": ticket, "visit": visit, "qr": qr.svg(link), "status_link": link,
        "back_url": back_url or (f"{page.url}?device={device}" if page and device else ""),
        "back_after": conf.get("KIOSK_RETURN_SECONDS"), "retention_days": conf.get("RETENTION_DAYS"),
    })
