"""robots.txt, sitemap.xml with language alternates, and favicon.ico, for the request's Site."""

from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.http import Http404, HttpResponse
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from wagtail.models import Site

from wagtail_govstandard import conf
from wagtail_govstandard.i18n import locales
from wagtail_govstandard.seo import sitemap


def _search_paths(site):
    paths = []
    for code in locales.site_languages(site) or [locales.active_language()]:
        with translation.override(code):
            try:
                paths.append(reverse("search"))
            except NoReverseMatch:
                pass
    return sorted(set(paths))


@require_GET
@cache_control(max_age=3600, public=True)
def robots_txt(request):
    """Everything may be crawled except the admin and search results; where the sitemap is."""
    site = Site.find_for_request(request)
    lines = ["User-agent: *", "Disallow: /admin/"]
    lines += ["Disallow: %s" % path for path in _search_paths(site)]
    root = site.root_url if site is not None else request.build_absolute_uri("/").rstrip("/")
    lines += ["", "Sitemap: %s/sitemap.xml" % root, ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


@require_GET
@cache_control(max_age=3600, public=True)
def sitemap_xml(request):
    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    return HttpResponse(sitemap.render(site, request), content_type="application/xml; charset=utf-8")


def _favicon_path(site):
    """The site's own icon (WAGTAILGOVSTANDARD_FAVICONS = {hostname: static path}), else the package's."""
    per_site = conf.get("FAVICONS") or {}
    return per_site.get(site.hostname if site else "", conf.get("FAVICON"))


def _read_static(path):
    try:
        with staticfiles_storage.open(path) as handle:
            return handle.read()
    except (FileNotFoundError, OSError, ValueError):
        found = finders.find(path)
        if not found:
            raise Http404("No favicon") from None
        with open(found, "rb") as handle:
            return handle.read()


@require_GET
@cache_control(max_age=86400, public=True)
def favicon(request):
    path = _favicon_path(Site.find_for_request(request))
    content_type = "image/png" if path.endswith(".png") else "image/svg+xml" if path.endswith(".svg") else "image/x-icon"
    return HttpResponse(_read_static(path), content_type=content_type)
