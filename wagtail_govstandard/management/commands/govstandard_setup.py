"""Create (or complete) the role groups, their permissions and the seed 2.2 page workflow. Idempotent."""

from django.core.management.base import BaseCommand

from wagtail_govstandard.ita.setup import ensure_supervisor_group
from wagtail_govstandard.requests import setup


class Command(BaseCommand):
    help = "Create the information provider / work group head / webmaster groups and the page workflow."

    def add_arguments(self, parser):
        parser.add_argument(
            "--assign-workflow", action="store_true",
            help="Also use the workflow for every site's root page (pages without a workflow of their own).",
        )

    def handle(self, *args, assign_workflow=False, **options):
        groups, workflow, assigned = setup.run(assign=assign_workflow)
        groups = [*groups, ensure_supervisor_group()]
        self.stdout.write("Groups: %s" % ", ".join(sorted(str(g) for g in groups)))
        self.stdout.write("Workflow: %s (%d tasks)" % (workflow.name, workflow.workflow_tasks.count()))
        for page in assigned:
            self.stdout.write("Workflow assigned to: %s" % page)
