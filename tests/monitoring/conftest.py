"""Fixtures of the monitoring tests: a site with category indexes, role users, items by date."""

import datetime

import pytest
from django.contrib.auth.models import Group, Permission
from django.test import Client

from tests.utils import make_content, make_index, make_user, make_work_group
from wagtail_govstandard import roles
from wagtail_govstandard.content.dates import local_today
from wagtail_govstandard.models import GovContentPage, NewsPage

TODAY = local_today()


def days(n):
    return TODAY + datetime.timedelta(days=n)


def admin_user(username, role=None, **fields):
    """A user who may enter the Wagtail admin, in `role` (a group name) when given."""
    user = make_user(username, groups=[role] if role else [], **fields)
    access = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    group, _created = Group.objects.get_or_create(name=f"admin access {username}")
    group.permissions.add(access)
    user.groups.add(group)
    return user


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


def add_item(parent, title, end=None, review=None, model=NewsPage, live=True, published=None, **fields):
    """A content item with the given publication end and review-by dates (None: left empty)."""
    published = published or min(d for d in (TODAY - datetime.timedelta(days=30), end, review) if d)
    page = make_content(parent, model, publish=live, live=live, title=title, published_date=published,
                        publication_end=end or days(365), review_by=review or days(365), **fields)
    # The metadata as asked, even where the category's defaults would fill it in.
    GovContentPage.objects.filter(pk=page.pk).update(publication_end=end, review_by=review)
    page.refresh_from_db()
    return page


@pytest.fixture
def news_index(home):
    return make_index(home, "news")


@pytest.fixture
def webmaster(db):
    return admin_user("webmaster", roles.WEBMASTER, first_name="สมชาย", last_name="ใจดี")


@pytest.fixture
def webmaster2(db):
    return admin_user("webmaster2", roles.WEBMASTER)


@pytest.fixture
def provider(db):
    return admin_user("provider", roles.PROVIDER)


@pytest.fixture
def head(db):
    return admin_user("head", roles.HEAD)


@pytest.fixture
def work_group(head):
    group = make_work_group(heads=[head])
    group.email = "planning@example.go.th"
    group.save()
    return group
