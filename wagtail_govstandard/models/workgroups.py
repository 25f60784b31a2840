"""Work groups (กลุ่มงาน): the units that own information and approve its publication (seed 2.1)."""

from django.conf import settings
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


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
