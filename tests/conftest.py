import pytest

from tests.utils import make_home


@pytest.fixture
def home(db):
    return make_home()


@pytest.fixture
def thai_site(settings, db):
    """The example site as configured for readers: Thai first (tests default to English), its
    content in the Thai locale (the test database's default locale follows LANGUAGE_CODE "en")."""
    from wagtail.models import Locale

    settings.LANGUAGE_CODE = "th"
    if not Locale.objects.filter(language_code="th").exists():
        Locale.objects.filter(language_code="en").update(language_code="th")
