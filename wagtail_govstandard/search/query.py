"""Search the live, public pages of one Site in one language, Thai segmented like the index.

Ranked by Wagtail's backend (database: SQLite FTS5 / PostgreSQL full text; Elasticsearch and
OpenSearch work the same with a Thai analyzer, see the README). All words must match; when no
page has them all, any word may (ranked), so a long Thai query still finds the nearest pages.
"""

import swapper
from wagtail.search.backends import get_search_backend

from wagtail_govstandard.i18n.locales import localized_root
from wagtail_govstandard.search.segment import segment

MAX_QUERY = 200
MAX_RESULTS = 1000


def pages_of(site, language=None):
    """The pages a reader of `site` in `language` may find."""
    Page = swapper.load_model("wagtailcore", "Page")
    root = localized_root(site, language)
    return Page.objects.live().public().descendant_of(root, inclusive=True).filter(locale=root.locale)


def search(site, query, language=None):
    """Search results (sliceable, countable) for `query`, best first; [] for an empty query."""
    words = segment((query or "")[:MAX_QUERY])
    if not words or site is None:
        return []
    backend = get_search_backend()
    pages = pages_of(site, language)
    results = backend.search(words, pages, operator="and")
    if not results[:1]:
        results = backend.search(words, pages, operator="or")
    return results
