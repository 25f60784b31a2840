from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.views.i18n import set_language
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.api.v3.urls import api as api_v3
from wagtail.documents import urls as wagtaildocs_urls

from home.views import search
from wagtail_govstandard.cache.origin import same_origin_post
from wagtail_govstandard.seo import urls as seo_urls

from .api import api_router

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("api/v3/", api_v3.urls),
    # No CSRF token in cached pages: the language switch is checked by origin instead.
    path("i18n/setlang/", same_origin_post(set_language), name="set_language"),
    # robots.txt, sitemap.xml (with language alternates), favicon.ico: one per Site.
    path("", include(seo_urls)),
    path("govstandard/", include("wagtail_govstandard.urls")),
    path("queue/", include("wagtail_govstandard.queue.urls")),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    from wagtail_govstandard.requests.media import media_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    # Not static(MEDIA_URL): documents and request files go only through views that check access.
    urlpatterns += media_urlpatterns()

# Reader-facing pages: Thai at /, English at /en/ (wagtail-localize translations of the tree).
urlpatterns += i18n_patterns(
    path("search/", search, name="search"),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
