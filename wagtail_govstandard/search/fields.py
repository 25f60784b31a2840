"""The index field every page type of the package adds: its text, segmented into words."""

from wagtail.search import index

FIELD = "thai_search_text"


class ThaiSearchMixin:
    """Adds `thai_search_text` (segmented title, body, StreamField blocks, attachment titles)."""

    def thai_search_text(self):
        from wagtail_govstandard.search.segment import segment
        from wagtail_govstandard.search.text import page_text

        return segment(page_text(self))


def search_field():
    return index.SearchField(FIELD)
