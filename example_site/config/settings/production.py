"""Production: every secret from the environment; several app servers share one DB and Redis."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    raise ImproperlyConfigured("Set the SECRET_KEY environment variable: production refuses to start without one.")
ALLOWED_HOSTS = [h.strip() for h in os.environ.get("ALLOWED_HOSTS", "").split(",") if h.strip()]
CSRF_TRUSTED_ORIGINS = [
    o.strip() for o in os.environ.get("CSRF_TRUSTED_ORIGINS", "").split(",") if o.strip()
]

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "1") == "1"
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
# The v3 API's OpenAPI schema and interactive docs (/api/v3/docs/, /api/v3/openapi.json) are a
# map for an attacker: off in production unless API_DOCS_ENABLED=1 (Wagtail's own setting).
WAGTAILAPI_DOCS_ENABLED = os.environ.get("API_DOCS_ENABLED", "0") == "1"

# Several app servers share uploads: point MEDIA_ROOT at shared storage (NFS mount or similar).
MEDIA_ROOT = os.environ.get("MEDIA_ROOT", str(MEDIA_ROOT))  # noqa: F405
STATIC_ROOT = os.environ.get("STATIC_ROOT", str(STATIC_ROOT))  # noqa: F405

# WhiteNoise serves the collected static files (no CDN, nothing from another host).
MIDDLEWARE = [MIDDLEWARE[0], "whitenoise.middleware.WhiteNoiseMiddleware", *MIDDLEWARE[1:]]  # noqa: F405

# A front cache (Varnish, example_site/varnish/govstandard.vcl) in front of the app servers:
# Wagtail's frontend_cache, with the package's Varnish backend (PURGE a URL, BAN a whole Site
# when the footer changes). The package purges after each commit (wagtail_govstandard.cache.purge).
INSTALLED_APPS = [*INSTALLED_APPS, "wagtail.contrib.frontend_cache"]  # noqa: F405
if os.environ.get("VARNISH_URL"):
    WAGTAILFRONTENDCACHE = {
        "varnish": {"BACKEND": "wagtail_govstandard.cache.backends.VarnishBackend",
                    "LOCATION": os.environ["VARNISH_URL"]},
    }

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
}

# PostgreSQL: psycopg prepares what a server-binding cursor runs five times on a connection (the
# queue's ticket issue, then parsed and planned once; Django's own cursor binds on the client and
# prepares nothing), and connections are kept. DB_PREPARE_THRESHOLD=off behind a pooler in
# transaction mode that does not keep prepared statements (PgBouncer before 1.21).
if DATABASES["default"]["ENGINE"].endswith("postgresql"):  # noqa: F405
    threshold = os.environ.get("DB_PREPARE_THRESHOLD", "5")
    DATABASES["default"].setdefault("OPTIONS", {})["prepare_threshold"] = (  # noqa: F405
        None if threshold == "off" else int(threshold))
    DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("CONN_MAX_AGE", "60"))  # noqa: F405
