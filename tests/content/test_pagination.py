"""The list pager (content/includes/pagination.html): its links keep the filters they are given, or
the request's parameters when a project's template includes it without `filter_query` (that was a
server error)."""

from django.core.paginator import Paginator
from django.http import QueryDict
from django.template import engines
from django.test import RequestFactory

INCLUDE = '{% include "wagtail_govstandard/content/includes/pagination.html" %}'
WITH_FILTERS = '{% include "wagtail_govstandard/content/includes/pagination.html" with filter_query=keep %}'


def links(template, url, **context):
    page = Paginator(list(range(30)), 10).page(2)
    html = engines["django"].from_string(template).render({"items": page, **context},
                                                          request=RequestFactory().get(url))
    return [part.split('"')[0] for part in html.split('href="')[1:]]


def test_without_filter_query_the_links_keep_the_requests_parameters():
    assert links(INCLUDE, "/news/?q=ไข้เลือดออก&page=2") == [
        "?q=%E0%B9%84%E0%B8%82%E0%B9%89%E0%B9%80%E0%B8%A5%E0%B8%B7%E0%B8%AD%E0%B8%94%E0%B8%AD%E0%B8%AD%E0%B8%81&amp;page=" + n
        for n in ("1", "1", "3", "3")]


def test_the_filters_given_are_all_the_links_keep():
    assert links(WITH_FILTERS, "/news/?utm_source=x&page=2", keep=QueryDict("year=2569&kind=job")) == [
        f"?year=2569&amp;kind=job&amp;page={n}" for n in ("1", "1", "3", "3")]
    assert links(WITH_FILTERS, "/news/?utm_source=x&page=2", keep=QueryDict()) == [
        f"?page={n}" for n in ("1", "1", "3", "3")]
