"""StatisticsPage: the public page of category `statistics` (seed 1.10, ITA O15/O16)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField

from wagtail_govstandard.content.dates import fiscal_year, local_today
from wagtail_govstandard.content.models.pages import GovContentPage, _panels
from wagtail_govstandard.statistics import blocks


class StatisticsPage(GovContentPage):
    """Visit statistics and the satisfaction level of a fiscal year, with the inline survey."""

    intro = RichTextField(_("introduction"), blank=True)
    survey = models.ForeignKey(
        "wagtail_govstandard.SatisfactionSurvey", null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+", verbose_name=_("satisfaction survey"),
        help_text=_("Empty: the site-wide survey."),
    )
    visit_counter = models.ForeignKey(
        "wagtail_govstandard.VisitCounter", null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+", verbose_name=_("visit statistics box"),
    )
    show_survey_form = models.BooleanField(_("show the survey form on the page"), default=True)
    body = StreamField(blocks.StatisticsBodyBlock(), verbose_name=_("more"), blank=True)

    content_panels = _panels(
        FieldPanel("intro"), FieldPanel("survey"), FieldPanel("visit_counter"),
        FieldPanel("show_survey_form"), FieldPanel("body"),
    )
    template = "wagtail_govstandard/statistics/statistics_page.html"

    class Meta:
        verbose_name = _("statistics and satisfaction page")
        verbose_name_plural = _("statistics and satisfaction pages")

    def the_survey(self):
        from wagtail_govstandard.statistics import widgets

        return widgets.survey(self.survey_id) if self.survey_id else widgets.site_wide_survey()

    def the_visit_counter(self):
        """The page's own visit box (cached: statistics/widgets.py), or None for the site-wide one."""
        from django.db import DatabaseError

        from wagtail_govstandard.statistics import widgets

        try:
            return widgets.counter(self.visit_counter_id) if self.visit_counter_id else None
        except DatabaseError:  # the box is left out (templatetags/govstandard_statistics.py)
            return None

    def shown_fiscal_year(self):
        return self.fiscal_year or fiscal_year(local_today())

    def get_context(self, request, *args, **kwargs):
        from wagtail_govstandard.statistics.surveys import results

        context = super().get_context(request, *args, **kwargs)
        survey = self.the_survey()
        year = self.shown_fiscal_year()
        context.update(
            survey=survey, shown_fiscal_year=year,
            results=results.cached(survey, fiscal_year=year) if survey else None,
            comments=results.cached_comments(survey, fiscal_year=year, limit=20) if survey else [],
        )
        return context
