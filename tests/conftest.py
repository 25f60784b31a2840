import pytest

from tests.utils import make_home


@pytest.fixture
def home(db):
    return make_home()


@pytest.fixture
def thai_site(settings):
    """The example site as configured for readers: Thai first (tests default to English)."""
    settings.LANGUAGE_CODE = "th"
