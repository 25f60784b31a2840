import swapper
from django.core.paginator import Paginator
from django.db.models import Q
from django.template.response import TemplateResponse
from wagtail.models import Site

MAX_RESULTS = 200


def search_pages(site, query):
    """The search backend's hits, then title matches inside words.

    Thai is written without spaces between words, so the backend's word index misses a word
    inside a longer run of text ("คุ้มครอง" in "พระราชบัญญัติคุ้มครองข้อมูล..."); a substring
    match on titles and descriptions finds those.
    """
    Page = swapper.load_model("wagtailcore", "Page")
    pages = Page.objects.live().public().descendant_of(site.root_page, inclusive=True)
    found = list(pages.search(query)[:MAX_RESULTS])
    seen = {page.pk for page in found}
    substring = Q(title__icontains=query) | Q(search_description__icontains=query)
    found += list(pages.filter(substring).exclude(pk__in=seen).order_by("path")[:MAX_RESULTS - len(found)])
    return found


def search(request):
    """Site search, on every page's header (Government Website Standard)."""
    query = (request.GET.get("q") or "").strip()[:200]
    site = Site.find_for_request(request)
    results = search_pages(site, query) if query and site else []
    page = Paginator(results, 20).get_page(request.GET.get("page"))
    return TemplateResponse(request, "search.html", {"search_query": query, "search_results": page})
