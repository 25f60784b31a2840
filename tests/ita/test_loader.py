"""Frameworks as data: a file is found, parsed and validated; a bad file is refused with the
file and the fault named; a site's folder adds or replaces years."""

import json
import shutil

import pytest

from wagtail_govstandard.ita import loader, periods


def write(folder, name, data):
    path = folder / f"{name}.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def fixture_data(fixture_frameworks):
    return json.loads((fixture_frameworks / "test_oit_2599.json").read_text(encoding="utf-8"))


def test_a_settings_folder_adds_a_framework(fixture_frameworks):
    framework = loader.get("test_oit_2599")
    assert (framework.scheme, framework.fiscal_year, framework.assessor) == ("OIT", 2599, "nacc")
    assert [item.code for item in framework.items] == ["T1", "T2"]
    single, monthly = framework.items
    # An item with answers gets one evidence sub-item of its own code and period.
    assert [(e.code, e.period) for e in single.evidence] == [("T1", periods.STANDING)]
    assert [(e.code, e.period) for e in monthly.evidence] == [("T2.1", "monthly"), ("T2.2", "standing")]
    assert monthly.evidence[1].answers[0].min_count == 5
    assert monthly.evidence[0].answers[0].key == "category:news:pr"
    assert framework.unverified_count == 1
    assert [(g.code, [i.code for i in items]) for g, items in framework.grouped()] == [("basic", ["T1", "T2"])]


def test_titles_follow_the_language(fixture_frameworks):
    from django.utils import translation
    item = loader.get("test_oit_2599").items[0]
    with translation.override("th"):
        assert item.title == "ผู้บริหาร"
    with translation.override("en"):
        assert item.title == "Executives"


def test_without_the_setting_the_fixture_is_not_there(settings):
    settings.WAGTAILGOVSTANDARD_ITA_FRAMEWORK_DIRS = []
    with pytest.raises(KeyError):
        loader.get("test_oit_2599")


def test_a_changed_file_is_read_again(fixture_frameworks, tmp_path, settings):
    data = fixture_data(fixture_frameworks)
    path = write(tmp_path, "test_oit_2599", data)
    settings.WAGTAILGOVSTANDARD_ITA_FRAMEWORK_DIRS = [str(tmp_path)]
    assert loader.get("test_oit_2599").items[0].title_en == "Executives"
    data["items"][0]["title_en"] = "Executives of the agency"
    path.write_text(json.dumps(data) + " " * 3, encoding="utf-8")
    assert loader.get("test_oit_2599").items[0].title_en == "Executives of the agency"


def test_a_later_folder_replaces_the_same_id(fixture_frameworks, tmp_path, settings):
    data = fixture_data(fixture_frameworks)
    data["title_en"] = "Replaced"
    write(tmp_path, "test_oit_2599", data)
    settings.WAGTAILGOVSTANDARD_ITA_FRAMEWORK_DIRS = [str(fixture_frameworks), str(tmp_path)]
    assert loader.get("test_oit_2599").title_en == "Replaced"


BAD = [
    (lambda d: d["items"].append(dict(d["items"][0])), "item code 'T1' appears twice"),
    (lambda d: d["items"][0]["answers"][0].update(category="nope"), "'nope' is not in the category registry"),
    (lambda d: d["items"][0].update(period="weekly"), "period 'weekly' is not one of"),
    (lambda d: d["items"][1]["evidence"][0]["answers"][0].update(kind="nope"), "kind 'nope' is not a kind"),
    (lambda d: d["items"][0]["answers"][0].update(generated="annual_report"), "exactly one of"),
    (lambda d: d["items"][0]["answers"][0].update(min_count=10**9), "'min_count' must be a whole number"),
    (lambda d: d["items"][0]["answers"][0].update(min_count=True), "'min_count' must be a whole number"),
    (lambda d: d["items"][0].update(group="other"), "group 'other' is not declared"),
    (lambda d: d["items"][0].update(evidence=[]), "either 'evidence'"),
    (lambda d: d["items"][0].update(colour="red"), "unknown key(s) colour"),
    (lambda d: d.update(id="other"), "must equal the file name"),
    (lambda d: d["items"][0].update(title_th="a\x00b"), "'title_th' must be a non-empty text"),
    (lambda d: d["items"][1]["evidence"].append(dict(d["items"][1]["evidence"][0])), "evidence code 'T2.1' appears twice"),
    (lambda d: d.update(items="x"), "'items' must be a non-empty list"),
    (lambda d: d.update(fiscal_year="2599"), "'fiscal_year' must be a whole number"),
]


@pytest.mark.parametrize("spoil, message", BAD)
def test_a_bad_file_is_refused_naming_the_fault(fixture_frameworks, tmp_path, spoil, message):
    data = fixture_data(fixture_frameworks)
    spoil(data)
    path = write(tmp_path, "test_oit_2599", data)
    with pytest.raises(loader.FrameworkError) as error:
        loader.load_file(path)
    assert message in str(error.value) and str(path) in str(error.value)


@pytest.mark.parametrize("content", [b"\xff\xfe", b"{", b"[" * 100000 + b"]" * 100000, b"[]", b"null"])
def test_hostile_bytes_are_refused(tmp_path, content):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(loader.FrameworkError):
        loader.load_file(path)


def test_a_huge_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "huge.json"
    path.write_bytes(b" " * (loader.MAX_FILE_BYTES + 1))
    with pytest.raises(loader.FrameworkError, match="larger than"):
        loader.load_file(path)


def test_the_fixture_folder_is_copyable(fixture_frameworks, tmp_path, settings):
    """A new year is one file: copy a framework under a new name and id, it is listed."""
    data = fixture_data(fixture_frameworks)
    data.update(id="test_oit_2600", fiscal_year=2600)
    write(tmp_path, "test_oit_2600", data)
    shutil.copy(fixture_frameworks / "test_oit_2599.json", tmp_path)
    settings.WAGTAILGOVSTANDARD_ITA_FRAMEWORK_DIRS = [str(tmp_path)]
    assert {"test_oit_2599", "test_oit_2600"} <= set(loader.frameworks())
    assert [f.id for f in loader.for_year({"test_oit_2600", "test_oit_2599"}, 2600)] == ["test_oit_2600"]


def test_a_broken_file_is_left_out_and_reported(fixture_frameworks, tmp_path, settings):
    (tmp_path / "broken_2599.json").write_text("{", encoding="utf-8")
    settings.WAGTAILGOVSTANDARD_ITA_FRAMEWORK_DIRS = [str(fixture_frameworks), str(tmp_path)]
    assert "test_oit_2599" in loader.frameworks() and "broken_2599" not in loader.frameworks()
    assert any("broken_2599.json" in message for message in loader.errors())


def test_the_system_check_reports_a_broken_file(fixture_frameworks, tmp_path, settings):
    from wagtail_govstandard.ita import checks

    (tmp_path / "broken_2599.json").write_text("[]", encoding="utf-8")
    settings.WAGTAILGOVSTANDARD_ITA_FRAMEWORK_DIRS = [str(tmp_path)]
    found = checks.framework_files()
    assert [w.id for w in found if "broken_2599" in w.msg] == ["wagtail_govstandard.W101"]
