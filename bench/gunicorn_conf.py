"""gunicorn settings of the benchmark; worker_exit flushes the worker's visit buffer."""

from wagtail_govstandard.statistics.visits.gunicorn import worker_exit  # noqa: F401

worker_class = "sync"
