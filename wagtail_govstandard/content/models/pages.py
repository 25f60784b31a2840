"""Concrete page types for every mandated category (seed 1.1-1.9): thin, over the mixins.

Every content page is a GovContentPage (one table holding the seed 2.2 metadata of all of
them), so listings, the expiry dashboard and the compliance report read one indexed table.
"""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from wagtail_govstandard import conf
from wagtail_govstandard.content import blocks, categories, versions
from wagtail_govstandard.content.dates import be_year, ce_year
from wagtail_govstandard.content.forms import GovContentPageForm, GovPageForm
from wagtail_govstandard.content.models.base import BasePage
from wagtail_govstandard.content.models.mixins import GovContentMixin
from wagtail_govstandard.content.models.serving import ServingMixin, attachments_prefetch, route_to_item
from wagtail_govstandard.content.serializers import AttachmentSerializer
from wagtail_govstandard.search.fields import ThaiSearchMixin, search_field

CONTENT_PAGE_TYPES = [
    "wagtail_govstandard.GeneralInfoPage", "wagtail_govstandard.ExecutivesPage",
    "wagtail_govstandard.ContactPage", "wagtail_govstandard.LawPage",
    "wagtail_govstandard.KnowledgePage", "wagtail_govstandard.LinksPage",
    "wagtail_govstandard.OfficialInfoPage", "wagtail_govstandard.SopManualPage",
    "wagtail_govstandard.CitizenManualPage", "wagtail_govstandard.NewsPage",
    "wagtail_govstandard.EServicePage",
    "wagtail_govstandard.StatisticsPage",
]


class CategoryIndexPage(ServingMixin, ThaiSearchMixin, BasePage):
    """Lists a category's live items newest first, filtered by B.E. year and kind, paginated."""
    template = "wagtail_govstandard/content/category_index_page.html"

    category = models.CharField(
        _("category"), max_length=64, choices=categories.choices, db_index=True
    )
    intro = RichTextField(_("introduction"), blank=True)
    base_form_class = GovPageForm

    content_panels = BasePage.content_panels + [FieldPanel("category"), FieldPanel("intro")]
    search_fields = BasePage.search_fields + [search_field()]
    subpage_types = CONTENT_PAGE_TYPES
    api_fields = [APIField("category"), APIField("intro")]

    class Meta:
        verbose_name = _("category index")
        verbose_name_plural = _("category indexes")

    def category_object(self):
        return categories.get(self.category)

    def item_model(self):
        """The single page type of the category when there is one, else GovContentPage."""
        from django.apps import apps

        page_types = self.category_object().page_types
        if len(page_types) == 1:
            try:
                model = apps.get_model("wagtail_govstandard", page_types[0])
            except LookupError:  # a category served by a feature, not by pages (statistics)
                return GovContentPage
            if issubclass(model, GovContentPage):
                return model
        return GovContentPage

    def items(self, year=None, kind=None):
        model = self.item_model()
        items = (
            model.objects.child_of(self).live().public().filter(category=self.category)
            .select_related("owner_work_group")
            .prefetch_related(attachments_prefetch())
            .order_by("-published_date", "-pk")
        )
        if year:
            items = items.filter(published_date__year=ce_year(year))
        if kind and hasattr(model, "kind"):
            items = items.filter(kind=kind)
        return items

    def years(self):
        """B.E. years that have items, newest first; read once per change of the tree."""
        def read():
            dates = self.item_model().objects.child_of(self).live().dates("published_date", "year")
            return sorted({be_year(d.year) for d in dates}, reverse=True)
        return versions.cached("index-years", (self.pk,), read)

    # Categories a citizen expects as one page: with one live item the index goes straight to it.
    SINGLE_ITEM_CATEGORIES = frozenset({
        "general.contact", "general.executives", "general.cio", "general.structure", "statistics",
    })

    def route(self, request, path_components):
        """An item of the category's one page type in one query (serving.route_to_item); any
        other child as Wagtail finds it."""
        model = self.item_model() if path_components else None
        if model is not None and model is not GovContentPage:
            item = route_to_item(self, model, path_components[0])
            if item is not None:
                return item.route(request, path_components[1:])
        return super().route(request, path_components)

    def serve(self, request, *args, **kwargs):
        if self.category in self.SINGLE_ITEM_CATEGORIES and not request.GET:
            children = list(self.get_children().live().public()[:2])
            if len(children) == 1:
                from django.shortcuts import redirect

                return redirect(children[0].get_url(request))
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        year = _int_or_none(request.GET.get("year"))
        if year is not None and not 2400 <= year <= 2800:
            year = None  # not a B.E. year (-5, 10**20): the unfiltered list, never a server error
        kind = request.GET.get("kind") or ""
        if "\x00" in kind:  # PostgreSQL refuses NUL in a text value: no kind has one
            kind = ""
        items = self.items(year, kind)
        paginator = Paginator(items, conf.get("INDEX_PAGE_SIZE"))
        paginator.count = versions.cached("index-count", (self.pk, year, kind), items.count)
        try:
            page_items = paginator.page(request.GET.get("page") or 1)
        except (PageNotAnInteger, EmptyPage):
            page_items = paginator.page(1)
        model = self.item_model()
        # The pages' links carry the filters and nothing else of the URL: the listing is cached
        # per filter (category_index_page.html), never with one visitor's other parameters.
        filter_query = QueryDict(mutable=True)
        filter_query.update({name: value for name, value in (("year", year), ("kind", kind)) if value})
        context.update(
            items=page_items, filter_query=filter_query, years=self.years(), year=year, kind=kind,
            kinds=model._meta.get_field("kind").choices if hasattr(model, "kind") else [],
        )
        return context


def _int_or_none(value):
    try:
        return int(value)
    except (TypeError, ValueError, OverflowError):
        return None


class GovContentPage(ServingMixin, ThaiSearchMixin, GovContentMixin, BasePage):
    """The concrete base of every content page; not created directly."""
    template = "wagtail_govstandard/content/content_page.html"

    is_creatable = False
    base_form_class = GovContentPageForm
    parent_page_types = ["wagtail_govstandard.CategoryIndexPage"]

    content_panels = BasePage.content_panels
    attachment_panels = [InlinePanel("attachments", label=_("Files to download"))]
    # Every page type's text, Thai segmented into words (wagtail_govstandard/search/).
    search_fields = BasePage.search_fields + [index.SearchField("source_owner"), search_field()]
    api_fields = [
        APIField("category"), APIField("source_owner"), APIField("owner_work_group"),
        APIField("coverage_start"), APIField("coverage_end"), APIField("fiscal_year"),
        APIField("published_date"), APIField("publication_end"), APIField("review_by"),
        APIField("attachments", serializer=AttachmentSerializer(many=True)),
    ]

    class Meta:
        verbose_name = _("content page")
        verbose_name_plural = _("content pages")
        # The latest items of a category (ITA evidence, monitoring) without sorting the category.
        indexes = [models.Index(fields=["category", "-published_date"], name="govstandard_category_recent")]

    @property
    def files(self):
        """The attachments with their documents: as prefetched with the page, else one query."""
        if "attachments" in getattr(self, "_prefetched_objects_cache", {}):
            return self.attachments.all()
        return self.attachments.select_related("document")


def _panels(*fields):
    return BasePage.content_panels + list(fields) + GovContentMixin.metadata_panels + [
        InlinePanel("attachments", label=_("Files to download"))
    ]


class GeneralInfoPage(GovContentPage):
    """History, vision, structure, duties, strategy, plans, budget, performance (seed 1.1)."""
    template = "wagtail_govstandard/content/general_info_page.html"

    chart = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("chart or picture"),
        help_text=_("For the organisation structure: the chart."),
    )
    body = StreamField(blocks.BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = _panels(FieldPanel("chart"), FieldPanel("body"))
    search_fields = GovContentPage.search_fields + [index.SearchField("body")]
    api_fields = GovContentPage.api_fields + [APIField("chart"), APIField("body")]

    class Meta:
        verbose_name = _("general information page")
        verbose_name_plural = _("general information pages")


class ExecutivesPage(GovContentPage):
    """Directory of executives; the CIO is marked (seed 1.1)."""
    template = "wagtail_govstandard/content/executives_page.html"

    intro = RichTextField(_("introduction"), blank=True)
    people = StreamField([("person", blocks.PersonBlock())], verbose_name=_("people"))

    content_panels = _panels(FieldPanel("intro"), FieldPanel("people"))
    api_fields = GovContentPage.api_fields + [APIField("intro"), APIField("people")]

    class Meta:
        verbose_name = _("executives page")
        verbose_name_plural = _("executives pages")

    def cio(self):
        return next((p.value for p in self.people if p.value.get("is_cio")), None)


class ContactPage(GovContentPage):
    """Contact channels with a map that needs no third-party script (seed 1.1)."""
    template = "wagtail_govstandard/content/contact_page.html"

    address = models.TextField(_("address"))
    phone = models.CharField(_("phone"), max_length=128)
    fax = models.CharField(_("fax"), max_length=128, blank=True)
    email = models.EmailField(_("e-mail"))
    latitude = models.DecimalField(_("latitude"), max_digits=9, decimal_places=6, null=True, blank=True)
    longitude = models.DecimalField(_("longitude"), max_digits=9, decimal_places=6, null=True, blank=True)
    map_image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("map image"), help_text=_("A map picture of the location, served by this site."),
    )
    opening_hours = models.CharField(_("opening hours"), max_length=255, blank=True)
    body = RichTextField(_("more details"), blank=True)

    content_panels = _panels(
        FieldPanel("address"),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("fax")]),
        FieldPanel("email"), FieldPanel("opening_hours"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]), FieldPanel("map_image")],
            heading=_("Map"),
        ),
        FieldPanel("body"),
    )
    api_fields = GovContentPage.api_fields + [
        APIField(name) for name in
        ("address", "phone", "fax", "email", "latitude", "longitude", "map_image", "opening_hours", "body")
    ]

    class Meta:
        verbose_name = _("contact page")
        verbose_name_plural = _("contact pages")


LAW_KINDS = [
    ("act", _("act")), ("royal_decree", _("royal decree")), ("ministerial_regulation", _("ministerial regulation")),
    ("regulation", _("regulation")), ("rule", _("rule")), ("order", _("order")),
    ("announcement", _("announcement")), ("circular", _("circular")), ("other", _("other")),
]


class LawPage(GovContentPage):
    """A law, regulation or by-law; its source (issuer, gazette) shown clearly (seed 1.2)."""
    template = "wagtail_govstandard/content/law_page.html"

    kind = models.CharField(_("kind"), max_length=32, choices=LAW_KINDS, default="regulation")
    gazette_reference = models.CharField(
        _("Royal Gazette or other reference"), max_length=255, blank=True,
        help_text=_("e.g. Royal Gazette vol. 114, part 46 Kor, 10 September 2540"),
    )
    source_url = models.URLField(_("source link"), blank=True)
    enacted_date = models.DateField(_("date issued"), null=True, blank=True)
    body = RichTextField(_("summary"), blank=True)

    content_panels = _panels(
        FieldPanel("kind"), FieldPanel("gazette_reference"), FieldPanel("source_url"),
        FieldPanel("enacted_date"), FieldPanel("body"),
    )
    api_fields = GovContentPage.api_fields + [
        APIField(name) for name in ("kind", "gazette_reference", "source_url", "enacted_date", "body")
    ]

    class Meta:
        verbose_name = _("law or regulation")
        verbose_name_plural = _("laws and regulations")


KNOWLEDGE_KINDS = [
    ("infographic", _("infographic")), ("multimedia", _("multimedia")), ("article", _("article")),
    ("research", _("research")), ("statistics", _("statistics")),
]


class KnowledgePage(GovContentPage):
    """Health knowledge citing its source and the data's date and time (seed 1.3)."""
    template = "wagtail_govstandard/content/knowledge_page.html"

    kind = models.CharField(_("kind"), max_length=32, choices=KNOWLEDGE_KINDS, default="article")
    data_datetime = models.DateTimeField(
        _("date and time of the data"), help_text=_("When the information was produced (guideline 1.3).")
    )
    source_url = models.URLField(_("source link"), blank=True)
    image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("image or infographic"),
    )
    video_url = models.URLField(_("video link"), blank=True)
    body = StreamField(blocks.BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = _panels(
        FieldPanel("kind"), FieldPanel("data_datetime"), FieldPanel("source_url"),
        FieldPanel("image"), FieldPanel("video_url"), FieldPanel("body"),
    )
    search_fields = GovContentPage.search_fields + [index.SearchField("body")]
    api_fields = GovContentPage.api_fields + [
        APIField(name) for name in ("kind", "data_datetime", "source_url", "image", "video_url", "body")
    ]

    class Meta:
        verbose_name = _("knowledge item")
        verbose_name_plural = _("knowledge items")


class LinksPage(GovContentPage):
    """Related agencies' websites, grouped by kind (seed 1.4)."""
    template = "wagtail_govstandard/content/links_page.html"

    intro = RichTextField(_("introduction"), blank=True)
    links = StreamField([("link", blocks.LinkBlock())], verbose_name=_("links"))

    content_panels = _panels(FieldPanel("intro"), FieldPanel("links"))
    api_fields = GovContentPage.api_fields + [APIField("intro"), APIField("links")]

    class Meta:
        verbose_name = _("related links page")
        verbose_name_plural = _("related links pages")

    def grouped_links(self):
        """[(kind label, [link values])] in the order of LINK_KINDS, empty groups left out."""
        groups = []
        for kind, label in blocks.LINK_KINDS:
            values = [link.value for link in self.links if link.value["kind"] == kind]
            if values:
                groups.append((label, values))
        return groups


OIA_SECTIONS = [
    ("7(1)", _("s.7(1) structure and organisation")),
    ("7(2)", _("s.7(2) powers, duties and working methods")),
    ("7(3)", _("s.7(3) contact address for information")),
    ("7(4)", _("s.7(4) rules, regulations, orders, circulars, policies")),
    ("7(5)", _("s.7(5) other items set by the Board")),
    ("9(1)", _("s.9(1) decisions that directly affect private parties")),
    ("9(2)", _("s.9(2) policies and interpretations")),
    ("9(3)", _("s.9(3) plans, projects and the annual budget")),
    ("9(4)", _("s.9(4) manuals or orders on staff procedures")),
    ("9(5)", _("s.9(5) publications referred to in s.7")),
    ("9(6)", _("s.9(6) concession, monopoly or joint-venture contracts")),
    ("9(7)", _("s.9(7) cabinet and committee resolutions")),
    ("9(8)", _("s.9(8) other items set by the Board (e.g. monthly procurement summary)")),
]


class OfficialInfoPage(GovContentPage):
    """Official information open for inspection, naming the OIA section it answers (seed 1.5)."""
    template = "wagtail_govstandard/content/official_info_page.html"

    oia_section = models.CharField(_("Official Information Act section"), max_length=8, choices=OIA_SECTIONS)
    body = StreamField(blocks.BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = _panels(FieldPanel("oia_section"), FieldPanel("body"))
    api_fields = GovContentPage.api_fields + [APIField("oia_section"), APIField("body")]

    class Meta:
        verbose_name = _("official information")
        verbose_name_plural = _("official information items")


class ManualMixin(models.Model):
    """Ordered steps, each with the time it takes; the total shown (seed 1.6, 1.7)."""

    intro = RichTextField(_("introduction"), blank=True)
    steps = StreamField([("step", blocks.StepBlock())], verbose_name=_("steps"))

    class Meta:
        abstract = True

    def total_duration(self):
        return blocks.total_duration(self.steps)


class SopManualPage(ManualMixin, GovContentPage):
    """Standard operating manual for one of the agency's missions (seed 1.6)."""
    template = "wagtail_govstandard/content/sop_manual_page.html"

    content_panels = _panels(FieldPanel("intro"), FieldPanel("steps"))
    api_fields = GovContentPage.api_fields + [APIField("intro"), APIField("steps")]

    class Meta:
        verbose_name = _("standard operating manual")
        verbose_name_plural = _("standard operating manuals")


class CitizenManualPage(ManualMixin, GovContentPage):
    """A service to the public: steps, time, required documents, forms (seed 1.7)."""
    template = "wagtail_govstandard/content/citizen_manual_page.html"

    service_channel = models.CharField(_("where to get the service"), max_length=255, blank=True)
    fee = models.CharField(_("fee"), max_length=255, blank=True)
    required_documents = RichTextField(_("documents the person brings"), blank=True)

    content_panels = _panels(
        FieldPanel("intro"), FieldPanel("service_channel"), FieldPanel("fee"),
        FieldPanel("steps"), FieldPanel("required_documents"),
    )
    api_fields = GovContentPage.api_fields + [
        APIField(name) for name in ("intro", "service_channel", "fee", "steps", "required_documents")
    ]

    class Meta:
        verbose_name = _("citizen's manual")
        verbose_name_plural = _("citizen's manuals")


NEWS_KINDS = [
    ("pr", _("public relations")), ("general", _("general news")),
    ("activity", _("activity photos")), ("alert", _("alert")),
    ("announcement", _("announcement")), ("job", _("job opening")),
    ("procurement_announcement", _("procurement announcement")),
    ("procurement_result", _("procurement result")),
]


class NewsPage(GovContentPage):
    """News, announcements, jobs, procurement (seed 1.8); activity news with a gallery."""
    template = "wagtail_govstandard/content/news_page.html"

    kind = models.CharField(_("kind"), max_length=32, choices=NEWS_KINDS, default="pr", db_index=True)
    image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("main image"),
    )
    body = StreamField(blocks.BodyBlock(), verbose_name=_("body"), blank=True)
    gallery = StreamField(
        [("photo", blocks.GalleryImageBlock())], verbose_name=_("photo gallery"), blank=True
    )

    content_panels = _panels(FieldPanel("kind"), FieldPanel("image"), FieldPanel("body"), FieldPanel("gallery"))
    search_fields = GovContentPage.search_fields + [index.SearchField("body")]
    api_fields = GovContentPage.api_fields + [
        APIField("kind"), APIField("image"), APIField("body"), APIField("gallery")
    ]

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")


ESERVICE_CHANNELS = [("web", _("website")), ("mobile", _("mobile application")), ("other", _("other"))]


class EServicePage(GovContentPage):
    """An electronic service offered through the web or a mobile app (seed 1.9)."""
    template = "wagtail_govstandard/content/e_service_page.html"

    channel = models.CharField(_("channel"), max_length=16, choices=ESERVICE_CHANNELS, default="web")
    service_url = models.URLField(_("service link"))
    two_way = models.BooleanField(_("two-way service"), default=True)
    service_hours = models.CharField(_("service hours"), max_length=255, blank=True)
    body = RichTextField(_("description"), blank=True)

    content_panels = _panels(
        FieldPanel("channel"), FieldPanel("service_url"), FieldPanel("two_way"),
        FieldPanel("service_hours"), FieldPanel("body"),
    )
    api_fields = GovContentPage.api_fields + [
        APIField(name) for name in ("channel", "service_url", "two_way", "service_hours", "body")
    ]

    class Meta:
        verbose_name = _("e-service")
        verbose_name_plural = _("e-services")


POLICY_KINDS = [
    ("privacy", _("privacy policy")), ("cookie", _("cookie policy")),
    ("accessibility", _("accessibility statement")), ("terms", _("website policy")),
]


class PolicyPage(ServingMixin, ThaiSearchMixin, BasePage):
    """Site-wide statements the Government Website Standard asks for (privacy, cookies, access)."""
    template = "wagtail_govstandard/content/policy_page.html"

    kind = models.CharField(_("kind"), max_length=32, choices=POLICY_KINDS)
    body = RichTextField(_("body"))
    last_reviewed = models.DateField(_("last reviewed"), null=True, blank=True)

    base_form_class = GovPageForm
    content_panels = BasePage.content_panels + [FieldPanel("kind"), FieldPanel("body"), FieldPanel("last_reviewed")]
    search_fields = BasePage.search_fields + [search_field()]
    api_fields = [APIField("kind"), APIField("body"), APIField("last_reviewed")]

    class Meta:
        verbose_name = _("policy page")
        verbose_name_plural = _("policy pages")


class SitemapPage(ServingMixin, ThaiSearchMixin, BasePage):
    """A human-readable sitemap of the site's live pages (Government Website Standard)."""
    template = "wagtail_govstandard/content/sitemap_page.html"

    intro = RichTextField(_("introduction"), blank=True)
    base_form_class = GovPageForm
    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    search_fields = BasePage.search_fields + [search_field()]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("sitemap page")
        verbose_name_plural = _("sitemap pages")

    def tree(self):
        """Live, in-menu pages of this site under its root, to depth 3, in tree order."""
        from wagtail_govstandard.i18n.locales import localized_root

        root = localized_root(self.get_site(), self.locale.language_code)
        return (
            BasePage.objects.descendant_of(root, inclusive=True).live().public()
            .filter(depth__lte=root.depth + 3).order_by("path")
        )
