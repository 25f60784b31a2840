"""Content-Security-Policy (issue #11, finding 12): every public page type of the demo answers
with the strict policy and carries no inline script, event handler, style or foreign resource;
the admin's main views answer 200 under their looser policy (still this host only)."""

import re
from collections import defaultdict
from urllib.parse import urlsplit

import pytest
from wagtail.models import Page, get_page_models

from home.demo import foundation

CSP = "Content-Security-Policy"
EXECUTABLE_SCRIPT = re.compile(r"<script\b(?![^>]*\bsrc=)(?![^>]*type=\"application/(ld\+)?json\")[^>]*>", re.I)
INLINE = {
    "inline script": EXECUTABLE_SCRIPT,
    "event handler attribute": re.compile(r"<[a-z][^>]*\son[a-z]+\s*=", re.I),
    "style attribute": re.compile(r"<[a-z][^>]*\sstyle\s*=", re.I),
    "style element": re.compile(r"<style\b", re.I),
    "javascript: URL": re.compile(r"""(href|src|action)\s*=\s*["']?\s*javascript:""", re.I),
    "resource from another host": re.compile(r"""<(script|img|iframe|source|video|audio|embed)\b[^>]*\ssrc=["'](https?:)?//"""
                                             r"""|<link\b[^>]*rel=["'](stylesheet|icon|preload|modulepreload)["'][^>]*"""
                                             r"""href=["'](https?:)?//""", re.I),
}
PER_TYPE = 3



def assert_strict_policy(response, where):
    policy = response.get(CSP, "")
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy, (where, policy)
    assert "object-src 'none'" in policy and "http" not in policy, (where, policy)


def assert_no_inline_content(html, where):
    for what, pattern in INLINE.items():
        match = pattern.search(html)
        assert not match, "%s: %s %r" % (where, what, match.group(0)[:120] if match else "")


def public_pages():
    by_type = defaultdict(list)
    for page in Page.objects.live().filter(depth__gt=1).specific().order_by("path"):
        if len(by_type[type(page)]) < PER_TYPE:
            by_type[type(page)].append(page)
    return by_type


def get(client, page):
    parts = urlsplit(page.get_full_url())
    return client.get(parts.path, HTTP_HOST=parts.netloc, follow=True)  # an index of one item redirects to it


def test_every_public_page_type_has_the_policy_and_no_inline_content(demo):
    by_type = public_pages()
    creatable = {m for m in get_page_models() if m.is_creatable and m is not Page}
    assert creatable <= set(by_type), "a page type the demo does not show: %s" % (creatable - set(by_type))
    for model, pages in by_type.items():
        for page in pages:
            response = get(demo, page)
            where = "%s %s" % (model.__name__, page.url)
            assert response.status_code == 200, where
            assert_strict_policy(response, where)
            assert_no_inline_content(response.content.decode(), where)


@pytest.mark.parametrize("path", ["/search/?q=วัคซีน", "/en/", "/no-such-page/", "/queue/t/no-such-token/"])
def test_other_public_html_routes_too(demo, path):
    response = demo.get(path)
    assert response.status_code < 500
    assert_strict_policy(response, path)
    if response["Content-Type"].startswith("text/html"):
        assert_no_inline_content(response.content.decode(), path)


ADMIN_VIEWS = [
    "/admin/", "/admin/pages/", "/admin/pages/{home}/", "/admin/pages/{home}/edit/", "/admin/documents/",
    "/admin/images/", "/admin/users/", "/admin/snippets/", "/admin/reports/site-history/",
    "/admin/govstandard/monitoring/expiry/",
    "/admin/wagtail_govstandard/publicationrequest/",
]


@pytest.mark.parametrize("path", ADMIN_VIEWS)
def test_the_admin_main_views_answer_under_their_own_policy(demo, path):
    from wagtail.models import Site

    demo.login(username="admin", password=foundation.PASSWORD)
    home = Site.objects.get(is_default_site=True).root_page_id
    response = demo.get(path.format(home=home))
    assert response.status_code == 200, path
    policy = response[CSP]
    assert "script-src 'self' 'unsafe-inline'" in policy and "http" not in policy, policy
