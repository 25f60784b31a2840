"""Every change a citizen sees purges the affected URLs from the front cache, after the commit."""

import pytest
from django.db import transaction
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Site

from tests.utils import make_content, make_index
from wagtail_govstandard.models import ContactPage, NewsPage, PolicyPage

ROOT = "http://localhost"


@pytest.fixture
def run_on_commit(monkeypatch):
    """The test's transaction never commits: run the purge callbacks when they are queued."""
    monkeypatch.setattr(transaction, "on_commit", lambda fn, using=None, robust=False: fn())


def urls(recorded):
    return {target for kind, target in recorded if kind == "url"}


def sites(recorded):
    return {target for kind, target in recorded if kind == "site"}


LISTINGS = {ROOT + "/", ROOT + "/sitemap/", ROOT + "/statistics/stats/", ROOT + "/ita/", ROOT + "/sitemap.xml"}


def test_publish_purges_the_page_its_index_the_home_page_and_the_listings(public_site, recorded, run_on_commit):
    recorded.clear()
    make_content(public_site.news, NewsPage, title="ข่าวใหม่", slug="fresh")
    assert {ROOT + "/news/fresh/", ROOT + "/news/"} | LISTINGS <= urls(recorded)
    assert not sites(recorded)


def test_unpublish_and_take_down_redirect_purge(public_site, recorded, run_on_commit):
    recorded.clear()
    public_site.item.unpublish()
    Redirect.objects.create(old_path="/news/vaccine", redirect_link=public_site.news.url,
                            site=Site.objects.get(is_default_site=True))
    assert {ROOT + "/news/vaccine/", ROOT + "/news/", ROOT + "/news/vaccine"} | LISTINGS <= urls(recorded)


def test_extend_and_review_purge_the_item(public_site, recorded, run_on_commit):
    from django.contrib.auth import get_user_model

    from wagtail_govstandard.monitoring import actions

    webmaster = get_user_model().objects.create_superuser("wm", password="x")
    recorded.clear()
    import datetime

    actions.extend(public_site.item, webmaster, datetime.date.today() + datetime.timedelta(days=30), "ต่ออายุ")
    assert {ROOT + "/news/vaccine/", ROOT + "/news/"} <= urls(recorded)


def test_move_purges_the_old_and_new_urls(public_site, recorded, run_on_commit):
    other = make_index(public_site.home, "knowledge")
    recorded.clear()
    public_site.item.move(other, pos="last-child")
    assert {ROOT + "/news/vaccine/", ROOT + "/news/", ROOT + "/knowledge/vaccine/", ROOT + "/knowledge/"} \
        <= urls(recorded)


@pytest.mark.parametrize("name", ["contact", "policy"])
def test_footer_changes_purge_every_page_of_the_site(public_site, recorded, run_on_commit, name):
    page = getattr(public_site, name).specific
    model = {"contact": ContactPage, "policy": PolicyPage}[name]
    page = model.objects.get(pk=page.pk)
    recorded.clear()
    page.title = page.title + " (ใหม่)"
    page.save_revision().publish()
    assert sites(recorded) == {ROOT}


def test_a_site_change_purges_the_site_and_nothing_without_a_backend(public_site, recorded, run_on_commit, settings):
    site = Site.objects.get(is_default_site=True)
    recorded.clear()
    site.site_name = "โรงพยาบาล"
    site.save()
    assert sites(recorded) == {ROOT}
    recorded.clear()
    del settings.WAGTAILFRONTENDCACHE
    make_content(public_site.news, NewsPage, title="x", slug="x")
    assert recorded == []


def test_nothing_is_purged_before_the_commit(public_site, recorded, django_capture_on_commit_callbacks):
    recorded.clear()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        make_content(public_site.news, NewsPage, title="ข่าว", slug="later")
    assert recorded == [] and callbacks
    for callback in callbacks:
        callback()
    assert ROOT + "/news/later/" in urls(recorded)
