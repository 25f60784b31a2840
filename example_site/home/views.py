"""The example site's search page: the package's Thai-aware search, rendered by search.html."""

from wagtail_govstandard.search.views import search as govstandard_search


def search(request):
    """Site search, on every page's header (Government Website Standard)."""
    return govstandard_search(request, template="search.html")
