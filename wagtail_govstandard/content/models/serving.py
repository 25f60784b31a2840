"""Serving a public page in fewer queries, with Wagtail's rules unchanged.

Wagtail checks a page's view restrictions in two queries (the ancestors' alias sources, then
their restrictions); ServingMixin asks the same question in one. A category index finds the
item a URL names in one query of the item's own type (Wagtail takes two: the page row, then its
specific row), with its owner work group. Its files are read when its content is rendered, which
on most requests it is not (content_page.html keeps the rendered content, cache/fragments.py).
Nothing is cached here: every request reads the page and its restrictions afresh.
"""

from django.db.models import Prefetch
from django.db.models.functions import Coalesce

from wagtail_govstandard.content.models.base import BasePage


class ServingMixin:
    def get_view_restrictions(self):
        """The restrictions of this page and of each ancestor, an alias's being its source
        page's (Wagtail's rule), in one query."""
        from wagtail.models import PageViewRestriction

        steplen = self.steplen
        paths = [self.path[:end] for end in range(steplen, len(self.path) + 1, steplen)]
        checked = (
            BasePage.objects.filter(path__in=paths)
            .annotate(checked_id=Coalesce("alias_of_id", "id")).values("checked_id")
        )
        return PageViewRestriction.objects.filter(page_id__in=checked)


def attachments_prefetch():
    """The files of an item with their documents, in one query (page.attachments.all())."""
    from wagtail_govstandard.content.models.attachments import PageAttachment

    return Prefetch("attachments", queryset=PageAttachment.objects.select_related("document"))


def route_to_item(index, model, slug):
    """The live-or-not child of `index` with this slug when it is a `model`, else None; with
    its owner work group read in the same query."""
    try:
        item = model.objects.child_of(index).select_related("owner_work_group").get(slug=slug)
    except model.DoesNotExist:
        return None
    item._cached_parent_obj = index  # as Wagtail's route does: get_parent() needs no query
    return item
