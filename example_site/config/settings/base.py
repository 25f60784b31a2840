"""Settings shared by the example site's dev, test and production settings."""

import datetime
import os
from pathlib import Path

import dj_database_url

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

INSTALLED_APPS = [
    "home",
    "wagtail_govstandard",
    "wagtail_govstandard.queue",
    "wagtail_modeladmin",
    "simple_history",
    "wagtail.api.v2",
    "wagtail.api.v3",
    "ninja",
    "rest_framework",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales: the admin's Locales screen, with sync
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "axes",
    "csp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Content-Security-Policy on every response (issue #11; config/csp.py, CONTENT_SECURITY_POLICY).
    "config.csp.SiteCSPMiddleware",
    # Anonymous GETs of public pages: Cache-Control public + ETag, for a front cache (issue 14).
    "wagtail_govstandard.cache.headers.PublicCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Public pages: the URL decides (Thai at /, English at /en/); admin and API: the cookie, then
    # the browser's Accept-Language, then Thai.
    "wagtail_govstandard.i18n.middleware.GovLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "wagtail_govstandard.statistics.visits.counting.VisitCounterMiddleware",
    # Locked-out sign-ins answer the lockout page (django-axes; keep it last).
    "axes.middleware.AxesMiddleware",
]

# --- Content-Security-Policy (django-csp, issue #11) ---
# Public pages: nothing from another host, no inline script or style (the package's templates
# keep their JavaScript and CSS in static files), no plugins, not framed by another site.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    },
}
# The Wagtail admin ships inline <script> blocks and style= attributes of its own: under these
# prefixes they are allowed (still from this host only; config/csp.py).
CSP_LOOSER_PREFIXES = ["/admin/", "/api/v3/docs/"]
CSP_LOOSER_DIRECTIVES = {
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
}

# --- brute-force protection of the admin sign-in (django-axes, issue #11) ---
# Failures are counted in the database (AccessAttempt rows), so every app server sees the same
# count; a user name + IP address pair is locked after AXES_FAILURE_LIMIT failures in a row,
# for AXES_COOLOFF_TIME, even with the right password. Another user from the same address, or
# the same user from another address, is not locked. Each attempt (locked ones too) is also a
# row of the package's sign-in records (monitoring/logins.py, Computer Crime Act s.26).
AUTHENTICATION_BACKENDS = [
    "config.axes_backend.WebSignInAxesBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = datetime.timedelta(minutes=30)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# The address as the sign-in records see it (REMOTE_ADDR; set it at the proxy).
AXES_CLIENT_IP_CALLABLE = "wagtail_govstandard.monitoring.logins.client_ip"
AXES_LOCKOUT_CALLABLE = "wagtail_govstandard.monitoring.lockout.locked_out"

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR.parent / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"

# SQLite by default; DATABASE_URL (postgres://...) switches to PostgreSQL.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or "sqlite:///" + str(BASE_DIR / "db.sqlite3"),
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "0")),
    )
}

REDIS_URL = os.environ.get("REDIS_URL")
if REDIS_URL:
    CACHES = {"default": {"BACKEND": "wagtail_govstandard.cache.redis.RedisCache", "LOCATION": REDIS_URL}}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

# Thai by default, with an English switch.
LANGUAGE_CODE = "th"
LANGUAGES = [("th", "ไทย"), ("en", "English")]
TIME_ZONE = "Asia/Bangkok"
USE_I18N = True
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_TZ = True
# Translated page trees (wagtail-localize): each Site's root page has one translation per locale.
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "static_collected"
STATIC_URL = "/static/"
MEDIA_ROOT = BASE_DIR / "media"
MEDIA_URL = "/media/"

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

WAGTAIL_SITE_NAME = "สำนักงานสาธารณสุขจังหวัดตัวอย่าง"
# No avatar images from a third party (Gravatar would learn who uses the admin, and when).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILDOCS_DOCUMENT_FORM_BASE = "wagtail_govstandard.content.document_forms.GovDocumentForm"
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# No WAGTAILAPI_BASE_URL: v2 builds detail_url from the request's Site (one value would name the
# wrong host for every other Site, and for the demo on another port).

# Pages count their views with a beacon (also when a front cache serves them), not the middleware.
WAGTAILGOVSTANDARD_VISITS_BEACON = True
WAGTAILGOVSTANDARD_PUBLIC_MAX_AGE = int(os.environ.get("PUBLIC_MAX_AGE", "300"))

TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "webmaster@example.go.th")
