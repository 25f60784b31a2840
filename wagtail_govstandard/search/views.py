"""The site search page: Thai-aware, one Site and one language, ranked, paginated."""

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from wagtail.models import Site

from wagtail_govstandard import conf
from wagtail_govstandard.i18n.locales import active_language
from wagtail_govstandard.search import query as search_query

TEMPLATE = "wagtail_govstandard/search/search.html"


def search_context(request):
    """{search_query, search_results (a Paginator page)} for the request's ?q= and ?page=."""
    text = (request.GET.get("q") or "").strip()[: search_query.MAX_QUERY]
    site = Site.find_for_request(request)
    results = search_query.search(site, text, active_language()) if text else []
    paginator = Paginator(results, conf.get("SEARCH_PAGE_SIZE"))
    return {"search_query": text, "search_results": paginator.get_page(request.GET.get("page")),
            # Result pages are not for search engines (also disallowed in robots.txt).
            "robots_noindex": True}


def search(request, template=TEMPLATE):
    """Use as the project's search URL: path("search/", search, name="search") in i18n_patterns."""
    return TemplateResponse(request, template, search_context(request))
