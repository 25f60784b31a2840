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


class AllWordsElseAny:
    """The all-words results, or the any-word results when no page has every word.

    Which of the two is decided by the first count or slice, from that query's own answer, so a
    search costs the backend's queries and no more (a page of results: one; with a paginator:
    the count and the page, as Wagtail's own search view).
    """

    def __init__(self, backend, words, pages):
        self._all_words = backend.search(words, pages, operator="and")
        self._any_word = lambda: backend.search(words, pages, operator="or")
        self._chosen = None

    def _choose(self, found_all):
        self._chosen = self._all_words if found_all else self._any_word()
        return self._chosen

    def count(self):
        if self._chosen is not None:
            return self._chosen.count()
        found = self._all_words.count()
        return found if self._choose(found) is self._all_words else self._chosen.count()

    __len__ = count

    def __getitem__(self, key):
        if self._chosen is not None:
            return self._chosen[key]
        if isinstance(key, int):
            return self[key:key + 1][0]
        results = list(self._all_words[key])
        found_all = bool(results) or bool(key.start) and bool(list(self._all_words[:1]))
        return results if self._choose(found_all) is self._all_words else list(self._chosen[key])

    def __iter__(self):
        return iter(self[:MAX_RESULTS])

    def __bool__(self):
        return bool(self[:1])


def search(site, query, language=None):
    """Search results (sliceable, countable) for `query`, best first; [] for an empty query."""
    words = segment((query or "")[:MAX_QUERY])
    if not words or site is None:
        return []
    return AllWordsElseAny(get_search_backend(), words, pages_of(site, language))
