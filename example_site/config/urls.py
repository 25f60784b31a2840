from django.conf import settings
from django.urls import include, path
from django.views.i18n import set_language
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.api.v3.urls import api as api_v3
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from home.views import search
from wagtail_govstandard.cache.origin import same_origin_post

from .api import api_router

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("api/v3/", api_v3.urls),
    # No CSRF token in cached pages: the language switch is checked by origin instead.
    path("i18n/setlang/", same_origin_post(set_language), name="set_language"),
    path("sitemap.xml", sitemap),
    path("search/", search, name="search"),
    path("govstandard/", include("wagtail_govstandard.urls")),
    path("queue/", include("wagtail_govstandard.queue.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("", include(wagtail_urls))]
