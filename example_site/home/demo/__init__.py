"""Demo data for `manage.py load_demo`: each module below has an idempotent `load(ctx)`.

Run in this order. Other areas add one line each (requests, monitoring, statistics).
"""

STEPS = [
    "home.demo.content",
    "home.demo.statistics",
]
