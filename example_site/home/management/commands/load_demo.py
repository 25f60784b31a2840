"""manage.py load_demo: the demo site of a provincial public health office, every category filled.

Runs only with DEBUG on (it creates users with a published password). Idempotent: run it again
and nothing is duplicated. Each module of home.demo.STEPS gets the same ctx (see foundation).
"""

import importlib

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from home import demo
from home.demo import foundation


class Command(BaseCommand):
    help = "Load the demo content and one demo user per role (DEBUG only)."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError(
                "load_demo refuses to run with DEBUG off: it creates users with a published "
                "password. Use it on a development machine only (config.settings.dev)."
            )
        self.stdout.write(self.style.WARNING(
            "Demo users: %s — password for all: %s"
            % (", ".join(foundation.USERS), foundation.PASSWORD)
        ))
        with transaction.atomic():
            ctx = foundation.prepare(stdout=self.stdout)
        for module_name in demo.STEPS:
            with transaction.atomic():
                importlib.import_module(module_name).load(ctx)
            self.stdout.write("  loaded %s" % module_name)
        self.stdout.write(self.style.SUCCESS("Demo ready at %s" % ctx["site"].root_url))
