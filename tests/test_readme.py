"""The README documents every setting and every category of the registry."""

from pathlib import Path

from wagtail_govstandard import conf
from wagtail_govstandard.content import categories

README = (Path(__file__).resolve().parent.parent / "README.md").read_text()


def test_every_setting_is_documented():
    missing = [name for name in conf.DEFAULTS if conf.PREFIX + name not in README]
    assert not missing


def test_every_category_is_in_the_table():
    missing = [c.code for c in categories.CATEGORIES if "`%s`" % c.code not in README]
    assert not missing
