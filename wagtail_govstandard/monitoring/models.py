"""Records of the webmasters' monitoring (seed 3): expiry actions, reminders, admin logins.

`ExpiryAction` is the take-down register the annual report counts (action "take_down",
`automatic` true when the expiry command did it, `actor` null then).
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from wagtail_govstandard.content.models.base import PAGE_MODEL_NAME


class ExpiryAction(models.Model):
    TAKE_DOWN = "take_down"
    EXTEND = "extend"
    REVIEWED = "reviewed"
    ACTIONS = [
        (TAKE_DOWN, _("taken down")), (EXTEND, _("extended")), (REVIEWED, _("marked reviewed")),
    ]

    page = models.ForeignKey(
        PAGE_MODEL_NAME, null=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("page"),
    )
    page_title = models.CharField(_("page title"), max_length=255)
    category = models.CharField(_("category"), max_length=64, blank=True)
    action = models.CharField(_("action"), max_length=16, choices=ACTIONS, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+", verbose_name=_("by"),
    )
    automatic = models.BooleanField(_("automatic"), default=False)
    at = models.DateTimeField(_("at"), auto_now_add=True, db_index=True)
    reason = models.TextField(_("reason"), blank=True)
    old_date = models.DateField(_("date before"), null=True, blank=True)
    new_date = models.DateField(_("date after"), null=True, blank=True)
    redirect_created = models.BooleanField(_("redirect created"), default=False)

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name = _("expiry action")
        verbose_name_plural = _("expiry actions")

    def __str__(self):
        return f"{self.get_action_display()}: {self.page_title}"


class ExpiryReminder(models.Model):
    """One reminder e-mail per item and publication end, so reruns never send it twice."""

    page = models.ForeignKey(PAGE_MODEL_NAME, on_delete=models.CASCADE, related_name="+")
    publication_end = models.DateField()
    sent_at = models.DateTimeField(auto_now_add=True)
    recipients = models.TextField(blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["page", "publication_end"], name="govstandard_one_reminder_per_end"),
        ]


class LoginRecord(models.Model):
    """Admin sign-in traffic data the Computer Crime Act (B.E. 2550, amended 2560) s.26 keeps (seed 3.4).

    The IP address is stored on purpose: the Act requires it for at least 90 days; the purge
    command deletes it after the retention period.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+", verbose_name=_("user"),
    )
    username = models.CharField(_("user name given"), max_length=150, blank=True)
    at = models.DateTimeField(_("at"), auto_now_add=True, db_index=True)
    ip_address = models.GenericIPAddressField(_("IP address"), null=True, blank=True)
    success = models.BooleanField(_("succeeded"))

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name = _("login record")
        verbose_name_plural = _("login records")


@register_setting(icon="time")
class MonitoringSettings(BaseSiteSetting):
    auto_take_down = models.BooleanField(
        _("take down expired items automatically"), default=False,
        help_text=_("The govstandard_expire command unpublishes this site's items whose "
                    "publication end has passed."),
    )
    redirect_on_take_down = models.BooleanField(
        _("redirect taken-down items to their category index"), default=True,
    )

    class Meta:
        verbose_name = _("monitoring")
        verbose_name_plural = _("monitoring")
