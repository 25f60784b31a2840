"""Helpers of the queue tests: a hospital Site with its service points, counters and staff."""

from types import SimpleNamespace

import pytest
from django.core.cache import cache
from wagtail.models import Page, Site

from tests.utils import ensure_tree_root, make_home, make_user
from wagtail_govstandard.queue import access, setup, versions
from wagtail_govstandard.queue.models import Counter, ServicePoint


@pytest.fixture(autouse=True)
def fresh_cache_and_versions(monkeypatch):
    """Test transactions never commit: renew the queue version at once; the cache starts empty."""
    monkeypatch.setattr(versions, "bump", versions.renew)
    cache.clear()
    yield
    cache.clear()


def make_point(site, code, prefix, counters=(1,), next_point=None, **fields):
    point = ServicePoint.objects.create(
        site=site, code=code, prefix=prefix, name_th=fields.pop("name_th", f"จุด {code}"),
        name_en=fields.pop("name_en", f"Point {code}"), next_point=next_point, **fields,
    )
    for number in counters:
        Counter.objects.create(point=point, number=number)
    return point


def make_hospital_site(hostname="hospital.localhost", title="โรงพยาบาลชุมชนตัวอย่าง"):
    root = ensure_tree_root()
    home = root.add_child(instance=Page(title=title, slug=hostname.split(".")[0]))
    return Site.objects.create(hostname=hostname, port=80, root_page=home, site_name=title)


def build_hospital():
    """Registration → screening → exam (two rooms) → pharmacy on the default Site, staff per point."""
    setup.ensure_groups()
    home = make_home()
    site = Site.objects.get(is_default_site=True)
    pharmacy = make_point(site, "pharmacy", "D", counters=(1, 2), sort_order=4)
    exam = make_point(site, "exam", "C", counters=(1, 2), next_point=pharmacy, sort_order=3)
    screening = make_point(site, "screening", "B", counters=(1,), next_point=exam, sort_order=2)
    registration = make_point(site, "registration", "A", counters=(1, 2), next_point=screening, sort_order=1)
    world = SimpleNamespace(site=site, home=home, registration=registration, screening=screening,
                            exam=exam, pharmacy=pharmacy)
    world.clerk = make_user("clerk", groups=[access.STAFF])
    registration.staff.add(world.clerk)
    world.nurse = make_user("nurse", groups=[access.STAFF])
    screening.staff.add(world.nurse)
    exam.staff.add(world.nurse)
    world.pharmacist = make_user("pharmacist", groups=[access.STAFF])
    pharmacy.staff.add(world.pharmacist)
    world.his = make_user("his", groups=[access.INTEGRATION])
    return world


@pytest.fixture
def hospital(db):
    return build_hospital()


def counter(point, number=1):
    return point.counters.get(number=number)
