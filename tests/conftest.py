import pytest

# The hooks that fail a proof skipped for a missing tool where the tools are required (CI).
from tests.required_tools import pytest_make_collect_report, pytest_runtest_makereport  # noqa: F401
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


@pytest.fixture(scope="module")
def demo_data(django_db_setup, django_db_blocker):
    """The demo as `load_demo` writes it, loaded once per module inside a transaction rolled back
    at the end (a module that needs it loaded differently defines its own)."""
    import io

    from django.core.management import call_command
    from django.db import transaction
    from django.test import override_settings

    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        with override_settings(DEBUG=True):
            call_command("load_demo", stdout=io.StringIO())
    yield
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        outer.__exit__(None, None, None)


@pytest.fixture
def demo(demo_data, db, client):
    return client

