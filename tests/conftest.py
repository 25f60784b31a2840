import pytest

from tests.utils import make_home


@pytest.fixture
def home(db):
    return make_home()


@pytest.fixture
def thai_site(settings, db):
    """The example site as configured for readers: Thai first (tests default to English), its
    content in the Thai locale (the test database's default locale follows LANGUAGE_CODE "en")."""
    from django.urls import clear_url_caches
    from wagtail.models import Locale, Site

    from wagtail_govstandard.content import versions

    settings.LANGUAGE_CODE = "th"
    if not Locale.objects.filter(language_code="th").exists():
        Locale.objects.filter(language_code="en").update(language_code="th")
    # The resolver caches each language's URL prefix as it was when first reversed: with Thai
    # the default, English gets its /en/ prefix (and back again after the test); the site root
    # paths name each root's language.
    clear_url_caches()
    Site.clear_site_root_paths_cache()
    versions.bump(versions.LOCALES)  # the locale codes are cached; the update above sent no signal
    yield
    clear_url_caches()
    Site.clear_site_root_paths_cache()
