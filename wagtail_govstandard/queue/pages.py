"""The queue's two page types: the display board for a TV and the kiosk that issues tickets.

Both show the service points of their own Site only (a board or kiosk under another hospital's
tree would not see this one's points).
"""

from django.core.validators import MaxValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel

from wagtail_govstandard.content.forms import GovPageForm
from wagtail_govstandard.content.models.base import BasePage
from wagtail_govstandard.queue.screen import RECENT_MAX
from wagtail_govstandard.queue.tokens import new_token


class BoardPage(BasePage):
    """A TV in the waiting hall: per counter the number now called and the last ones."""

    points = ParentalManyToManyField(
        "govstandard_queue.ServicePoint", blank=True, related_name="+", verbose_name=_("service points"),
        help_text=_("Empty: every service point of this site."),
    )
    recent_count = models.PositiveSmallIntegerField(
        _("numbers called before, per counter"), default=3, validators=[MaxValueValidator(RECENT_MAX)],
        help_text=_("At most 5: every service point of the board fits on one screen."),
    )
    announce = models.BooleanField(_("chime and spoken number"), default=True)

    base_form_class = GovPageForm
    content_panels = BasePage.content_panels + [FieldPanel("points"), FieldPanel("recent_count"),
                                                 FieldPanel("announce")]
    template = "govstandard_queue/board_page.html"

    class Meta:
        verbose_name = _("queue display board")

    def serve(self, request, *args, **kwargs):
        from wagtail_govstandard.queue import board

        return board.serve_page(self, request)


class KioskPage(BasePage):
    """The touch screen at the entrance: choose the service and priority, print a ticket.

    Issuing needs the page's device key (in the kiosk's start URL, ?device=...), so tickets
    are issued from the hospital's kiosk, not from anywhere on the internet.
    """

    points = ParentalManyToManyField(
        "govstandard_queue.ServicePoint", blank=True, related_name="+", verbose_name=_("service points"),
        help_text=_("Empty: every service point of this site where tickets can be issued."),
    )
    device_key = models.CharField(
        _("device key"), max_length=64, default=new_token,
        help_text=_("Open the kiosk at the page URL with ?device=<this key>; change it to retire a device."),
    )

    base_form_class = GovPageForm
    content_panels = BasePage.content_panels + [FieldPanel("points"), FieldPanel("device_key")]
    template = "govstandard_queue/kiosk_page.html"

    class Meta:
        verbose_name = _("queue kiosk")

    def serve(self, request, *args, **kwargs):
        from wagtail_govstandard.queue import kiosk

        return kiosk.serve_page(self, request)
