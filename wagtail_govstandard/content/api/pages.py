"""GET /api/v3/govstandard/pages/: live, public content pages of the request's site, with metadata.

One indexed table (GovContentPage) holds every item's seed 2.2 metadata; the kind of the page
types that have one from one query over the window, attachments from one prefetch.
The number of queries does not grow with the number of items, nor, once counted, does the
time: the total is cached until a page changes (versions).
"""

import datetime
from functools import reduce
from operator import or_

from django.apps import apps
from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext as _
from ninja import Query, Router, Schema
from wagtail.api.v3.auth import AllowAnonymous, BearerTokenAuth
from wagtail.models import Site

from wagtail_govstandard.api.errors import bad_request
from wagtail_govstandard.content import categories, versions
from wagtail_govstandard.content.dates import ce_year
from wagtail_govstandard.content.models.pages import GovContentPage

router = Router(tags=["govstandard"])
MAX_LIMIT = 100
# Beyond this an offset cannot name a row, and the database would refuse the number.
MAX_OFFSET = 2**31 - 1


class WorkGroupRef(Schema):
    id: int
    name: str


class AttachmentSchema(Schema):
    title: str
    url: str
    file_extension: str
    file_size: int | None


class TranslationRef(Schema):
    locale: str
    url: str | None


class PageItem(Schema):
    id: int
    title: str
    url: str | None
    locale: str
    translations: list[TranslationRef]
    type: str
    category: str
    kind: str | None = None
    source_owner: str
    owner_work_group: WorkGroupRef | None
    coverage_start: datetime.date | None
    coverage_end: datetime.date | None
    fiscal_year: int | None
    published_date: datetime.date
    publication_end: datetime.date | None
    review_by: datetime.date | None
    attachments: list[AttachmentSchema]


class PageList(Schema):
    count: int
    items: list[PageItem]


class ListingFilters(Schema):
    category: str | None = None
    kind: str | None = None
    year: int | None = None  # B.E. year of the publication date
    locale: str | None = None  # a language of the site (th, en); default: the site's root's
    limit: int = 20
    offset: int = 0


def kind_models():
    """The content page types that have a kind field (law, knowledge, news)."""
    return [
        model for model in apps.get_app_config("wagtail_govstandard").get_models()
        if issubclass(model, GovContentPage) and model is not GovContentPage
        and "kind" in {f.name for f in model._meta.local_fields}
    ]


def kind_choices():
    """Every kind a page type with a kind may have, in the models' order (the `kind` filter's enum)."""
    kinds = {}
    for model in kind_models():
        kinds.update(dict(model._meta.get_field("kind").choices))
    return list(kinds)


def site_items(site, language=None, restricted=None):
    """Live content pages of the site's tree in `language` (default: the root's), public: not
    under a path of `restricted` (view-restricted page paths; None: asked here)."""
    from wagtail_govstandard.i18n.api import without_restricted
    from wagtail_govstandard.i18n.locales import localized_root

    root = site.root_page if language is None else localized_root(site, language)
    items = GovContentPage.objects.live().descendant_of(root, inclusive=True).filter(locale_id=root.locale_id)
    return (
        (items.public() if restricted is None else without_restricted(items, restricted))
        .select_related("owner_work_group", "content_type", "locale")
        .prefetch_related("attachments__document")
        .order_by("-published_date", "-pk")
    )


def with_translation_flag(items):
    """Each item's `has_translations`, in the listing's own query: the translations are asked
    (one more query) only when a page of the window has one."""
    others = GovContentPage.objects.filter(translation_key=OuterRef("translation_key")).exclude(pk=OuterRef("pk"))
    return items.annotate(has_translations=Exists(others))


def kinds_of(pages):
    """{page id: kind} for a window of pages, in one query over the types that have a kind.

    Asked after the window is read, not joined into it: three LEFT JOINs cost the listing query
    more to plan than to run."""
    ids = [page.pk for page in pages]
    parts = [model.objects.filter(pk__in=ids).order_by().values_list("pk", "kind") for model in kind_models()]
    if not ids or not parts:  # nothing to ask, or no type with a kind (a custom setup)
        return {}
    return dict(parts[0].union(*parts[1:], all=True))


def validate(filters, site=None):
    from wagtail_govstandard.i18n.locales import site_languages

    errors = {}
    if filters.locale is not None and filters.locale not in site_languages(site):
        errors["locale"] = [_("Unknown language “%s” for this site.") % filters.locale[:20]]
    if filters.category is not None and not categories.exists(filters.category):
        errors["category"] = [_("Unknown category code “%s”.") % filters.category]
    if filters.kind is not None and filters.kind not in kind_choices():
        errors["kind"] = [_("Unknown kind “%s”.") % filters.kind]
    if not 1 <= filters.limit <= MAX_LIMIT:
        errors["limit"] = [_("Must be between 1 and %d.") % MAX_LIMIT]
    if not 0 <= filters.offset <= MAX_OFFSET:
        errors["offset"] = [_("Must be between 0 and %d.") % MAX_OFFSET]
    if filters.year is not None and not 2400 <= filters.year <= 2800:
        errors["year"] = [_("Give a Buddhist-era year, e.g. 2569.")]
    return errors


def filtered(items, filters):
    if filters.category:
        items = items.filter(category=filters.category)
    if filters.kind:
        items = items.filter(reduce(or_, (
            Q(**{model._meta.model_name + "__kind": filters.kind}) for model in kind_models()
        )))
    if filters.year:
        items = items.filter(published_date__year=ce_year(filters.year))
    return items


def page_type_label(content_type):
    """"wagtail_govstandard.NewsPage", the name v2's ?type= takes."""
    model = content_type.model_class()
    return model._meta.label if model else "%s.%s" % (content_type.app_label, content_type.model)


def serialize(page, kind, request, translations=()):
    group = page.owner_work_group
    item = {
        "id": page.pk, "title": page.title, "url": page.get_full_url(request),
        "locale": page.locale.language_code, "translations": list(translations),
        "type": page_type_label(page.content_type),
        "category": page.category, "source_owner": page.source_owner,
        "owner_work_group": {"id": group.pk, "name": group.name} if group else None,
        "coverage_start": page.coverage_start, "coverage_end": page.coverage_end,
        "fiscal_year": page.fiscal_year, "published_date": page.published_date,
        "publication_end": page.publication_end, "review_by": page.review_by,
        "attachments": [
            {"title": a.display_title, "url": request.build_absolute_uri(a.url),
             "file_extension": a.file_extension, "file_size": a.file_size}
            for a in page.attachments.all()
        ],
    }
    if kind is not None:
        item["kind"] = kind
    return item


@router.get(
    "/", response=PageList, auth=[BearerTokenAuth(), AllowAnonymous()], exclude_unset=True,
    url_name="govstandard_pages", operation_id="govstandard_pages",
    summary="Live content pages of this site with their seed 2.2 metadata and files",
)
def list_pages(request, filters: ListingFilters = Query(...)):
    from wagtail_govstandard.i18n.api import restricted_paths, translations_of

    site = Site.find_for_request(request)
    errors = validate(filters, site)
    if errors:
        return bad_request(errors)
    if site is None:
        return {"count": 0, "items": []}
    restricted = restricted_paths()  # one query for the listing and the translations
    items = filtered(site_items(site, filters.locale, restricted), filters)
    window = list(with_translation_flag(items)[filters.offset:filters.offset + filters.limit])
    count = versions.cached(
        "listing-count", (site.root_page.path, filters.locale, filters.category, filters.kind, filters.year),
        items.count,
    )
    kinds = kinds_of(window)
    translated = [page for page in window if page.has_translations]
    translations = translations_of(translated, request, restricted) if translated else {}
    return {"count": count, "items": [
        serialize(page, kinds.get(page.pk), request, translations.get(page.pk, ())) for page in window
    ]}
