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
    # Take the visitor address from X-Forwarded-For (only behind a trusted proxy).
    "VISITS_TRUST_X_FORWARDED_FOR": False,
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
}


def get(name):
    """Return the setting WAGTAILGOVSTANDARD_<name>, or its default."""
    return getattr(settings, PREFIX + name, DEFAULTS[name])
