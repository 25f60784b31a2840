"""The monitoring demo step fills every list of the dashboard, and running it twice adds nothing."""

import pytest
from wagtail.models import Site

from home.demo import STEPS, monitoring
from tests.utils import make_work_group
from wagtail_govstandard.models import ExpiryAction, GovContentPage
from wagtail_govstandard.monitoring import completeness, expiry

from .conftest import admin_user


@pytest.fixture
def ctx(home, webmaster, webmaster2, head):
    return {
        "site": Site.objects.get(is_default_site=True), "home": home,
        "users": {"webmaster": webmaster, "webmaster2": webmaster2, "head": head},
        "work_groups": {"planning": make_work_group(heads=[head]),
                        "health-promotion": make_work_group("health-promotion", "กลุ่มงานส่งเสริมสุขภาพ",
                                                            heads=[admin_user("head2")])},
        "indexes": {},
    }


@pytest.mark.django_db
def test_demo_fills_every_list_and_is_idempotent(ctx):
    assert "home.demo.monitoring" in STEPS
    monitoring.load(ctx)
    pages, actions_ = GovContentPage.objects.count(), ExpiryAction.objects.count()
    monitoring.load(ctx)
    assert (GovContentPage.objects.count(), ExpiryAction.objects.count()) == (pages, actions_)
    counts = expiry.counts(GovContentPage.objects.all())
    assert all(counts[rule] >= 1 for rule in expiry.RULES), counts
    assert ExpiryAction.objects.filter(action="take_down").count() == 1
    report = completeness.build(ctx["site"])
    assert report.count(completeness.STALE) >= 1 and report.count(completeness.MISSING) >= 1
