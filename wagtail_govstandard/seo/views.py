"""robots.txt, sitemap.xml and favicon.ico (filled in below)."""

from django.http import HttpResponse


def robots_txt(request):
    return HttpResponse("", content_type="text/plain")


def sitemap_xml(request):
    return HttpResponse("", content_type="application/xml")


def favicon(request):
    return HttpResponse(b"", content_type="image/x-icon")
