"""Background form of `govstandard_expire`, for projects that run a django_tasks worker."""

from django_tasks import task

from wagtail_govstandard.monitoring import automatic


@task()
def expire_content():
    """Take down expired items (per site setting) and send the reminders; returns the counts."""
    taken_down, reminders = automatic.run()
    return {"taken_down": len(taken_down), "reminders": len(reminders)}
