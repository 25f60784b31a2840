"""gunicorn hook for the memory buffer: `worker_exit = wagtail_govstandard.statistics.visits.gunicorn.worker_exit`
in gunicorn.conf.py writes what a worker still holds when it stops (atexit does too; this is explicit)."""


def worker_exit(server, worker):
    from wagtail_govstandard.statistics.visits import buffer

    buffer.flush()
