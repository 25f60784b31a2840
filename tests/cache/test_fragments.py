"""The header, footer, survey form and visit box kept as HTML (cache/fragments.py): every change
they show renews them at once, and what differs per request is never served from the cache."""

import datetime

import pytest
from django.template import Context, Template, TemplateSyntaxError
from django.utils import timezone
from wagtail.models import Site

from wagtail_govstandard.models import SurveyQuestion, VisitCounter
from wagtail_govstandard.theme.models import AlertBanner, ThemeSettings


def _html(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200
    return response.content.decode()


def test_every_change_the_frame_shows_is_there_on_the_next_request(client, public_site):
    url = public_site.item.url
    html = _html(client, url)
    assert "0 2123 4567" in html and _html(client, url) == html  # the frame is cached now

    site = Site.objects.get(root_page=public_site.home)
    theme = ThemeSettings.for_site(site)
    theme.agency_name_th, theme.facebook_url = "สำนักงานสาธารณสุขทดสอบ", "https://facebook.com/test"
    theme.save()
    html = _html(client, url)
    assert "สำนักงานสาธารณสุขทดสอบ" in html and "https://facebook.com/test" in html  # header, footer

    AlertBanner.objects.create(message="งดบริการวันนี้", starts_at=timezone.now() - datetime.timedelta(minutes=1))
    assert "งดบริการวันนี้" in _html(client, url)  # each change checked alone: one renewal each

    counter = VisitCounter.objects.get()
    counter.heading_en = "Visitors to this website"  # the page is in English
    counter.save()
    assert "Visitors to this website" in _html(client, url)  # the visit box

    question = SurveyQuestion.objects.first()
    question.text_en = "The pages say what I needed"
    question.save()
    assert "The pages say what I needed" in _html(client, url)  # the survey form

    contact = public_site.contact
    contact.phone = "0 2999 8888"
    contact.save_revision().publish()
    html = _html(client, url)
    assert "0 2999 8888" in html and "0 2123 4567" not in html  # the footer's contact


def test_an_alert_starts_and_ends_on_time_from_the_cached_list(client, public_site, django_assert_num_queries):
    from wagtail_govstandard.theme import alerts

    now = timezone.now()
    AlertBanner.objects.create(message="ปิดปรับปรุงระบบ", starts_at=now + datetime.timedelta(hours=1),
                               ends_at=now + datetime.timedelta(hours=2))
    url = public_site.item.url
    assert "ปิดปรับปรุงระบบ" not in _html(client, url)  # not started: the frame is cached without it
    site = Site.objects.get(root_page=public_site.home)
    with django_assert_num_queries(0):  # the site's banners come from the cache; in force is decided now
        assert alerts.active(site, url, now=now) == []
        assert [b.message for b in alerts.active(site, url, now=now + datetime.timedelta(minutes=90))] == ["ปิดปรับปรุงระบบ"]
        assert alerts.active(site, url, now=now + datetime.timedelta(hours=3)) == []


def test_what_differs_per_request_is_not_served_from_the_cache(client, public_site):
    news, item = public_site.news, public_site.item
    on_item, on_index = _html(client, item.url), _html(client, news.url)
    # The menu marks the page being read; the survey form comes back to it.
    assert f'href="{news.url}" aria-current="page"' in on_index
    assert f'href="{news.url}" aria-current="page"' not in on_item
    assert f'name="next" value="{item.url}"' in on_item and f'name="next" value="{news.url}"' in on_index
    # The search box keeps each reader's own query.
    first = _html(client, "/search/", q="วัคซีน")
    second = _html(client, "/search/", q="น้ำท่วม")
    assert 'name="q" value="วัคซีน"' in first and 'name="q" value="น้ำท่วม"' in second


def test_the_frame_is_the_same_with_the_cache_off(client, public_site, settings):
    url = public_site.item.url
    _html(client, url)
    cached = _html(client, url)
    settings.WAGTAILGOVSTANDARD_FRAME_CACHE = False
    assert _html(client, url) == cached


@pytest.mark.parametrize("body", [
    "{% for x in items %}{% frame_dynamic %}{{ x }}{% endframe_dynamic %}{% endfor %}",
])
def test_a_dynamic_block_in_a_loop_is_refused(body):
    with pytest.raises(TemplateSyntaxError):
        Template("{% load govstandard_cache %}{% frame_cache \"t\" %}" + body + "{% endframe_cache %}")


def test_without_a_request_the_block_is_rendered_as_is():
    template = Template('{% load govstandard_cache %}{% frame_cache "t" %}a'
                        '{% frame_dynamic %}{{ b }}{% endframe_dynamic %}{% endframe_cache %}')
    assert template.render(Context({"b": "x"})) == "ax"


def test_a_content_pages_content_is_kept_and_renewed_by_what_it_shows(client, public_site, django_assert_max_num_queries):
    """The title, body, files and seed 2.2 metadata of a content page come from the cache (its
    files are not read) until the page, one of its documents or its work group changes."""
    from tests.utils import make_content, make_document
    from wagtail_govstandard.models import NewsPage, WorkGroup

    group = WorkGroup.objects.create(name_th="กลุ่มงานควบคุมโรค", slug="dc")
    document = make_document(title="ตารางฉีดวัคซีน", name="schedule.pdf")
    item = make_content(public_site.news, NewsPage, title="ข่าวรณรงค์", slug="campaign",
                        owner_work_group=group, attachments=[document])
    html = _html(client, item.url)
    assert "ข่าวรณรงค์" in html and "ตารางฉีดวัคซีน" in html and "กลุ่มงานควบคุมโรค" in html
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        assert _html(client, item.url) == html
    assert not [q for q in queries.captured_queries if "pageattachment" in q["sql"]]  # files: from the cache

    document.title = "ตารางฉีดวัคซีนฉบับแก้ไข"
    document.save()
    assert "ตารางฉีดวัคซีนฉบับแก้ไข" in _html(client, item.url)
    group.name_th = "กลุ่มงานควบคุมโรคติดต่อ"
    group.save()
    assert "กลุ่มงานควบคุมโรคติดต่อ" in _html(client, item.url)
    item.title = "ข่าวรณรงค์ฉีดวัคซีน"
    item.save_revision().publish()
    assert "ข่าวรณรงค์ฉีดวัคซีน" in _html(client, item.url)


def test_a_preview_shows_the_draft_and_leaves_the_cache_alone(client, public_site):
    item = public_site.item
    live = _html(client, item.url)
    item.title = "ร่างข่าวที่ยังไม่เผยแพร่"
    revision = item.save_revision()  # a draft: the live page is unchanged
    draft = revision.as_object()
    preview = draft.make_preview_request().content.decode()
    assert "ร่างข่าวที่ยังไม่เผยแพร่" in preview
    assert _html(client, item.url) == live  # the public still reads the live page, from the cache


def test_a_category_index_is_kept_per_filter_and_page_and_renewed_by_a_new_item(client, public_site, settings):
    from tests.utils import make_content
    from wagtail_govstandard.models import NewsPage

    settings.WAGTAILGOVSTANDARD_INDEX_PAGE_SIZE = 1
    url = public_site.news.url
    make_content(public_site.news, NewsPage, title="ข่าวที่สอง", slug="second", kind="alert")
    first = _html(client, url, utm_source="line")
    # The page links keep the filters and nothing else the first reader's URL carried.
    links = first.split('<nav class="pagination"')[1].split("</nav>")[0]
    assert "utm_source" not in links and "?page=2" in links
    assert _listing(_html(client, url)) == _listing(first)
    second = _html(client, url, page=2)
    assert second != first
    by_kind = _listing(_html(client, url, kind="alert"))
    assert "ข่าวที่สอง" in by_kind and "ข่าวฉีดวัคซีน" not in by_kind and "page=2" not in by_kind  # one page only
    make_content(public_site.news, NewsPage, title="ข่าวล่าสุด", slug="latest", kind="alert")
    renewed = _listing(_html(client, url, kind="alert"))
    assert "ข่าวล่าสุด" in renewed and "?kind=alert&amp;page=2" in renewed


def _listing(html):
    return html.split('<main id="main"')[1].split("</main>")[0]


def test_a_request_reads_each_version_token_once(client, public_site):
    """The frame, content and widgets of a page ask for the "pages" token a dozen times; the
    cache is asked once per request, and each new request asks again."""
    from django.core.cache import caches

    from wagtail_govstandard import conf

    cache = caches[conf.get("CONTENT_CACHE")]
    asked = []
    original = type(cache).get

    def counting_get(self, key, *args, **kwargs):
        asked.append(key)
        return original(self, key, *args, **kwargs)

    url = public_site.item.url
    _html(client, url)
    type(cache).get = counting_get
    try:
        _html(client, url)
        _html(client, url)
    finally:
        type(cache).get = original
    assert asked.count("govstandard:version:pages") == 2
