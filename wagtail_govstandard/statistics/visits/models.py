"""Visit statistics (seed 1.10): daily roll-ups per site and per page; no raw IP address.

Unique visitors are counted from a hash of (IP address, user agent, the day's salt). The salt
and the day's hashes live only until the day ends in Asia/Bangkok; then they are deleted and
only the counts remain.
"""

import datetime

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from wagtail_govstandard.content.models.base import PAGE_MODEL_NAME
from wagtail_govstandard.i18n.bilingual import in_language


class DailySalt(models.Model):
    """The secret mixed into the visitor hash on `day`; deleted when the day is over."""

    day = models.DateField(primary_key=True)
    salt = models.CharField(max_length=64)

    class Meta:
        verbose_name = _("daily salt")
        verbose_name_plural = _("daily salts")


class VisitorSeen(models.Model):
    """A visitor hash already counted today for a site (page_id 0) or a page; purged daily."""

    site_id = models.IntegerField()
    page_id = models.IntegerField()
    day = models.DateField(db_index=True)
    visitor_hash = models.CharField(max_length=64)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["site_id", "page_id", "day", "visitor_hash"], name="govstandard_visitor_seen_once"
            )
        ]


class DailyVisits(models.Model):
    """Page views and unique visitors of a site on a day (Asia/Bangkok)."""

    site = models.ForeignKey("wagtailcore.Site", on_delete=models.CASCADE, related_name="+")
    day = models.DateField(_("day"))
    views = models.PositiveIntegerField(_("page views"), default=0)
    visitors = models.PositiveIntegerField(_("unique visitors"), default=0)

    class Meta:
        verbose_name = _("daily visits")
        verbose_name_plural = _("daily visits")
        ordering = ["-day"]
        constraints = [models.UniqueConstraint(fields=["site", "day"], name="govstandard_daily_visits_once")]

    def __str__(self):
        return f"{self.site_id} {self.day}: {self.views}"


class DailyPageVisits(models.Model):
    """Page views and unique visitors of one page on a day."""

    site = models.ForeignKey("wagtailcore.Site", on_delete=models.CASCADE, related_name="+")
    page = models.ForeignKey(PAGE_MODEL_NAME, on_delete=models.CASCADE, related_name="+")
    day = models.DateField(_("day"))
    views = models.PositiveIntegerField(_("page views"), default=0)
    visitors = models.PositiveIntegerField(_("unique visitors"), default=0)

    class Meta:
        verbose_name = _("daily page visits")
        verbose_name_plural = _("daily page visits")
        constraints = [models.UniqueConstraint(fields=["page", "day"], name="govstandard_daily_page_visits_once")]
        indexes = [models.Index(fields=["site", "day"])]


class AppliedVisitBatch(models.Model):
    """A Redis buffer batch written to the roll-ups: a batch is applied exactly once."""

    batch_id = models.CharField(max_length=64, primary_key=True)
    applied_at = models.DateTimeField(auto_now_add=True)


class VisitCounter(models.Model):
    """The public visit-statistics box: its heading, which figures it shows, since when."""

    name = models.CharField(_("name"), max_length=100, help_text=_("For editors, e.g. 'Footer'."))
    heading = models.CharField(_("heading (Thai)"), max_length=255, default="สถิติผู้เข้าชม")
    heading_en = models.CharField(_("heading (English)"), max_length=255, blank=True, default="Visitor statistics")
    show_today = models.BooleanField(_("today"), default=True)
    show_yesterday = models.BooleanField(_("yesterday"), default=True)
    show_month = models.BooleanField(_("this month"), default=True)
    show_year = models.BooleanField(_("this year"), default=True)
    show_total = models.BooleanField(_("total"), default=True)
    show_visitors = models.BooleanField(
        _("show unique visitors"), default=False, help_text=_("Besides page views.")
    )
    since = models.DateField(
        _("counting since"), null=True, blank=True,
        help_text=_("Shown as 'since ...'; the first recorded day when empty."),
    )
    site = models.ForeignKey(
        "wagtailcore.Site", null=True, blank=True, on_delete=models.CASCADE, related_name="+",
        verbose_name=_("site"), help_text=_("Empty: the site the page belongs to."),
    )
    site_wide = models.BooleanField(
        _("show in the footer of every page"), default=True,
    )

    panels = [
        FieldPanel("name"), FieldPanel("heading"), FieldPanel("heading_en"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("show_today"), FieldPanel("show_yesterday"), FieldPanel("show_month")]),
             FieldRowPanel([FieldPanel("show_year"), FieldPanel("show_total"), FieldPanel("show_visitors")])],
            heading=_("Figures shown"),
        ),
        FieldPanel("since"), FieldPanel("site"), FieldPanel("site_wide"),
    ]

    class Meta:
        verbose_name = _("visit statistics box")
        verbose_name_plural = _("visit statistics boxes")

    def __str__(self):
        return self.name

    @property
    def shown_heading(self):
        return in_language(self.heading, self.heading_en)

    def periods(self):
        """The period codes this box shows, in display order."""
        flags = [("today", self.show_today), ("yesterday", self.show_yesterday),
                 ("month", self.show_month), ("year", self.show_year), ("total", self.show_total)]
        return [code for code, shown in flags if shown]


def end_of_day_seconds(now):
    """Seconds from `now` (aware, local) to the next local midnight."""
    tomorrow = datetime.datetime.combine(now.date() + datetime.timedelta(days=1), datetime.time(), now.tzinfo)
    return max(1, int((tomorrow - now).total_seconds()))
