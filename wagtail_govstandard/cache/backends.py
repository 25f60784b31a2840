"""Front-cache backends: Varnish (purge one URL, or ban a whole Site) and a recording one for tests."""

from urllib.parse import urlsplit
from urllib.request import Request, urlopen

from wagtail.contrib.frontend_cache.backends import BaseBackend, HTTPBackend

RECORDED = []  # RecordingBackend's purges: ("url", url) and ("site", root_url), oldest first


class VarnishBackend(HTTPBackend):
    """Wagtail's HTTP PURGE per URL, plus `purge_site`: one BAN of every object of a host
    (the footer changed). The VCL in example_site/varnish/govstandard.vcl honours both from
    loopback only."""

    def purge_site(self, root_url):
        host = urlsplit(root_url).netloc
        request = Request(f"{self.cache_scheme}://{self.cache_netloc}/", method="BAN",
                          headers={"Host": host, "X-Ban-Host": host})
        urlopen(request, timeout=5).close()  # noqa: S310 - the configured LOCATION


class RecordingBackend(BaseBackend):
    """Remembers what it was asked to purge (tests read RECORDED)."""

    def purge(self, url):
        RECORDED.append(("url", url))

    def purge_site(self, root_url):
        RECORDED.append(("site", root_url))
