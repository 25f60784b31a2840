"""Serving a public page in fewer queries, with Wagtail's rules unchanged.

Wagtail checks a page's view restrictions in two queries (the ancestors' alias sources, then
their restrictions); ServingMixin asks the same question in one. A category index finds the
item a URL names in one query of the item's own type (Wagtail takes two: the page row, then its
specific row), with its owner work group. Its files are read when its content is rendered, which
on most requests it is not (content_page.html keeps the rendered content, cache/fragments.py).
A Site's root page with CachedRoutingMixin remembers which page a URL names (its id and type,
never the page itself), so a page at any depth is read in one query. Every request reads the
page and its restrictions afresh.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Prefetch
from django.db.models.functions import Coalesce
from wagtail.url_routing import RouteResult

from wagtail_govstandard.content import versions
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


class CachedRoutingMixin:
    """For a Site's root page type. Wagtail finds the page a URL names one level at a time, one or
    two queries a level (a news item: three). This keeps each route found (the page's id and
    type) under the "pages" version token, which any page saved, moved or deleted renews, so a
    route never outlives a change of the tree; the page is then read by its id in one query.
    Kept only for routes that end on a page itself: a RoutablePageMixin sub-route, a 404 or a
    page no longer live goes Wagtail's way. Route overrides below the root must depend on the
    tree only, not on the request (a route is shared by every request for its URL)."""

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        routed = []

        def find():
            result = super(CachedRoutingMixin, self).route(request, path_components)
            routed.append(result)
            page, args, kwargs = result
            return None if args or kwargs else (page.pk, page.content_type_id)

        found = versions.cached("route", (self.pk, *path_components), find)
        if routed:  # found just now, the full way
            return routed[0]
        page = _page_by_id(*found)
        if page is None or not page.live:
            return super().route(request, path_components)
        if page.depth == self.depth + 1:
            page._cached_parent_obj = self  # as Wagtail's route does: get_parent() needs no query
        return RouteResult(page)


def _page_by_id(page_id, content_type_id):
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    try:
        return model.objects.get(pk=page_id) if model is not None else None
    except model.DoesNotExist:
        return None
