"""StreamField blocks of seed 1.10: visit statistics box, inline survey, satisfaction level."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock


class VisitStatisticsBlock(blocks.StructBlock):
    counter = SnippetChooserBlock("wagtail_govstandard.VisitCounter", label=_("visit statistics box"))
    this_page_only = blocks.BooleanBlock(
        label=_("count this page only"), required=False, default=False,
        help_text=_("Unticked: the whole site."),
    )

    class Meta:
        icon = "table"
        label = _("visit statistics")
        template = "wagtail_govstandard/statistics/blocks/visit_statistics.html"


class SatisfactionSurveyBlock(blocks.StructBlock):
    survey = SnippetChooserBlock("wagtail_govstandard.SatisfactionSurvey", label=_("satisfaction survey"))

    class Meta:
        icon = "form"
        label = _("satisfaction survey (inline form)")
        template = "wagtail_govstandard/statistics/blocks/satisfaction_survey.html"


class SatisfactionLevelBlock(blocks.StructBlock):
    survey = SnippetChooserBlock("wagtail_govstandard.SatisfactionSurvey", label=_("satisfaction survey"))
    fiscal_year = blocks.IntegerBlock(
        label=_("fiscal year (B.E.)"), required=False, min_value=2500, max_value=2700,
        help_text=_("Empty: the current fiscal year."),
    )

    class Meta:
        icon = "pick"
        label = _("satisfaction level")
        template = "wagtail_govstandard/statistics/blocks/satisfaction_level.html"


class StatisticsBodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(label=_("paragraph"))
    visit_statistics = VisitStatisticsBlock()
    satisfaction_level = SatisfactionLevelBlock()
    satisfaction_survey = SatisfactionSurveyBlock()
