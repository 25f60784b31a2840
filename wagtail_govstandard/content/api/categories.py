"""GET /api/v3/govstandard/categories/: the category registry, with what this site has."""

from django.db.models import Count
from ninja import Router, Schema
from wagtail.api.v3.auth import AllowAnonymous, BearerTokenAuth
from wagtail.models import Site

from wagtail_govstandard.content import categories, versions
from wagtail_govstandard.content.models.pages import CategoryIndexPage, GovContentPage

router = Router(tags=["govstandard"])


class CategorySchema(Schema):
    code: str
    label_th: str
    label_en: str
    seed_section: str
    refs: list[str]
    live_count: int
    index_url: str | None


def site_pages(site, model):
    return model.objects.live().descendant_of(site.root_page, inclusive=True) if site else model.objects.none()


@router.get(
    "/", response=list[CategorySchema], auth=[BearerTokenAuth(), AllowAnonymous()],
    url_name="govstandard_categories", operation_id="govstandard_categories",
    summary="Every mandated category, with this site's live items and index page",
)
def list_categories(request):
    site = Site.find_for_request(request)
    counts = versions.cached(
        "category-counts", (site.root_page.path if site else None,),
        lambda: dict(site_pages(site, GovContentPage).values_list("category").annotate(n=Count("pk")).order_by()),
    )
    index_urls = {}
    for index_page in site_pages(site, CategoryIndexPage).order_by("path"):
        index_urls.setdefault(index_page.category, index_page.get_full_url(request))
    return [
        {
            "code": c.code, "label_th": c.label_th, "label_en": c.label_en,
            "seed_section": c.seed, "refs": list(c.refs),
            "live_count": counts.get(c.code, 0), "index_url": index_urls.get(c.code),
        }
        for c in categories.CATEGORIES
    ]
