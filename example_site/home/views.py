from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from wagtail.models import Page, Site


def search(request):
    """Site search, on every page's header (Government Website Standard)."""
    query = (request.GET.get("q") or "").strip()[:200]
    results = Page.objects.none()
    if query:
        site = Site.find_for_request(request)
        results = Page.objects.live().public().descendant_of(site.root_page, inclusive=True).search(query)
    page = Paginator(results, 20).get_page(request.GET.get("page"))
    return TemplateResponse(request, "search.html", {"search_query": query, "search_results": page})
