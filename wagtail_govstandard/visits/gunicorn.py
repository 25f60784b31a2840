"""gunicorn hook for the memory buffer: `worker_exit = wagtail_govstandard.visits.gunicorn.worker_exit`
in gunicorn.conf.py writes what a worker still holds when it stops (atexit does too; this is explicit)."""


def worker_exit(server, worker):
    from . import buffer

    buffer.flush()
