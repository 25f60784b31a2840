"""The example site's test settings with a custom base page (WAGTAIL_PAGE_MODEL)."""

from config.settings.test import *  # noqa: F401,F403
from config.settings.test import INSTALLED_APPS

# The example's HomePage subclasses wagtail's Page, which a custom base page replaces.
INSTALLED_APPS = ["tests.content.custompage"] + [app for app in INSTALLED_APPS if app != "home"]
WAGTAIL_PAGE_MODEL = "custompage.CustomBasePage"

# Run beside the main suite (which holds test_<name>) without sharing its test database.
if DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3":  # noqa: F405
    DATABASES["default"]["TEST"] = {"NAME": "test_%s_custompage" % DATABASES["default"]["NAME"]}  # noqa: F405
