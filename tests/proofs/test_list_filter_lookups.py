"""Finding 1 (issue #11): a list view applies only the filters it offers.

For every list view of the package (every admin route that takes no URL argument and answers a
webmaster's GET: the modeladmin indexes, the snippet listings, the report views), and for every
path from a package model to a user through its relations, a lookup on that user's password
hash must change nothing: a right prefix and a wrong one give the same page. On the old code the
request list answered rows for the right prefix only, which let a provider read a hash.
"""

import re

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from tests.proofs.test_permission_matrix import ADMIN_QUERY, World, admin_routes


def user_paths(model, depth=2, prefix="", seen=()):
    """Every lookup path from `model` to a user model through its forward and reverse relations."""
    User = get_user_model()
    for field in model._meta.get_fields():
        if not field.is_relation or field.related_model is None:
            continue
        path = prefix + field.name  # a reverse relation's name is its query name
        if issubclass(field.related_model, User):
            yield path
        elif depth > 1 and field.related_model not in seen:
            yield from user_paths(field.related_model, depth - 1, path + "__", seen + (model,))


def password_lookups():
    """Lookup names reaching a user's password from any model of the package."""
    names = set()
    for model in apps.get_app_config("wagtail_govstandard").get_models():
        names |= {f"{path}__password__startswith" for path in user_paths(model)}
    return sorted(names)


def list_routes():
    """Admin routes without URL arguments, less the forms that add a record (they list nothing)."""
    return sorted(name for name, route in admin_routes().items()
                  if "<" not in route and not re.search(r"(create|add)$", name))


def normalise(html):
    """What the page says (its text, less scripts): links that echo the query string differ."""
    html = re.sub(r"<script.*?</script>", " ", html, flags=re.S)
    html = re.sub(r"<[^>]+>", " ", html)
    return re.sub(r"\s+", " ", html)


@pytest.fixture
def world(db):
    world = World()
    request = world.request
    request.published_by = world.webmaster  # a related user for every path to reach
    request.save()
    return world


def test_password_lookups_are_found():
    """The generator finds the paths of the reported exploit (so an empty sweep cannot pass)."""
    lookups = password_lookups()
    assert "published_by__password__startswith" in lookups
    assert "members__password__startswith" in lookups
    assert "work_group__heads__password__startswith" in lookups


@pytest.mark.parametrize("route", list_routes())
@pytest.mark.parametrize("role", ["provider", "webmaster"])
def test_a_lookup_on_a_related_users_password_changes_nothing(world, route, role):
    """Every lookup at once, with a right prefix and with a wrong one: the page is the page
    without them. (A view applying any of them would drop rows for the wrong prefix, or the rows
    a null relation has for the right one, or fail on a field its model lacks.)"""
    client = Client()
    client.force_login(world.user(role))
    url = reverse(route) + (ADMIN_QUERY[route](world) if route in ADMIN_QUERY else "")
    baseline = client.get(url)
    if baseline.status_code != 200 or "html" not in baseline.get("Content-Type", ""):
        pytest.skip(f"{route} is not a page {role} lists ({baseline.status_code})")
    joiner = "&" if "?" in url else "?"
    right = world.webmaster.password.split("$")[0] + "$"  # every user's hash starts so
    for value in (right, "zz" + right):
        query = "&".join(f"{lookup}={value}" for lookup in password_lookups())
        page = client.get(f"{url}{joiner}{query}")
        assert page.status_code == 200, f"{route}: {page.status_code} with the lookups ({value})"
        assert normalise(page.content.decode()) == normalise(baseline.content.decode()), (
            f"{route}: a lookup on a user's password changed the page ({value})")
