"""StreamField blocks: procedure steps with durations, people, links, gallery images."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

from wagtail_govstandard.statistics.blocks import SatisfactionSurveyBlock, VisitStatisticsBlock

DURATION_UNITS = [
    ("minutes", _("minutes")),
    ("hours", _("hours")),
    ("days", _("working days")),
]
MINUTES_PER = {"minutes": 1, "hours": 60}


class StepBlock(blocks.StructBlock):
    """One step of a procedure manual, with the time it takes (seed 1.6, 1.7)."""

    title = blocks.CharBlock(label=_("step"), max_length=255)
    description = blocks.TextBlock(label=_("what happens"), required=False)
    responsible = blocks.CharBlock(label=_("responsible unit"), required=False, max_length=255)
    duration = blocks.DecimalBlock(label=_("time taken"), min_value=0, decimal_places=2)
    unit = blocks.ChoiceBlock(choices=DURATION_UNITS, default="minutes", label=_("unit"))

    class Meta:
        icon = "list-ol"
        label = _("step")
        template = "wagtail_govstandard/content/blocks/step.html"


class PersonBlock(blocks.StructBlock):
    """An executive (seed 1.1): name, position, photo, contact; the CIO is marked."""

    name = blocks.CharBlock(label=_("name"), max_length=255)
    position = blocks.CharBlock(label=_("position"), max_length=255)
    photo = ImageChooserBlock(label=_("photo"), required=False)
    phone = blocks.CharBlock(label=_("phone"), required=False, max_length=64)
    email = blocks.EmailBlock(label=_("e-mail"), required=False)
    is_cio = blocks.BooleanBlock(
        label=_("Chief Information Officer (CIO)"), required=False, default=False
    )

    class Meta:
        icon = "user"
        label = _("person")
        template = "wagtail_govstandard/content/blocks/person.html"


LINK_KINDS = [
    ("subordinate", _("agencies under this one")),
    ("ministry", _("agencies of the same ministry")),
    ("external", _("outside agencies")),
    ("other", _("other interesting sites")),
]


class LinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("name"), max_length=255)
    url = blocks.URLBlock(label=_("address (URL)"))
    kind = blocks.ChoiceBlock(choices=LINK_KINDS, default="external", label=_("kind"))
    description = blocks.CharBlock(label=_("description"), required=False, max_length=500)

    class Meta:
        icon = "link"
        label = _("link")


class GalleryImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("photo"))
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=255)

    class Meta:
        icon = "image"
        label = _("photo")


class BodyBlock(blocks.StreamBlock):
    """The general body used by content pages."""

    heading = blocks.CharBlock(form_classname="title", icon="title", label=_("heading"))
    paragraph = blocks.RichTextBlock(label=_("paragraph"))
    image = ImageChooserBlock(label=_("image"))
    document = DocumentChooserBlock(label=_("document"))
    # Seed 1.10 on any page: a per-page survey and visit figures.
    satisfaction_survey = SatisfactionSurveyBlock()
    visit_statistics = VisitStatisticsBlock()


def total_duration(steps):
    """(working days, minutes) summed over StepBlock values."""
    days, minutes = 0, 0
    for step in steps:
        value = step.value if hasattr(step, "value") else step
        if value["unit"] == "days":
            days += value["duration"]
        else:
            minutes += value["duration"] * MINUTES_PER[value["unit"]]
    return days, minutes
