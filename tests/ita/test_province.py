"""The province view: supervisors and superusers see every Site (score, ITA items met, expiry,
webmasters, last publication, annual report), sortable and exportable, and in the API with
?site=all; a hospital's webmaster sees only the Site they are on; others are refused."""

import pytest
from wagtail.models import Site

from home.models import HomePage
from tests.utils import bearer, make_content, make_index, make_user
from wagtail_govstandard import roles
from wagtail_govstandard.ita import province
from wagtail_govstandard.models import ExecutivesPage, ItaSettings

URL = "/admin/govstandard/ita/province/"
API = "/api/v3/govstandard/compliance/"


@pytest.fixture
def two_sites(home):
    hospital_home = home.get_parent().add_child(instance=HomePage(title="โรงพยาบาลทดสอบ", slug="hospital-test"))
    hospital = Site.objects.create(hostname="hospital.localhost", root_page=hospital_home, site_name="โรงพยาบาลทดสอบ")
    make_content(make_index(hospital_home, "general.executives", slug="ex-h"), ExecutivesPage, title="ผอ.")
    for site in Site.objects.all():
        settings = ItaSettings.for_site(site)
        settings.frameworks, settings.assessment_year = ["moph_moit"], 2569
        settings.save()
    return Site.objects.get(is_default_site=True), hospital



@pytest.mark.django_db
@pytest.mark.parametrize("who", ["superuser", "supervisor"])
def test_supervisors_see_every_site(two_sites, client, who):
    user = make_user(who, superuser=who == "superuser", groups=() if who == "superuser" else [province.SUPERVISOR],
                     is_staff=True)
    if who == "supervisor":
        from django.contrib.auth.models import Permission
        user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'data-site="localhost"' in html and 'data-site="hospital.localhost"' in html
    assert html.count("MOIT 2569: 0/22") == 2  # neither answers a whole item yet


@pytest.mark.django_db
def test_a_hospital_webmaster_sees_only_their_site(two_sites, client):
    user = make_user("hw", [roles.WEBMASTER])
    client.force_login(user)
    response = client.get(URL, HTTP_HOST="hospital.localhost")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'data-site="hospital.localhost"' in html and 'data-site="localhost"' not in html
    assert client.get(API + "?site=all", headers={**bearer(user)}).status_code == 403


@pytest.mark.django_db
def test_a_provider_is_refused(two_sites, client):
    from django.contrib.auth.models import Permission

    provider = make_user("p", [roles.PROVIDER])
    provider.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(provider)
    refused = client.get(URL)  # Wagtail answers PermissionDenied in the admin with a redirect home
    assert refused.status_code == 302 and refused["Location"] == "/admin/"
    assert client.get(API + "?site=all", headers=bearer(provider)).status_code == 403


@pytest.mark.django_db
def test_sorting_and_export(two_sites, client):
    client.force_login(make_user("admin", superuser=True))
    rows = province.rows(make_user("sv", [province.SUPERVISOR]), None, sort="site")
    assert [r.name for r in rows] == sorted(r.name for r in rows)
    descending = province.rows(make_user("sv2", [province.SUPERVISOR]), None, sort="score", descending=True)
    assert [r.score for r in descending] == sorted((r.score for r in descending), reverse=True)
    csv = client.get(URL + "?export=csv")
    assert csv.status_code == 200
    text = b"".join(csv.streaming_content).decode() if csv.streaming else csv.content.decode()
    assert "hospital.localhost" in text and "localhost" in text
    assert client.get(URL + "?export=xlsx").status_code == 200


@pytest.mark.django_db
def test_the_api_lists_every_site_for_a_supervisor(two_sites, client):
    supervisor = make_user("sv", [province.SUPERVISOR])
    body = client.get(API + "?site=all", headers=bearer(supervisor)).json()
    assert {row["hostname"] for row in body["sites"]} == {"localhost", "hospital.localhost"}
    hospital = next(row for row in body["sites"] if row["hostname"] == "hospital.localhost")
    assert hospital["frameworks"][0]["id"] == "moph_moit_2569" and hospital["frameworks"][0]["total"] == 22


@pytest.mark.django_db
@pytest.mark.parametrize("value", ["al", "-1", "1e9", "99999999999999999999", "all\x00"])
def test_a_bad_site_parameter_is_a_4xx(two_sites, client, value):
    webmaster = make_user("wm", [roles.WEBMASTER])
    response = client.get(API, {"site": value}, headers=bearer(webmaster))
    assert response.status_code == 404 and response["Content-Type"].startswith("application/")
