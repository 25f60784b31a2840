"""The queue's records: service points and their counters, a patient's visit and its tickets.

A Visit is one patient's journey through the hospital on one day: its display number (A012),
its priority, the unguessable token of its status page and the HIS's opaque reference. It has
one Ticket per service point it passes through; a transfer closes one ticket ("transferred")
and opens the next at the next point, under the same display number. Every state change is a
TicketEvent (who, when). No name, HN or national ID is stored anywhere.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel

from wagtail_govstandard.queue import conf
from wagtail_govstandard.queue.tokens import new_token


class ServicePoint(ClusterableModel):
    """A step of the journey at one Site (registration, screening, an exam room, the pharmacy)."""

    site = models.ForeignKey("wagtailcore.Site", on_delete=models.CASCADE, related_name="queue_points",
                             verbose_name=_("site"))
    code = models.SlugField(_("code"), max_length=40)
    name_th = models.CharField(_("name (Thai)"), max_length=120)
    name_en = models.CharField(_("name (English)"), max_length=120)
    prefix = models.CharField(
        _("number prefix"), max_length=2,
        help_text=_("Letter(s) before the number on the ticket, e.g. A for A012 (A-Z)."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order on the journey"), default=0)
    next_point = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
                                   verbose_name=_("next service point"))
    priority_every = models.PositiveSmallIntegerField(
        _("normal tickets between priority tickets"), null=True, blank=True,
        help_text=_("One priority ticket is called after this many normal ones; 0 calls priority "
                    "tickets first always. Empty: the site default. Urgent tickets always come first."),
    )
    issuable = models.BooleanField(_("tickets can be issued here"), default=True,
                                   help_text=_("Shown on the kiosk and accepted by the HIS API."))
    staff = models.ManyToManyField(settings.AUTH_USER_MODEL, blank=True, related_name="queue_points",
                                   verbose_name=_("queue staff"))

    panels = [
        FieldPanel("site"), FieldPanel("code"), FieldPanel("name_th"), FieldPanel("name_en"),
        FieldPanel("prefix"), FieldPanel("sort_order"), FieldPanel("next_point"),
        FieldPanel("priority_every"), FieldPanel("issuable"), FieldPanel("staff"),
        InlinePanel("counters", label=_("Counters and rooms")),
    ]

    class Meta:
        verbose_name = _("service point")
        verbose_name_plural = _("service points")
        ordering = ["site", "sort_order", "code"]
        constraints = [
            models.UniqueConstraint(fields=["site", "code"], name="govstandard_queue_point_code"),
            models.UniqueConstraint(fields=["site", "prefix"], name="govstandard_queue_point_prefix"),
        ]

    def __str__(self):
        return f"{self.name} ({self.site.site_name or self.site.hostname})"

    @property
    def name(self):
        from django.utils.translation import get_language

        return self.name_en if (get_language() or "th").startswith("en") and self.name_en else self.name_th

    def rule_every(self):
        return conf.get("PRIORITY_EVERY") if self.priority_every is None else self.priority_every

    def clean(self):
        from django.core.exceptions import ValidationError

        self.prefix = (self.prefix or "").upper()
        if not self.prefix.isascii() or not self.prefix.isalpha():
            raise ValidationError({"prefix": _("Use the letters A to Z only.")})
        if self.next_point_id and self.next_point.site_id != self.site_id:
            raise ValidationError({"next_point": _("The next service point must be on the same site.")})


class Counter(models.Model):
    """A desk or room of a service point where tickets are called (the board shows one line each)."""

    point = ParentalKey(ServicePoint, on_delete=models.CASCADE, related_name="counters")
    number = models.PositiveSmallIntegerField(_("number"), help_text=_("Announced as \"at counter N\"."))
    name_th = models.CharField(_("name (Thai)"), max_length=80, blank=True)
    name_en = models.CharField(_("name (English)"), max_length=80, blank=True)
    active = models.BooleanField(_("open"), default=True)

    panels = [FieldPanel("number"), FieldPanel("name_th"), FieldPanel("name_en"), FieldPanel("active")]

    class Meta:
        verbose_name = _("counter")
        verbose_name_plural = _("counters")
        ordering = ["point", "number"]
        constraints = [models.UniqueConstraint(fields=["point", "number"], name="govstandard_queue_counter_number")]

    def __str__(self):
        return f"{self.point.name} {self.label}"

    @property
    def label(self):
        from django.utils.translation import get_language, gettext

        english = (get_language() or "th").startswith("en")
        name = (self.name_en if english else self.name_th) or self.name_th or self.name_en
        return name or gettext("Counter %(number)s") % {"number": self.number}


class DayCounter(models.Model):
    """The last number issued at a service point on a day (Asia/Bangkok): the row numbering locks."""

    point = models.ForeignKey(ServicePoint, on_delete=models.CASCADE, related_name="+")
    day = models.DateField()
    last_number = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["point", "day"], name="govstandard_queue_day_counter")]


class DayFigures(models.Model):
    """One service point's figures for one day, kept when retention deletes the day's tickets, so
    the statistics and the ITA's monthly figures outlive them. Counts and each ticket's waiting and
    service time in whole seconds; nothing that leads back to a ticket, a visit or a patient."""

    point = models.ForeignKey(ServicePoint, on_delete=models.CASCADE, related_name="+")
    day = models.DateField()
    tickets = models.PositiveIntegerField()
    served = models.PositiveIntegerField()
    no_shows = models.PositiveIntegerField()
    by_priority = models.JSONField(default=dict)
    wait_seconds = models.JSONField(default=list)
    service_seconds = models.JSONField(default=list)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["point", "day"], name="govstandard_queue_day_figures")]


PRIORITY_LABELS = {
    "urgent": _("Urgent"), "elderly": _("Elderly (60+)"), "disabled": _("Person with disability"),
    "monk": _("Monk or novice"), "pregnant": _("Pregnant"), "normal": _("General"),
}


def priority_label(code):
    return PRIORITY_LABELS.get(code, code)


class Visit(models.Model):
    """One patient's numbered journey on one day. `reference` is the HIS's opaque visit id."""

    site = models.ForeignKey("wagtailcore.Site", on_delete=models.CASCADE, related_name="+")
    issue_point = models.ForeignKey(ServicePoint, on_delete=models.PROTECT, related_name="+")
    day = models.DateField(db_index=True)
    number = models.PositiveIntegerField(null=True)  # taken under the day counter's lock (numbering.py)
    display = models.CharField(max_length=8)
    priority = models.CharField(max_length=20)
    rank = models.PositiveSmallIntegerField()
    token = models.CharField(max_length=64, unique=True, default=new_token)
    reference = models.CharField(max_length=64, blank=True)
    channel = models.CharField(max_length=10)  # kiosk, staff, his
    issued_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                  related_name="+")
    issued_at = models.DateTimeField()
    # The one-time key of the kiosk or staff form that issued it (random, not the patient's).
    form_key = models.CharField(max_length=32, blank=True, editable=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["issue_point", "day", "number"], name="govstandard_queue_visit_number"),
            # One visit a day per HIS reference and caller: a retried POST finds its ticket (numbering.py).
            models.UniqueConstraint(fields=["issued_by", "day", "reference"], condition=~models.Q(reference=""),
                                    name="govstandard_queue_visit_reference"),
            # One visit per form shown: a double tap on "Print my ticket" finds the first ticket.
            models.UniqueConstraint(fields=["site", "day", "form_key"], condition=~models.Q(form_key=""),
                                    name="govstandard_queue_visit_form_key"),
        ]
        indexes = [models.Index(fields=["issued_by", "reference"], name="gsqueue_visit_ref")]

    def __str__(self):
        return self.display

    def priority_label(self):
        return priority_label(self.priority)

    def current_ticket(self):
        """Where the journey has reached: the latest ticket, with its point and counter."""
        return self.tickets.select_related("point", "counter").order_by("-queued_at", "-pk").first()


class Ticket(models.Model):
    """A visit at one service point, from waiting there to done, transferred or cancelled."""

    WAITING, CALLED, SERVING, DONE = "waiting", "called", "serving", "done"
    SKIPPED, TRANSFERRED, CANCELLED = "skipped", "transferred", "cancelled"
    STATES = [
        (WAITING, _("Waiting")), (CALLED, _("Called")), (SERVING, _("Being served")), (DONE, _("Done")),
        (SKIPPED, _("Skipped (may return)")), (TRANSFERRED, _("Sent to the next service point")),
        (CANCELLED, _("Cancelled")),
    ]
    OPEN = (WAITING, CALLED, SERVING, SKIPPED)

    visit = models.ForeignKey(Visit, on_delete=models.CASCADE, related_name="tickets")
    point = models.ForeignKey(ServicePoint, on_delete=models.PROTECT, related_name="tickets")
    state = models.CharField(max_length=12, choices=STATES, default=WAITING)
    rank = models.PositiveSmallIntegerField()
    queued_at = models.DateTimeField()
    counter = models.ForeignKey(Counter, null=True, blank=True, on_delete=models.SET_NULL, related_name="tickets")
    called_at = models.DateTimeField(null=True, blank=True)
    last_called_at = models.DateTimeField(null=True, blank=True)
    call_count = models.PositiveSmallIntegerField(default=0)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [
            # The lines in calling order to the last tiebreak (ordering.py), so "call next" reads the
            # first ticket off the index instead of sorting everyone waiting.
            models.Index(fields=["point", "state", "rank", "queued_at", "id"], name="gsqueue_line_order"),
            models.Index(fields=["counter", "last_called_at"], name="gsqueue_counter_calls"),
            # Only called tickets: an issue writes no entry here.
            models.Index(fields=["point", "called_at"], condition=models.Q(called_at__isnull=False),
                         name="gsqueue_point_calls"),
        ]

    def __str__(self):
        return f"{self.visit.display} @ {self.point.code}"

    def get_state_display(self):
        """The state's label; Django's own builds a hashable copy of every choice on each call."""
        return STATE_LABELS[self.state]

    @property
    def display(self):
        return self.visit.display


STATE_LABELS = dict(Ticket.STATES)


class TicketEvent(models.Model):
    """One change of a ticket: what, from which state to which, at which counter, by whom, when."""

    ticket = models.ForeignKey(Ticket, on_delete=models.CASCADE, related_name="events")
    action = models.CharField(max_length=20)
    from_state = models.CharField(max_length=12, blank=True)
    to_state = models.CharField(max_length=12)
    counter = models.ForeignKey(Counter, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                              related_name="+")
    at = models.DateTimeField()

    class Meta:
        ordering = ["at", "pk"]


from wagtail_govstandard.queue.pages import BoardPage, KioskPage  # noqa: E402, F401  (Django finds page models here)
