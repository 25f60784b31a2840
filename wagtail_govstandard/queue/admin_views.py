"""The queue in the Wagtail admin: the staff console per counter, the staff issue form and the
statistics report. Every view asks access.py on the server; a point not staffed by the user
answers 404 like a point that does not exist."""

import datetime
import hashlib

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponseNotModified
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail_govstandard import exports
from wagtail_govstandard.content.date_input import DateRangeForm, report_date
from wagtail_govstandard.content.dates import format_date
from wagtail_govstandard.queue import access, calling, clock, conf, figures, kiosk, numbering, ordering, versions
from wagtail_govstandard.queue.models import Counter, ServicePoint, Ticket, priority_label


def _require_console(request):
    if not access.may_open_console(request.user):
        raise PermissionDenied


def index(request):
    """The user's service points with their waiting counts; `?live=1` answers the table alone, 304
    while none of their Sites' queues changed (console.js polls it as on a counter's console)."""
    _require_console(request)
    points = list(access.staffed_points(request.user).select_related("site").prefetch_related("counters"))
    return _live(request, index_etag(points), "govstandard_queue/admin/index", lambda: {
        "rows": waiting_counts(points), "may_report": access.may_read_statistics(request.user),
        "poll_seconds": conf.get("CONSOLE_POLL_SECONDS"),
    })


def waiting_counts(points):
    """[(point, tickets waiting there today)], one today for all of them."""
    today = clock.today()
    return [(p, ordering.joined_on(p, today).filter(state=Ticket.WAITING).count()) for p in points]


def index_etag(points):
    """Names the points shown and their Sites' versions: a point given or taken away changes it too."""
    versions_of = {site_id: versions.current(site_id) for site_id in {p.site_id for p in points}}
    shown = ";".join(f"{p.pk}:{versions_of[p.site_id]}" for p in points)
    return f'W/"i{hashlib.blake2b(shown.encode(), digest_size=12).hexdigest()}"'


def _counter(request, counter_id):
    counter = Counter.objects.select_related("point", "point__site").filter(pk=counter_id).first()
    if counter is None or not access.may_staff(request.user, counter.point):
        raise Http404
    return counter


def console(request, counter_id):
    """A counter's console; `?live=1` answers its lists alone, 304 while the Site's queue is unchanged
    (console.js polls it so the lists stay current while the page is open)."""
    _require_console(request)
    counter = _counter(request, counter_id)
    if request.method == "POST":
        _act(request, counter)
        return redirect("govstandard_queue_admin:console", counter_id=counter.pk)
    tag = console_etag(counter, versions.current(counter.point.site_id))
    return _live(request, tag, "govstandard_queue/admin/console", lambda: console_lists(counter))


def _live(request, tag, template, context):
    """The page `<template>.html`, or with `?live=1` its live part `<template>_live.html` alone, 304
    when the poll sends back `tag`. The tag is read before the context, so a change in between
    renews it at the next poll."""
    live = "live" in request.GET
    if live and request.headers.get("If-None-Match") == tag:
        response = HttpResponseNotModified()
    else:
        response = TemplateResponse(request, f"{template}{'_live' if live else ''}.html", {**context(), "etag": tag})
    response["ETag"] = tag
    patch_cache_control(response, private=True, no_cache=True)
    return response


def console_etag(counter, version):
    return f'W/"c{counter.pk}.{version}"'


def console_lists(counter):
    point, today = counter.point, clock.today()
    tickets = ordering.joined_on(point, today).select_related("visit", "counter")
    current = tickets.filter(counter=counter, state__in=(Ticket.CALLED, Ticket.SERVING)).order_by("-last_called_at")
    waiting = list(tickets.filter(state=Ticket.WAITING).order_by("rank", "queued_at", "pk"))
    return {
        "counter": counter, "point": point, "current": [(t, calling.available(t)) for t in current],
        "waiting": waiting, "waiting_count": len(waiting),
        "skipped": tickets.filter(state=Ticket.SKIPPED).order_by("queued_at"),
        "points": ServicePoint.objects.filter(site=point.site).exclude(pk=point.pk),
        "labels": calling.ACTION_LABELS, "verbs": ACTION_BUTTONS, "poll_seconds": conf.get("CONSOLE_POLL_SECONDS"),
    }


ACTION_BUTTONS = {
    "recall": gettext_lazy("Call again"), "skip": gettext_lazy("Skip (not here)"),
    "return": gettext_lazy("Back in line"), "start": gettext_lazy("Start service"),
    "done": gettext_lazy("Done"), "transfer": gettext_lazy("Send to next point"),
    "cancel": gettext_lazy("Cancel"),
}


def _act(request, counter):
    action = request.POST.get("action", "")
    if action == "call_next":
        ticket = calling.call_next(counter, user=request.user)
        if ticket is None:
            messages.info(request, _("Nobody is waiting."))
        else:
            messages.success(request, _("Called %(number)s.") % {"number": ticket.display})
        return
    ticket_id = request.POST.get("ticket", "")
    ticket = Ticket.objects.filter(pk=int(ticket_id) if ticket_id.isdigit() and len(ticket_id) < 18 else 0,
                                   point=counter.point).first()
    if ticket is None or action not in calling.ACTIONS:
        messages.error(request, _("No such ticket or action."))
        return
    to_point = request.POST.get("to_point", "")
    try:
        result = calling.perform(ticket.pk, action, user=request.user,
                                 to_point=int(to_point) if to_point.isdigit() and len(to_point) < 18 else None)
    except (calling.Refused, ValidationError) as error:
        messages.error(request, " ".join(getattr(error, "messages", [str(error)])))
        return
    messages.success(request, _("%(number)s: %(state)s.") % {"number": result.display,
                                                              "state": result.get_state_display()})


class IssueForm(forms.Form):
    point = forms.ModelChoiceField(queryset=ServicePoint.objects.none(), label=gettext_lazy("Service point"))
    priority = forms.ChoiceField(label=gettext_lazy("Priority"))
    form_key = forms.RegexField(numbering.FORM_KEY, widget=forms.HiddenInput, required=False,
                                initial=numbering.new_form_key,
                                error_messages={"invalid": numbering.FORM_EXPIRED})

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["point"].queryset = access.staffed_points(user).filter(issuable=True)
        self.fields["priority"].choices = [(c, priority_label(c)) for c in conf.get("PRIORITIES")]
        self.fields["priority"].initial = "normal"


def issue(request):
    _require_console(request)
    form = IssueForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            ticket = numbering.issue(form.cleaned_data["point"], form.cleaned_data["priority"],
                                     channel="staff", user=request.user, form_key=form.cleaned_data["form_key"])
        except numbering.AlreadyIssued as issued:  # a double click: the ticket the first click made
            ticket = issued.visit.current_ticket() if issued.visit.issued_by_id == request.user.pk else None
            if ticket is None:  # a key from someone else's form shows nothing of theirs
                form.add_error(None, numbering.FORM_EXPIRED)
        except ValidationError as error:
            form.add_error(None, error)
            ticket = None
        if ticket is not None:
            return kiosk.ticket_response(request, None, ticket, back_url=reverse("govstandard_queue_admin:issue"))
    return TemplateResponse(request, "govstandard_queue/admin/issue.html", {"form": form})


def headings():
    return [_("Day"), _("Service point"), _("Tickets"), _("Served"), _("Median wait (min)"),
            _("90th percentile wait (min)"), _("Median service (min)"), _("90th percentile service (min)"),
            _("No-shows")] + [str(priority_label(c)) for c in conf.get("PRIORITIES")]


def table(rows):
    """One line per row under headings(): a column per priority class configured now (a day kept
    from before a class was renamed counts its tickets in "Tickets" only)."""
    classes = list(conf.get("PRIORITIES"))
    return [[r["day"].isoformat(), r["point"].name, r["tickets"], r["served"], r["wait_median"], r["wait_p90"],
             r["service_median"], r["service_p90"], r["no_shows"]] + [r["by_priority"].get(c, 0) for c in classes]
            for r in rows]


def shown(rows):
    """The table on screen: each day in the reader's calendar (the exports keep ISO dates)."""
    return [[format_date(row["day"])] + line[1:] for row, line in zip(rows, table(rows))]


def report(request):
    if not access.may_read_statistics(request.user):
        raise PermissionDenied
    today = clock.today()
    end = report_date(request.GET.get("end"), today)
    start = report_date(request.GET.get("start"), end - datetime.timedelta(days=30))
    if (end - start).days > 366 or end < start:
        start = end - datetime.timedelta(days=30)
    form = DateRangeForm(initial={"start": start, "end": end})
    from wagtail.models import Site

    site_ids = list(Site.objects.values_list("pk", flat=True))
    rows = figures.rows(site_ids, start, end)
    export = request.GET.get("export")
    if export in ("csv", "xlsx"):
        return exports.table_response(export, f"queue-statistics-{start}-{end}", headings(), table(rows), "queue")
    return TemplateResponse(request, "govstandard_queue/admin/report.html", {
        "form": form, "rows": rows, "headings": headings(), "table": shown(rows), "start": start, "end": end,
        "query": request.GET.urlencode(),
    })
