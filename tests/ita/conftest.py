from pathlib import Path

import pytest

from wagtail_govstandard.ita import loader

FIXTURES = Path(__file__).resolve().parent / "frameworks"


@pytest.fixture
def fixture_frameworks(settings):
    """The test folder of framework files added to the shipped ones."""
    settings.WAGTAILGOVSTANDARD_ITA_FRAMEWORK_DIRS = [str(FIXTURES)]
    yield FIXTURES
    loader.clear_cache()
