"""Demo data for `manage.py load_demo`: each module below has an idempotent `load(ctx)`.

Run in this order: content first, then the areas that build on it.
"""

STEPS = [
    "home.demo.content",
    "home.demo.requests",
    "home.demo.monitoring",
    "home.demo.statistics",
    "home.demo.queue",
    "home.demo.ita",
    "home.demo.theme",
    "home.demo.english",
    "home.demo.workflow",
]
