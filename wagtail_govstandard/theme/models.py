"""Theme settings (per Site) and the site-wide alert banner snippet."""

import fnmatch

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from wagtail_govstandard.theme import palettes


@register_setting(icon="image")
class ThemeSettings(BaseSiteSetting):
    """What makes the site its agency's: emblem, names, colours, social links, mourning."""

    agency_name_th = models.CharField(_("agency name in Thai"), max_length=255, blank=True,
                                      help_text=_("Shown in the header; the Site's name when empty."))
    agency_name_en = models.CharField(_("agency name in English"), max_length=255, blank=True)
    emblem = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("emblem or logo"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    palette = models.CharField(_("colours"), max_length=20, choices=palettes.choices,
                               default=palettes.DEFAULT)
    line_url = models.URLField(_("LINE Official Account"), blank=True)
    facebook_url = models.URLField(_("Facebook page"), blank=True)
    youtube_url = models.URLField(_("YouTube channel"), blank=True)
    x_url = models.URLField(_("X (Twitter)"), blank=True)
    ita_page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("ITA page"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
        help_text=_("The public ITA page the menu and the home page's ITA box link to."),
    )
    mourning_mode = models.BooleanField(
        _("mourning mode"), default=False,
        help_text=_("A black ribbon in the header and the whole site in greyscale, as agencies "
                    "do during official mourning."),
    )

    panels = [
        MultiFieldPanel([FieldPanel("agency_name_th"), FieldPanel("agency_name_en"),
                         FieldPanel("emblem"), FieldPanel("palette")], heading=_("Identity")),
        MultiFieldPanel([FieldPanel("line_url"), FieldPanel("facebook_url"),
                         FieldPanel("youtube_url"), FieldPanel("x_url")], heading=_("Social links")),
        FieldPanel("ita_page"),
        FieldPanel("mourning_mode"),
    ]

    class Meta:
        verbose_name = _("theme")

    @classmethod
    def for_public_site(cls, site):
        """for_site() for what the public sees, read once per change (content/versions.py: saving
        the settings, or an image, renews it) with its emblem. Admin views use for_site()."""
        from wagtail_govstandard.content import versions

        def read():
            # not select_related("ita_page"): with a swapped page model its table is another one
            return cls.objects.select_related("emblem").get_or_create(site=site)[0]

        return versions.cached("theme-settings", (site.pk,), read)

    def social_links(self):
        """[(code, label, url)] of the links filled in, in a fixed order."""
        links = [("line", "LINE", self.line_url), ("facebook", "Facebook", self.facebook_url),
                 ("youtube", "YouTube", self.youtube_url), ("x", "X", self.x_url)]
        return [link for link in links if link[2]]


class AlertBanner(models.Model):
    """A notice shown above every page of its Site (or of the pages whose path matches)."""

    LEVELS = [("info", _("Information")), ("warning", _("Warning")), ("danger", _("Urgent"))]

    level = models.CharField(_("level"), max_length=10, choices=LEVELS, default="info")
    message = models.CharField(_("message in Thai"), max_length=300)
    message_en = models.CharField(_("message in English"), max_length=300, blank=True,
                                  help_text=_("Shown to English readers; the Thai message when empty."))
    link_url = models.URLField(_("link"), blank=True)
    link_text = models.CharField(_("link text"), max_length=100, blank=True)
    starts_at = models.DateTimeField(_("shown from"), default=timezone.now)
    ends_at = models.DateTimeField(_("shown until"), null=True, blank=True)
    site = models.ForeignKey("wagtailcore.Site", verbose_name=_("site"), null=True, blank=True,
                             on_delete=models.CASCADE, help_text=_("Every site when empty."))
    path_pattern = models.CharField(
        _("pages"), max_length=200, blank=True,
        help_text=_("Only pages whose path matches, e.g. /news/* ; every page when empty."),
    )

    panels = [
        FieldPanel("level"), FieldPanel("message"), FieldPanel("message_en"),
        FieldPanel("link_url"), FieldPanel("link_text"),
        FieldPanel("starts_at"), FieldPanel("ends_at"),
        FieldPanel("site"), FieldPanel("path_pattern"),
    ]

    class Meta:
        verbose_name = _("alert banner")
        verbose_name_plural = _("alert banners")
        ordering = ["-starts_at", "-pk"]

    def __str__(self):
        return self.message

    def clean(self):
        if self.ends_at and self.starts_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("The end must come after the start.")})
        if self.link_url and not self.link_text:
            raise ValidationError({"link_text": _("A link needs a text that says where it goes.")})
        if self.path_pattern and not self.path_pattern.startswith("/"):
            raise ValidationError({"path_pattern": _("A path starts with /.")})

    def matches(self, path):
        return not self.path_pattern or fnmatch.fnmatchcase(path, self.path_pattern)

    def text_for(self, language):
        return self.message_en if (language or "").startswith("en") and self.message_en else self.message

    @property
    def dismiss_key(self):
        """Changes when the message does, so an edited alert shows again after a dismissal."""
        return f"{self.pk}-{int(self.starts_at.timestamp())}-{len(self.message)}"
