"""Site-wide files a search engine asks for: robots.txt, sitemap.xml, favicon.ico (per Site)."""

from django.urls import path

from wagtail_govstandard.seo import views

urlpatterns = [
    path("robots.txt", views.robots_txt, name="govstandard_robots"),
    path("sitemap.xml", views.sitemap_xml, name="govstandard_sitemap"),
    path("favicon.ico", views.favicon, name="govstandard_favicon"),
]
