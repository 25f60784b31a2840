"""Every WAGTAILGOVSTANDARD_* setting with its default, read when called (never cached at import)."""

from django.conf import settings

PREFIX = "WAGTAILGOVSTANDARD_"

DEFAULTS = {
    # Uploads (seed 2.2.3: "file format not allowed"): extensions whose *content* is accepted.
    "UPLOAD_ALLOWED_TYPES": [
        "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx",
        "odt", "ods", "odp", "csv", "txt", "jpg", "jpeg", "png", "gif", "webp", "zip",
    ],
    "UPLOAD_MAX_BYTES": 20 * 1024 * 1024,
    # ZIP archives (and Office files, which are ZIPs) are listed: at most this many entries and
    # this many bytes once unpacked, nested archives included (content.inspection).
    "UPLOAD_ARCHIVE_MAX_ENTRIES": 1000,
    "UPLOAD_ARCHIVE_MAX_BYTES": 200 * 1024 * 1024,
    # A ClamAV daemon that scans every upload (content.virus_scan): "unix:/run/clamav/clamd.ctl"
    # or "tcp:127.0.0.1:3310"; None: no scan. Seconds to wait for its answer.
    "UPLOAD_CLAMD_SOCKET": None,
    "UPLOAD_CLAMD_TIMEOUT": 30,
    # Buddhist-era date style: "long" (30 เมษายน 2562), "short" (30 เม.ย. 2562);
    # THAI_DIGITS renders digits as ๐-๙.
    "DATE_STYLE": "short",
    "THAI_DIGITS": False,
    # Days a new item stays published when its category sets no end; per-category overrides.
    "PUBLICATION_DAYS": {},
    # Days before a review-by date falls due; per-category overrides.
    "REVIEW_DAYS": {},
    "TIME_ZONE": "Asia/Bangkok",
    "INDEX_PAGE_SIZE": 20,
    "SEARCH_PAGE_SIZE": 20,
    # /favicon.ico: a static path; FAVICONS = {site hostname: static path} gives a site its own.
    "FAVICON": "wagtail_govstandard/theme/favicon.ico",
    "FAVICONS": {},
    # Cache (a CACHES alias) and lifetime in seconds of figures aggregated over many rows (counts
    # over the page tree, the site frame, survey results; see content_version): a change of what
    # they are read from renews them at once.
    "CONTENT_CACHE": "default",
    "CONTENT_CACHE_SECONDS": 300,
    # The header and footer of public pages kept as rendered HTML per Site, language and content
    # version (cache/fragments.py): True, False, or None = on unless DEBUG.
    "FRAME_CACHE": None,
    # --- front cache (issue 14) ---
    # max-age of `Cache-Control: public` on anonymous GETs of public pages (cache.headers).
    "PUBLIC_MAX_AGE": 300,
    # Pages count their views with a beacon (sendBeacon, <noscript> pixel) instead of the
    # middleware, so a page served from a front cache is counted too (cache.beacon).
    "VISITS_BEACON": False,
    # Page types purged from the front cache on every content change of their site (they show
    # figures or lists over the whole site); "app_label.ModelName".
    "PURGE_ALSO_TYPES": ["wagtail_govstandard.SitemapPage", "wagtail_govstandard.StatisticsPage",
                         "wagtail_govstandard.ItaPage"],
    # --- publication requests and workflow (seed 2.2) ---
    # Languages notices are written in; a recipient's Wagtail admin language picks one.
    "NOTICE_LANGUAGES": ["th", "en"],
    "NOTICE_DEFAULT_LANGUAGE": "th",
    # A failed e-mail is retried (govstandard_send_notices) until this many attempts.
    "NOTICE_MAX_ATTEMPTS": 5,
    # Base of the admin links in notices; defaults to WAGTAILADMIN_BASE_URL.
    "ADMIN_BASE_URL": None,
    # Name of the Wagtail workflow govstandard_setup creates for pages drafted directly.
    "WORKFLOW_NAME": "Seed 2.2 approval",
    # --- monitoring (seed 3) ---
    # The expiry review lists items ending within this many days.
    "EXPIRY_SOON_DAYS": 14,
    # Owners are e-mailed this many days before an item's publication end (once per end date).
    "EXPIRY_REMINDER_DAYS": 14,
    # Days login records, audit log entries and request history are kept (floor: 90, CCA s.26).
    "AUDIT_RETENTION_DAYS": 90,
    # Item URLs listed per category in the ITA evidence table (besides the category index).
    "ITA_EVIDENCE_ITEMS": 5,
    # --- the ITA year (ita/) ---
    # Folders of extra framework files (JSON, one per assessor, year, agency kind); a file
    # whose name matches a shipped one replaces it.
    "ITA_FRAMEWORK_DIRS": [],
    # --- visit statistics and satisfaction survey (seed 1.10) ---
    # Count server-rendered page views (the middleware) and API visit posts.
    "VISITS_ENABLED": True,
    # Where counted views wait before reaching the roll-ups: "memory" (per process, flushed by
    # a background thread and at exit) or "redis" (shared, survives restarts; flushed by
    # `manage.py govstandard_flush_visits` or the flush_visits task).
    "VISITS_BUFFER": "memory",
    # Redis URL of the "redis" buffer; None: the REDIS_URL setting.
    "VISITS_REDIS_URL": None,
    # Seconds between background flushes of the memory buffer; 0: no thread (flush explicitly).
    "VISITS_FLUSH_INTERVAL": 5,
    # Flush early once this many views wait in the memory buffer.
    "VISITS_FLUSH_BATCH": 5000,
    # Honour Do Not Track (DNT: 1) and Global Privacy Control (Sec-GPC: 1).
    "VISITS_RESPECT_DNT": True,
    # Take the visitor address from X-Forwarded-For (only behind a trusted proxy): True means one
    # proxy; VISITS_TRUSTED_PROXIES gives their number. The address used is the one the outermost
    # trusted proxy added (counted from the right), never the client-supplied leftmost one.
    "VISITS_TRUST_X_FORWARDED_FOR": False,
    "VISITS_TRUSTED_PROXIES": 0,
    # Unique visitors one IP address may add per site per day (rotating the User-Agent makes a
    # new visitor hash, not a new address); page views over it are not counted.
    "VISITS_MAX_VISITORS_PER_IP_PER_DAY": 200,
    # User agents not counted (case-insensitive substrings).
    "VISITS_BOT_AGENTS": [
        "bot", "crawl", "spider", "slurp", "facebookexternalhit", "preview", "monitor",
        "curl/", "wget", "python-requests", "httpx", "headless", "lighthouse", "pingdom",
        "uptime", "feedfetcher", "bingpreview", "mediapartners",
    ],
    # Seconds the public figures (template tag, /stats/ API) are cached.
    "STATS_CACHE_SECONDS": 60,
    # Longest survey comment, in characters; biggest survey post body, in bytes.
    "SURVEY_COMMENT_MAX_CHARS": 2000,
    "SURVEY_MAX_BODY_BYTES": 64 * 1024,
    # Survey answers accepted per visitor (daily hash) per survey per day.
    "SURVEY_DAILY_LIMIT_PER_VISITOR": 5,
    # Survey answers accepted per IP address per survey per day, whatever the User-Agent.
    "SURVEY_DAILY_LIMIT_PER_IP": 20,
}


def get(name):
    """Return the setting WAGTAILGOVSTANDARD_<name>, or its default."""
    return getattr(settings, PREFIX + name, DEFAULTS[name])
