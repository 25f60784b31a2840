"""The ITA year's models: the site setting (frameworks that apply, assessment year, the agency
and its head for the MOIT 1 pack, manual evidence links) and the public ITA page type."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField

from wagtail_govstandard.content.forms import GovPageForm
from wagtail_govstandard.content.models import BasePage
from wagtail_govstandard.ita import loader


class ManualLinkBlock(blocks.StructBlock):
    """A link the webmaster enters for evidence nothing on the site answers."""
    framework = blocks.CharBlock(label=_("framework family"), max_length=64,
                                 help_text=_("e.g. moph_moit or nacc_oit; empty: every framework"),
                                 required=False)
    evidence = blocks.CharBlock(label=_("evidence code"), max_length=32, help_text=_("e.g. 22.1 or O11"))
    title = blocks.CharBlock(label=_("title"), max_length=255)
    url = blocks.URLBlock(label=_("URL"))

    class Meta:
        icon = "link"


def family_choices():
    seen = {}
    for framework in loader.frameworks().values():
        seen.setdefault(loader.family(framework.id), f"{framework.scheme} – {framework.title}")
    return sorted(seen.items())


class ItaSettingsForm(WagtailAdminModelForm):
    frameworks = forms.MultipleChoiceField(
        label=_("frameworks that apply"), required=False, widget=forms.CheckboxSelectMultiple,
        help_text=_("A hospital or health office: MOPH MOIT; any other agency: NACC OIT."))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["frameworks"].choices = family_choices()


@register_setting(icon="tasks")
class ItaSettings(BaseSiteSetting):
    frameworks = models.JSONField(_("frameworks that apply"), default=list, blank=True)
    assessment_year = models.PositiveSmallIntegerField(
        _("assessment year (B.E.)"), null=True, blank=True,
        help_text=_("Empty: the current fiscal year in Asia/Bangkok (it changes on 1 October)."))
    agency_name = models.CharField(_("agency name"), max_length=255, blank=True,
                                   help_text=_("As written on orders and announcements; empty: the site name."))
    head_name = models.CharField(_("name of the head of the agency"), max_length=255, blank=True)
    head_position = models.CharField(_("position of the head of the agency"), max_length=255, blank=True)
    manual_links = StreamField([("link", ManualLinkBlock())], verbose_name=_("manual evidence links"),
                               blank=True, use_json_field=True)

    base_form_class = ItaSettingsForm
    panels = [
        FieldPanel("frameworks"), FieldPanel("assessment_year"),
        MultiFieldPanel([FieldPanel("agency_name"), FieldPanel("head_name"), FieldPanel("head_position")],
                        heading=_("for the MOIT 1 pack")),
        FieldPanel("manual_links"),
    ]

    class Meta:
        verbose_name = _("ITA assessment")

    def clean(self):
        super().clean()
        if self.assessment_year is not None and not 2550 <= self.assessment_year <= 2700:
            raise ValidationError({"assessment_year": _("Give a B.E. year from 2550 to 2700.")})
        known = {loader.family(f) for f in loader.frameworks()}
        if not isinstance(self.frameworks, list) or set(self.frameworks) - known:
            raise ValidationError({"frameworks": _("Choose frameworks from the list.")})

    def links_for(self, framework):
        """{evidence code: [(title, url)]} of the manual links that apply to `framework`."""
        family, found = loader.family(framework.id), {}
        for block in self.manual_links:
            value = block.value
            if value["framework"] in ("", family):
                found.setdefault(value["evidence"], []).append((value["title"], value["url"]))
        return found


class ItaPageForm(GovPageForm):
    framework_id = forms.ChoiceField(label=_("framework"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["framework_id"].choices = loader.choices()


class ItaPageMixin(models.Model):
    """The public ITA page of one framework and year: every item grouped by indicator, with the
    live URLs that answer it or "not yet published". Years stay side by side as sibling pages."""

    framework_id = models.CharField(_("framework"), max_length=64,
                                    help_text=_("One page per framework and year, e.g. moph_moit_2569."))
    intro = RichTextField(_("introduction"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("framework_id"), FieldPanel("intro")]
    base_form_class = ItaPageForm
    api_fields = [APIField("framework_id"), APIField("intro"), APIField("ita")]
    class Meta:
        abstract = True

    def framework(self):
        try:
            return loader.get(self.framework_id)
        except KeyError:
            return None

    def report(self, request=None):
        from wagtail_govstandard.ita import completeness, site_settings

        framework = self.framework()
        site = self.get_site()
        if framework is None or site is None:
            return None
        ita_settings = site_settings.for_site(site)
        links = ita_settings.links_for(framework) if ita_settings else {}
        return completeness.build(framework, site, manual_links=links, request=request)

    @property
    def ita(self):
        """The page's items for the v3/v2 API (see ita/serializers.py)."""
        from wagtail_govstandard.ita import serializers

        return serializers.report(self.report())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(framework=self.framework(), report=self.report(request))
        return context


class ItaPage(ItaPageMixin, BasePage):
    template = "wagtail_govstandard/ita/ita_page.html"  # Wagtail names it after the class otherwise

    class Meta:
        verbose_name = _("ITA page")
        verbose_name_plural = _("ITA pages")
