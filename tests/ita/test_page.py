"""The public ITA page: every item of its framework grouped by indicator, Thai titles, the live
URLs that answer each, "not yet published" where nothing does; printable; in the v3 API.
Replacing the framework file changes the page, the report and the API with no code change."""

import json

import pytest
from wagtail.models import Site

from tests.utils import bearer, make_content, make_index, make_user
from wagtail_govstandard import roles
from wagtail_govstandard.ita import loader
from wagtail_govstandard.models import ExecutivesPage, ItaPage, ItaSettings


@pytest.fixture
def framework_dir(fixture_frameworks, tmp_path, settings):
    """A writable copy of the fixture framework folder, the one the site reads."""
    (tmp_path / "test_oit_2599.json").write_bytes((fixture_frameworks / "test_oit_2599.json").read_bytes())
    settings.WAGTAILGOVSTANDARD_ITA_FRAMEWORK_DIRS = [str(tmp_path)]
    return tmp_path


@pytest.fixture
def ita_site(home, framework_dir):
    make_content(make_index(home, "general.executives"), ExecutivesPage, title="ทำเนียบผู้บริหาร")
    settings = ItaSettings.for_site(Site.objects.get(is_default_site=True))
    settings.frameworks, settings.assessment_year = ["test_oit"], 2599
    settings.save()
    page = ItaPage(title="ITA 2599", slug="ita-2599", framework_id="test_oit_2599")
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.mark.django_db
def test_the_page_lists_every_item_with_its_links(ita_site, client):
    html = client.get(ita_site.url).content.decode()
    assert 'data-item="T1" data-status="met"' in html and "ผู้บริหาร" in html
    assert 'href="http://localhost/general-executives/"' in html or "/general-executives/" in html
    assert 'data-item="T2" data-status="missing"' in html and "No information published yet" in html
    assert 'id="ita-group-basic"' in html and "Basic information" in html  # tests run in English
    assert "<button type=\"button\" data-print>" in html and "wagtail_govstandard/print.js" in html  # no inline onclick (CSP)


@pytest.mark.django_db
def test_every_link_of_the_page_answers(ita_site, client):
    report = ita_site.specific.report()
    urls = [link.url for row in report.items for link in row.links]
    assert urls
    for url in urls:
        # a one-item category's index goes straight to its item: the reader lands on a 200
        assert client.get(url, follow=True).status_code == 200, url


@pytest.mark.django_db
@pytest.mark.django_db
def test_the_page_in_thai(ita_site, client, thai_site):
    html = client.get(ita_site.url, HTTP_ACCEPT_LANGUAGE="th").content.decode()
    assert "ผู้บริหาร" in html and "ข้อมูลพื้นฐาน" in html and "ยังไม่มีข้อมูล" in html


@pytest.mark.django_db
def test_the_page_is_in_the_v3_api(ita_site, client):
    body = client.get(f"/api/v3/pages/{ita_site.pk}/").json()
    assert body["framework_id"] == "test_oit_2599"
    assert [(i["code"], i["status"]) for i in body["ita"]["items"]] == [("T1", "met"), ("T2", "missing")]


def _rewrite(folder, change):
    path = folder / "test_oit_2599.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False) + "\n", encoding="utf-8")


@pytest.mark.django_db
def test_replacing_the_framework_file_changes_page_report_and_api(ita_site, framework_dir, client):
    webmaster = make_user("wm", [roles.WEBMASTER])
    client.force_login(webmaster)

    def seen():
        page = client.get(ita_site.url).content.decode()
        report = client.get("/admin/govstandard/ita/evidence/").content.decode()
        api = client.get("/api/v3/govstandard/compliance/", headers=bearer(webmaster)).json()
        return page, report, [item["code"] for item in api["ita"][0]["items"]]

    page, report, api = seen()
    assert 'data-item="T1"' in page and 'data-item="T1"' in report and api == ["T1", "T2"]

    def new_year_list(data):
        data["items"] = [data["items"][1], {
            "code": "T9", "group": "basic", "period": "standing", "title_th": "ช่องทางร้องเรียนใหม่",
            "title_en": "New complaint channel", "answers": [{"category": "general.executives"}]}]
    _rewrite(framework_dir, new_year_list)
    page, report, api = seen()
    assert 'data-item="T1"' not in page and 'data-item="T9"' in page and "New complaint channel" in page
    assert 'data-item="T1"' not in report and 'data-item="T9"' in report
    assert api == ["T2", "T9"]


@pytest.mark.django_db
def test_a_page_whose_file_is_gone_says_so(ita_site, framework_dir, client):
    (framework_dir / "test_oit_2599.json").unlink()
    loader.clear_cache()
    response = client.get(ita_site.url)
    assert response.status_code == 200 and "not available" in response.content.decode()
