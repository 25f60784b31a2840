"""Settings of the benchmarks: the example site, DEBUG off, PostgreSQL kept open, a trivial view."""

import os
from pathlib import Path

from config.settings.dev import *  # noqa: F401,F403
from config.settings.dev import DATABASES, TEMPLATES

DEBUG = False
ALLOWED_HOSTS = ["*"]
ROOT_URLCONF = "bench.urls"
DATABASES["default"]["CONN_MAX_AGE"] = 600
# Prepared statements, as the README's queue setup recommends without a transaction-mode pooler:
# the ticket issue's statement is then parsed and planned once per connection (queue/prepared.py).
DATABASES["default"].setdefault("OPTIONS", {})["prepare_threshold"] = 5
# The example site's base.html when it has one; else the tests' minimal one.
TEMPLATES[0]["DIRS"] = list(TEMPLATES[0]["DIRS"]) + [Path(__file__).resolve().parent.parent / "tests" / "templates"]
WAGTAILGOVSTANDARD_VISITS_BUFFER = os.environ.get("BENCH_VISITS_BUFFER", "memory")
WAGTAILGOVSTANDARD_VISITS_REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/9")
WAGTAILGOVSTANDARD_VISITS_FLUSH_INTERVAL = 1
LOGGING = {"version": 1, "disable_existing_loggers": False,
           "handlers": {"console": {"class": "logging.StreamHandler"}},
           "loggers": {"wagtail_govstandard": {"handlers": ["console"], "level": "WARNING"}}}
