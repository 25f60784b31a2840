"""The ITA evidence table (moved from monitoring): per framework item of the site's frameworks
and year, the URLs that answer it; a "none" row where nothing does; CSV export; webmasters only."""

import pytest
from django.urls import reverse
from wagtail.models import Site

from tests.utils import make_content, make_index, make_user
from wagtail_govstandard import roles
from wagtail_govstandard.models import ExecutivesPage, ItaSettings

URL = reverse("wagtail_govstandard_ita:evidence")


@pytest.fixture
def site_with_framework(home, fixture_frameworks):
    make_content(make_index(home, "general.executives"), ExecutivesPage, title="ทำเนียบผู้บริหาร")
    settings = ItaSettings.for_site(Site.objects.get(is_default_site=True))
    settings.frameworks, settings.assessment_year = ["test_oit"], 2599
    settings.save()
    return home


@pytest.mark.django_db
def test_rows_per_item_and_export(site_with_framework, client):
    client.force_login(make_user("wm", [roles.WEBMASTER]))
    rows = client.get(URL).context["object_list"]
    t1 = [(r.kind, r.title) for r in rows if r.item == "T1"]
    assert t1[0][0] == "index" and ("item", "ทำเนียบผู้บริหาร") in t1
    assert {r.kind for r in rows if r.item == "T2"} == {"none"}
    csv = b"".join(client.get(URL, {"export": "csv"}).streaming_content).decode()
    assert "test_oit_2599" in csv and "ทำเนียบผู้บริหาร" in csv and "http://" in csv


@pytest.mark.django_db
def test_no_framework_chosen_says_so(home, client):
    client.force_login(make_user("wm", [roles.WEBMASTER]))
    response = client.get(URL)
    assert response.status_code == 200 and list(response.context["object_list"]) == []
    assert "No framework applies" in response.content.decode()


@pytest.mark.django_db
def test_another_year_takes_the_frameworks_file_of_that_year(site_with_framework, client):
    settings = ItaSettings.for_site(Site.objects.get(is_default_site=True))
    settings.assessment_year = 2600  # no file for 2600: nothing applies, nothing invented
    settings.save()
    client.force_login(make_user("wm", [roles.WEBMASTER]))
    assert list(client.get(URL).context["object_list"]) == []


@pytest.mark.django_db
def test_the_default_year_is_todays_fiscal_year_in_bangkok(home, settings):
    import datetime
    from unittest import mock

    from wagtail_govstandard.ita import site_settings

    ita = ItaSettings.for_site(Site.objects.get(is_default_site=True))
    utc = datetime.timezone.utc
    # 30 Sep 2026 18:00 UTC is already 1 Oct 2026 in Bangkok: fiscal year 2570 begins.
    for now, year in ((datetime.datetime(2026, 9, 30, 16, 0, tzinfo=utc), 2569),
                      (datetime.datetime(2026, 9, 30, 18, 0, tzinfo=utc), 2570)):
        with mock.patch("django.utils.timezone.now", return_value=now):
            assert site_settings.assessment_year(ita) == year
