"""Demo data steps run in order by `manage.py load_demo`; each module has an idempotent load(ctx)."""

STEPS = ["home.demo.requests"]
