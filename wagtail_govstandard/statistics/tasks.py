"""Background tasks (django_tasks) of seed 1.10."""

from django_tasks import task


@task()
def flush_visits():
    """Write buffered visits to the roll-ups and drop yesterday's salt and hashes."""
    from wagtail_govstandard.statistics.visits import buffer, identity

    written = buffer.flush()
    identity.purge_expired()
    return written
