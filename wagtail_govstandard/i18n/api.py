"""Each API item's translations: [{"locale": "en", "url": "https://.../en/news/x/"}]."""

from collections import defaultdict

from rest_framework.fields import Field

from wagtail_govstandard.content.models.base import BasePage as Page


def restricted_paths():
    """Paths of view-restricted pages (what Wagtail's .public() asks), to ask once per request."""
    from wagtail.models import PageViewRestriction

    return list(PageViewRestriction.objects.values_list("page__path", flat=True))


def without_restricted(pages, restricted):
    """`pages` less those at or under a restricted path: .public() with the paths already read."""
    for path in restricted:
        pages = pages.exclude(path__startswith=path)
    return pages


def translations_of(pages, request, restricted=None):
    """{page id: [{locale, url}]} of the other live, public translations, in one query."""
    keys = {page.translation_key for page in pages}
    if not keys:
        return {}
    others = defaultdict(list)
    candidates = Page.objects.live().filter(translation_key__in=keys)
    candidates = candidates.public() if restricted is None else without_restricted(candidates, restricted)
    for other in candidates.select_related("locale").order_by("locale__language_code"):
        others[other.translation_key].append(other)
    return {
        page.pk: [{"locale": o.locale.language_code, "url": o.get_full_url(request)}
                  for o in others[page.translation_key] if o.pk != page.pk]
        for page in pages
    }


class PageTranslationsField(Field):
    """v2 meta field "translations"."""

    def get_attribute(self, instance):
        return instance

    def to_representation(self, page):
        return translations_of([page], self.context.get("request")).get(page.pk, [])
