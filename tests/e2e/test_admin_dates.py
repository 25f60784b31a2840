"""In chromium, a Thai webmaster schedules a page through Wagtail's own scheduling dialog, whose
go-live and expiry inputs the package made B.E. text inputs in Bangkok time (content/date_input.py):
typed as dd/mm/yyyy hh:mm B.E., saved with the dialog's own button, stored as the Bangkok moment
and shown back as typed."""

import datetime

import pytest
from django.urls import reverse

from tests.proofs.test_permission_matrix import World
from tests.utils import prefer_language
from wagtail_govstandard.models import NewsPage

from .admin import login_as

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_a_thai_webmaster_schedules_a_page_in_be_dates_through_wagtails_dialog(new_page, site_url):
    from .content import ensure_tree_root

    ensure_tree_root()
    world = World()
    prefer_language(world.superuser, "th")
    page = login_as(new_page("th"), site_url, world.superuser)
    edit = site_url + reverse("wagtailadmin_pages:edit", args=[world.item.pk])
    page.goto(edit)
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.reload()
    page.click('[data-side-panel-toggle="status"]')
    page.click('[data-a11y-dialog-show="schedule-publishing-dialog"]')
    dialog = page.locator("#schedule-publishing-dialog")
    go_live = dialog.locator('input[name="go_live_at"]')
    go_live.wait_for(state="visible")
    assert go_live.get_attribute("placeholder") == "วว/ดด/ปปปป (พ.ศ.) ชช:นน"
    go_live.fill("01/02/2580 09:00")
    dialog.locator('input[name="expire_at"]').fill("31/12/2580 17:30")
    dialog.locator("button[type=submit]").click()
    page.wait_for_load_state("networkidle")
    saved = NewsPage.objects.get(pk=world.item.pk).get_latest_revision_as_object()
    bangkok = datetime.timezone(datetime.timedelta(hours=7))
    assert saved.go_live_at == datetime.datetime(2037, 2, 1, 9, 0, tzinfo=bangkok)
    assert saved.expire_at == datetime.datetime(2037, 12, 31, 17, 30, tzinfo=bangkok)
    page.goto(edit)
    assert page.locator('input[name="go_live_at"]').input_value() == "01/02/2580 09:00"
    assert errors == []
