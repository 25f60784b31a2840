import tempfile

from .base import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = "test-only"
ALLOWED_HOSTS = ["*"]
# Tests read English by default; Thai rendering is asserted where it matters (Accept-Language:
# th) and tests/test_thai_catalogue.py checks the catalogue is complete and compiled.
LANGUAGE_CODE = "en"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Files on disk in a throwaway folder, so documents are served as in production (Wagtail's
# serve view streams from the file's path, which an in-memory storage only pretends to have).
MEDIA_ROOT = tempfile.mkdtemp(prefix="govstandard-test-media-")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# The statistics tests count server-rendered views; tests/cache turns the beacon on.
WAGTAILGOVSTANDARD_VISITS_BEACON = False
WAGTAILGOVSTANDARD_VISITS_FLUSH_INTERVAL = 0  # tests flush the visit buffer explicitly
# The per-IP bounds (issue #11) count in the cache across tests that all post from 127.0.0.1;
# the tests of the bounds set their own small limits.
WAGTAILGOVSTANDARD_SURVEY_DAILY_LIMIT_PER_IP = 10**6
WAGTAILGOVSTANDARD_VISITS_MAX_VISITORS_PER_IP_PER_DAY = 10**6
