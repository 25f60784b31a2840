"""Work groups (seed 2.1) and publication requests (seed 2.2.1-2.2.3): the paper form, as a record.

State changes happen only in `wagtail_govstandard.requests.transitions`; this module holds data.
"""

import os
import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords
from wagtail.documents import get_document_model_string

from wagtail_govstandard.content import categories
from wagtail_govstandard.content.models.base import PAGE_MODEL_NAME

SUBMITTED, APPROVED, REJECTED, PUBLISHED = "submitted", "approved", "rejected", "published"
STATUS_CHOICES = [
    (SUBMITTED, _("submitted")),
    (APPROVED, _("approved")),
    (REJECTED, _("rejected")),
    (PUBLISHED, _("published")),
]
WRITTEN, VERBAL = "written", "verbal"
APPROVAL_MODES = [("", _("not decided")), (WRITTEN, _("in writing")), (VERBAL, _("verbally"))]
# Seed 2.2.3: the head says why, e.g. not the agency's mission, or a file format not allowed.
REJECTION_REASONS = [
    ("unrelated", _("not related to the agency's mission")),
    ("file_format", _("file format not allowed")),
    ("incomplete", _("incomplete or incorrect")),
    ("other", _("other")),
]
REJECTION_REASON_CODES = [code for code, _label in REJECTION_REASONS]


def _user_fk(verbose_name, related_name="+"):
    return models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name=related_name, verbose_name=verbose_name,
    )


# Work groups (กลุ่มงาน): the units that own information and approve its publication (seed 2.1).
class WorkGroup(models.Model):
    name_th = models.CharField(_("name (Thai)"), max_length=255)
    name_en = models.CharField(_("name (English)"), max_length=255, blank=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    email = models.EmailField(
        _("e-mail"), blank=True, help_text=_("The work group's shared address, for notices.")
    )
    heads = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="govstandard_headed_work_groups",
        verbose_name=_("heads"),
    )
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="govstandard_work_groups",
        verbose_name=_("members"),
    )
    active = models.BooleanField(_("active"), default=True)

    history = HistoricalRecords(m2m_fields=[heads, members])

    class Meta:
        ordering = ["name_th"]
        verbose_name = _("work group")
        verbose_name_plural = _("work groups")

    @property
    def name(self):
        if (get_language() or "th").startswith("en") and self.name_en:
            return self.name_en
        return self.name_th

    def __str__(self):
        return self.name


class PublicationRequest(models.Model):
    """One request to publish information, through every round until it is online."""

    # The form's fields (seed, attached form).
    work_group = models.ForeignKey(
        "wagtail_govstandard.WorkGroup", on_delete=models.PROTECT,
        related_name="publication_requests", verbose_name=_("work group"),
    )
    subject = models.CharField(_("subject"), max_length=255)
    details = models.TextField(_("details"), help_text=_("A summary; attach the documents below."))
    external_link = models.URLField(_("external link"), blank=True, max_length=500)
    remarks = models.TextField(_("remarks"), blank=True)
    requested_category = models.CharField(
        _("requested category"), max_length=64, blank=True, choices=categories.choices,
        help_text=_("A suggestion; the webmaster chooses the category when publishing."),
    )
    publish_from = models.DateField(_("publish from"), null=True, blank=True)
    publish_until = models.DateField(_("publish until"), null=True, blank=True)
    coverage_start = models.DateField(_("information covers from"), null=True, blank=True)
    coverage_end = models.DateField(_("information covers until"), null=True, blank=True)

    # The information provider, with name and position as they were when filing.
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT,
        related_name="govstandard_publication_requests", verbose_name=_("information provider"),
    )
    requester_name = models.CharField(_("provider's name"), max_length=255)
    requester_position = models.CharField(_("provider's position"), max_length=255, blank=True)

    status = models.CharField(
        _("status"), max_length=16, choices=STATUS_CHOICES, default=SUBMITTED, db_index=True
    )
    round = models.PositiveSmallIntegerField(
        _("round"), default=1, help_text=_("1 for the first filing, +1 for each resubmission.")
    )
    submitted_at = models.DateTimeField(
        _("submitted at"), default=timezone.now, db_index=True,
        help_text=_("When the current round was filed (a resubmission moves it)."),
    )
    # The paper trail's date: the annual report measures and counts from the first filing.
    first_submitted_at = models.DateTimeField(
        _("first submitted at"), db_index=True, editable=False,
        help_text=_("When round 1 was filed; a resubmission never changes it."),
    )

    # The approver's decision (written in the system, or verbal recorded by a webmaster).
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decided_by = _user_fk(_("decided by"))
    decider_name = models.CharField(_("approver's name"), max_length=255, blank=True)
    decider_position = models.CharField(_("approver's position"), max_length=255, blank=True)
    approval_mode = models.CharField(
        _("approval mode"), max_length=8, choices=APPROVAL_MODES, blank=True, default=""
    )
    decision_note = models.TextField(_("note"), blank=True)
    rejection_reasons = models.JSONField(_("rejection reasons"), default=list, blank=True)
    rejection_other = models.CharField(_("other reason"), max_length=500, blank=True)
    verbal_recorded_by = _user_fk(_("verbal approval recorded by"))
    verbal_recorded_at = models.DateTimeField(_("verbal approval recorded at"), null=True, blank=True)
    verbal_confirmed_at = models.DateTimeField(_("verbal approval confirmed at"), null=True, blank=True)

    # Publication by a webmaster (seed 2.2.2).
    published_category = models.CharField(
        _("published in category"), max_length=64, blank=True, choices=categories.choices
    )
    page = models.ForeignKey(
        PAGE_MODEL_NAME, null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("page"),
    )
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    published_by = _user_fk(_("published by"))
    publisher_name = models.CharField(_("publisher's name"), max_length=255, blank=True)
    publisher_position = models.CharField(_("publisher's position"), max_length=255, blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["-submitted_at", "-pk"]
        verbose_name = _("publication request")
        verbose_name_plural = _("publication requests")
        permissions = [("publish_publicationrequest", _("Can publish publication requests"))]

    def __str__(self):
        return self.subject

    def save(self, *args, **kwargs):
        if self.first_submitted_at is None:  # the first save: round 1's filing date
            self.first_submitted_at = self.submitted_at
        super().save(*args, **kwargs)

    @property
    def is_verbal_unconfirmed(self):
        return self.approval_mode == VERBAL and self.verbal_confirmed_at is None

    def status_display(self):
        """The status a person reads, with the verbal-approval flag (seed 2.2.1)."""
        if self.status in (APPROVED, PUBLISHED) and self.is_verbal_unconfirmed:
            return _("%(status)s (verbal, awaiting confirmation)") % {
                "status": self.get_status_display()
            }
        return self.get_status_display()

    def rejection_reason_labels(self):
        labels = dict(REJECTION_REASONS)
        return [str(labels.get(code, code)) for code in self.rejection_reasons]

    def requested_category_object(self):
        return categories.get(self.requested_category) if categories.exists(self.requested_category) else None


def attachment_path(instance, filename):
    """A random folder per file: request files are not guessable before publication."""
    return "govstandard/requests/%s/%s" % (uuid.uuid4().hex, os.path.basename(filename))


class RequestAttachment(models.Model):
    """A file sent with a request, checked by content on upload; served only to those who may see it."""

    request = models.ForeignKey(
        PublicationRequest, on_delete=models.CASCADE, related_name="attachments",
        verbose_name=_("request"),
    )
    file = models.FileField(_("file"), upload_to=attachment_path, max_length=500)
    title = models.CharField(_("title"), max_length=255, blank=True)
    round = models.PositiveSmallIntegerField(_("round"), default=1)
    uploaded_at = models.DateTimeField(_("uploaded at"), default=timezone.now)
    # The Wagtail document a draft page got from this file: private until the page is live
    # (wagtail_govstandard.requests.files).
    document = models.ForeignKey(
        get_document_model_string(), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+", editable=False, verbose_name=_("page document"),
    )

    class Meta:
        ordering = ["round", "pk"]
        verbose_name = _("request attachment")
        verbose_name_plural = _("request attachments")

    def __str__(self):
        return self.display_title

    @property
    def display_title(self):
        return self.title or os.path.basename(self.file.name)

    @property
    def filename(self):
        return os.path.basename(self.file.name)


class Notice(models.Model):
    """The outbox: one e-mail to one person; kept until sent, retried when sending fails."""

    PENDING, SENT, FAILED = "pending", "sent", "failed"
    STATUS_CHOICES = [(PENDING, _("pending")), (SENT, _("sent")), (FAILED, _("failed"))]

    request = models.ForeignKey(
        PublicationRequest, null=True, blank=True, on_delete=models.CASCADE,
        related_name="notices", verbose_name=_("request"),
    )
    recipient = _user_fk(_("recipient"), related_name="govstandard_notices")
    email = models.EmailField(_("e-mail"))
    language = models.CharField(_("language"), max_length=8, default="th")
    event = models.CharField(_("event"), max_length=32)
    subject = models.CharField(_("subject"), max_length=255)
    body = models.TextField(_("body"))
    status = models.CharField(_("status"), max_length=8, choices=STATUS_CHOICES, default=PENDING, db_index=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("notice")
        verbose_name_plural = _("notices")

    def __str__(self):
        return "%s → %s" % (self.subject, self.email)
