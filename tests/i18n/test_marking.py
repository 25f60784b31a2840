"""Runs of the other script inside mixed text get their own lang (a search excerpt, issue #12)."""

from wagtail_govstandard.i18n.marking import mark_runs


def test_each_run_of_the_other_script_gets_its_own_lang():
    marked = mark_runs("Promotion Group เปิดให้ &amp; บริการ <mark>Health</mark> and โรงพยาบาล agencies", "en")
    assert marked == ('Promotion Group <span lang="th">เปิดให้ &amp; บริการ </span><mark>Health</mark> and '
                      '<span lang="th">โรงพยาบาล </span>agencies')


def test_text_in_the_page_language_and_tags_are_left_alone():
    assert mark_runs("ค่าฝุ่น <mark>เกิน</mark> 2569", "th") == "ค่าฝุ่น <mark>เกิน</mark> 2569"
    assert mark_runs("<mark>PM</mark>2.5", "th") == '<mark><span lang="en">PM</span></mark>2.5'
