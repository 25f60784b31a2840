"""The package's "Seed 2.2 approval" workflow on every site root of the demo (and its English
translation), last, once every site exists: editors submitting a page are offered it, not
Wagtail's default "Moderators approval" (`govstandard_setup --assign-workflow`)."""

from wagtail_govstandard.requests import setup


def load(ctx):
    _groups, _workflow, assigned = setup.run(assign=True)
    return assigned
