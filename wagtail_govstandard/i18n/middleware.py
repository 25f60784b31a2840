"""Which language a request is served in.

Public pages sit in i18n_patterns with the default language (Thai) unprefixed: the URL alone
decides, so every language has its own indexable, shareable URLs. Routes outside i18n_patterns
(admin, API, documents) follow the language cookie, then the browser's Accept-Language, then
LANGUAGE_CODE. Django's own LocaleMiddleware forces LANGUAGE_CODE on every unprefixed URL once
i18n_patterns is used at all, which would make API errors ignore Accept-Language.
"""

from functools import lru_cache

from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.urls import Resolver404, URLResolver, get_resolver
from django.urls.resolvers import LocalePrefixPattern
from django.utils import translation


@lru_cache(maxsize=32)
def _top_patterns(urlconf):
    return tuple(get_resolver(urlconf).url_patterns)


def is_localized_path(path, urlconf=None):
    """True when `path` is served by the i18n_patterns part of the URLconf: no route before it
    resolves the path (a prefix match is not enough: path("", include(...)) matches anything)."""
    return _is_localized(path, urlconf or settings.ROOT_URLCONF)


@lru_cache(maxsize=4096)
def _is_localized(path, urlconf):
    """Remembered per path: the answer is the URLconf's, and resolving an API path a second time
    (Django resolves it again for the view) was a tenth of a ticket issue's own time."""
    route = path.lstrip("/")
    for pattern in _top_patterns(urlconf):
        if isinstance(pattern, URLResolver) and isinstance(pattern.pattern, LocalePrefixPattern):
            return True
        try:
            if pattern.resolve(route):
                return False
        except Resolver404:
            continue
    return False


class GovLocaleMiddleware(LocaleMiddleware):
    def process_request(self, request):
        urlconf = getattr(request, "urlconf", settings.ROOT_URLCONF)
        from_path = translation.get_language_from_path(request.path_info)
        if from_path:
            language = from_path
        elif is_localized_path(request.path_info, urlconf):
            language = settings.LANGUAGE_CODE
        else:
            language = translation.get_language_from_request(request, check_path=False)
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()
