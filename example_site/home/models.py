"""The example site's home page: the front page of a provincial public health office."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from wagtail_govstandard.content.models import CachedRoutingMixin
from wagtail_govstandard.theme.home_blocks import HomeBlocks


class HomePage(CachedRoutingMixin, Page):
    """The Site's root: the pages below it are found from a cached route (CachedRoutingMixin)."""

    intro = RichTextField(_("introduction"), blank=True)
    body = StreamField(HomeBlocks(), verbose_name=_("home page blocks"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    # One per Site: a provincial install runs a Site per hospital (home.demo.hospital).
    api_fields = ["intro", "body"]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from wagtail_govstandard.models import CategoryIndexPage, NewsPage

        context = super().get_context(request, *args, **kwargs)
        context["latest_news"] = (
            NewsPage.objects.live().descendant_of(self).order_by("-published_date", "-pk")
            .prefetch_related("attachments__document")[:6]
        )
        context["category_indexes"] = (
            CategoryIndexPage.objects.live().descendant_of(self).order_by("path")
        )
        return context
