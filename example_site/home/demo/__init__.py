"""Demo data steps run in order by `manage.py load_demo`; each module has load(ctx), idempotent.

h1's content step comes first (home/demo/content.py); the lead merges the list."""

STEPS = [
    "home.demo.monitoring",
]
