"""StreamField blocks of an agency's home page, as Thai provincial health offices lay it out.

Each block reads live pages of the request's Site when it renders (latest news, announcements,
e-services), so the home page never needs editing to stay current. Headings left empty take a
translated default, so a block reads right in Thai and in English.
"""

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

TEMPLATES = "wagtail_govstandard/theme/blocks/"


def _site_root(context):
    """The home page whose descendants the block lists: the request's Site root, else the page."""
    from wagtail.models import Site

    request = context.get("request") if context else None
    site = Site.find_for_request(request) if request is not None else None
    return site.root_page if site is not None else (context or {}).get("page")


def _news(context, kinds, count):
    from wagtail_govstandard.content.models.pages import NewsPage

    root = _site_root(context)
    if root is None:
        return NewsPage.objects.none()
    pages = NewsPage.objects.live().public().descendant_of(root)
    if kinds:
        pages = pages.filter(kind__in=kinds)
    return pages.select_related("image").order_by("-published_date", "-pk")[:count]


class HeadingMixin:
    default_heading = ""

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["heading"] = value.get("heading") or self.default_heading
        return context


class LinkBlock(blocks.StructBlock):
    """A link to a page of the site or to another website, with the text a reader sees."""

    title = blocks.CharBlock(label=_("link text"), max_length=120)
    page = blocks.PageChooserBlock(label=_("page"), required=False)
    url = blocks.URLBlock(label=_("or web address"), required=False)

    class Meta:
        icon = "link"
        label = _("link")

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise blocks.StructBlockValidationError({"url": ValidationError(_("Choose a page or give a web address."))})
        return value


class SlideBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("picture"))
    alt_text = blocks.CharBlock(label=_("text alternative"), max_length=250,
                                help_text=_("What the picture shows, for people who cannot see it."))
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=200)
    link = blocks.PageChooserBlock(label=_("link to page"), required=False)

    class Meta:
        icon = "image"
        label = _("slide")


class SlidesBlock(HeadingMixin, blocks.StructBlock):
    """Campaign or royal-occasion pictures side by side; the reader scrolls, nothing moves alone."""

    default_heading = _("Highlights")
    heading = blocks.CharBlock(label=_("heading"), required=False, max_length=120)
    slides = blocks.ListBlock(SlideBlock(), min_num=1, max_num=8, label=_("slides"))

    class Meta:
        icon = "image"
        label = _("banner or slides")
        template = TEMPLATES + "slides.html"


class LatestNewsBlock(HeadingMixin, blocks.StructBlock):
    default_heading = _("Latest news")
    heading = blocks.CharBlock(label=_("heading"), required=False, max_length=120)
    count = blocks.IntegerBlock(label=_("how many"), default=6, min_value=1, max_value=24)
    default_image = ImageChooserBlock(
        label=_("default picture"), required=False,
        help_text=_("Shown for news items without a picture of their own."),
    )

    KINDS = ("pr", "general", "activity", "alert")

    class Meta:
        icon = "doc-full"
        label = _("latest news")
        template = TEMPLATES + "latest_news.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        items = list(_news(parent_context, self.KINDS, value["count"]))
        context["items"] = [(item, thumbnail(item) or value.get("default_image")) for item in items]
        return context


def thumbnail(item):
    """The item's main picture, else the first photo of its gallery."""
    if item.image_id:
        return item.image
    for block in item.gallery:
        if block.value.get("image"):
            return block.value["image"]
    return None


class AnnouncementsBlock(HeadingMixin, blocks.StructBlock):
    """One box per kind: procurement announcements, procurement results, jobs; the next deadline."""

    default_heading = _("Announcements")
    heading = blocks.CharBlock(label=_("heading"), required=False, max_length=120)
    count = blocks.IntegerBlock(label=_("items per box"), default=5, min_value=1, max_value=20)
    procurement_plan = blocks.PageChooserBlock(label=_("annual procurement plan"), required=False)
    egp_url = blocks.URLBlock(label=_("e-GP link"), required=False,
                              default="https://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch")

    BOXES = (
        ("procurement_announcement", _("Procurement announcements")),
        ("procurement_result", _("Procurement results")),
        ("job", _("Jobs")),
    )

    class Meta:
        icon = "list-ul"
        label = _("announcement boxes")
        template = TEMPLATES + "announcements.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        today = timezone.localdate()
        boxes = []
        for kind, label in self.BOXES:
            items = list(_news(parent_context, [kind], value["count"]))
            upcoming = sorted(i.publication_end for i in items if i.publication_end and i.publication_end >= today)
            boxes.append({"kind": kind, "label": label, "items": items,
                          "next_deadline": upcoming[0] if upcoming else None})
        context["boxes"] = boxes
        return context


class EServiceTilesBlock(HeadingMixin, blocks.StructBlock):
    default_heading = _("E-services")
    heading = blocks.CharBlock(label=_("heading"), required=False, max_length=120)
    count = blocks.IntegerBlock(label=_("how many"), default=8, min_value=1, max_value=24)

    class Meta:
        icon = "globe"
        label = _("e-service tiles")
        template = TEMPLATES + "eservices.html"

    def get_context(self, value, parent_context=None):
        from wagtail_govstandard.content.models.pages import EServicePage

        context = super().get_context(value, parent_context)
        root = _site_root(parent_context)
        services = EServicePage.objects.live().public().descendant_of(root) if root else EServicePage.objects.none()
        context["services"] = services.order_by("path")[:value["count"]]
        return context


class ItaBlock(HeadingMixin, blocks.StructBlock):
    default_heading = _("Integrity and Transparency Assessment (ITA)")
    heading = blocks.CharBlock(label=_("heading"), required=False, max_length=120)
    text = blocks.TextBlock(label=_("text"), required=False)
    page = blocks.PageChooserBlock(
        label=_("ITA page"), required=False,
        help_text=_("The theme settings' ITA page when empty."),
    )

    class Meta:
        icon = "success"
        label = _("ITA box")
        template = TEMPLATES + "ita.html"

    def get_context(self, value, parent_context=None):
        from wagtail.models import Site

        from wagtail_govstandard.theme.models import ThemeSettings

        context = super().get_context(value, parent_context)
        target = value.get("page")
        request = (parent_context or {}).get("request")
        if target is None and request is not None:
            site = Site.find_for_request(request)
            target = ThemeSettings.for_public_site(site).ita_page if site else None
        context["target"] = target if target is not None and target.live else None
        return context


class WelcomeBlock(HeadingMixin, blocks.StructBlock):
    default_heading = _("Welcome from the director")
    heading = blocks.CharBlock(label=_("heading"), required=False, max_length=120)
    photo = ImageChooserBlock(label=_("photo"))
    name = blocks.CharBlock(label=_("name"), max_length=200)
    position = blocks.CharBlock(label=_("position"), max_length=200)
    message = blocks.RichTextBlock(label=_("message"), features=["bold", "italic", "link"])

    class Meta:
        icon = "user"
        label = _("executive's welcome")
        template = TEMPLATES + "welcome.html"


class QuickLinksBlock(HeadingMixin, blocks.StructBlock):
    default_heading = _("Quick links")
    heading = blocks.CharBlock(label=_("heading"), required=False, max_length=120)
    links = blocks.ListBlock(LinkBlock(), min_num=1, label=_("links"))

    class Meta:
        icon = "link"
        label = _("quick links")
        template = TEMPLATES + "quick_links.html"


class SocialLinksBlock(HeadingMixin, blocks.StructBlock):
    """The theme settings' social links (LINE Official Account, Facebook, ...)."""

    default_heading = _("Follow us")
    heading = blocks.CharBlock(label=_("heading"), required=False, max_length=120)

    class Meta:
        icon = "group"
        label = _("social links")
        template = TEMPLATES + "social.html"

    def get_context(self, value, parent_context=None):
        from wagtail.models import Site

        from wagtail_govstandard.theme.models import ThemeSettings

        context = super().get_context(value, parent_context)
        request = (parent_context or {}).get("request")
        site = Site.find_for_request(request) if request is not None else None
        context["links"] = ThemeSettings.for_public_site(site).social_links() if site else []
        return context


class HomeBlocks(blocks.StreamBlock):
    slides = SlidesBlock()
    latest_news = LatestNewsBlock()
    announcements = AnnouncementsBlock()
    eservices = EServiceTilesBlock()
    ita = ItaBlock()
    welcome = WelcomeBlock()
    quick_links = QuickLinksBlock()
    social_links = SocialLinksBlock()
