"""The expiry review's actions (seed 3.2): take down, extend, mark reviewed.

Each is recorded twice: an ExpiryAction row (actor, time, reason; the annual report counts
these) and an entry in Wagtail's audit log on the page, so page history shows it too.
"""

import datetime

from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.actions.unpublish_page import UnpublishPageAction
from wagtail.log_actions import log

from wagtail_govstandard import conf
from wagtail_govstandard.content import categories
from wagtail_govstandard.content.dates import local_today
from wagtail_govstandard.content.models.pages import CategoryIndexPage, GovContentPage
from wagtail_govstandard.monitoring.models import ExpiryAction

LOG_TAKE_DOWN = "wagtail_govstandard.take_down"
LOG_EXTEND = "wagtail_govstandard.extend"
LOG_REVIEWED = "wagtail_govstandard.reviewed"
LOG_ACTIONS = {
    ExpiryAction.TAKE_DOWN: LOG_TAKE_DOWN, ExpiryAction.EXTEND: LOG_EXTEND,
    ExpiryAction.REVIEWED: LOG_REVIEWED,
}


class ActionRefused(ValueError):
    """The action does not apply to this item (e.g. already down); the message says why."""


def _record(page, action, actor, reason, automatic=False, **fields):
    record = ExpiryAction.objects.create(
        page_id=page.pk, page_title=page.title[:255], category=page.category, action=action,
        actor=actor, automatic=automatic, reason=reason, **fields,
    )
    data = {"reason": reason, "automatic": automatic}
    for key in ("old_date", "new_date"):
        if fields.get(key):
            data[key] = fields[key].isoformat()
    log(instance=page, action=LOG_ACTIONS[action], user=actor, data=data)
    return record


def category_index_for(page):
    """The live category index the item belongs to: its parent, else one on its site."""
    parent = page.get_parent()
    if parent and parent.specific_class is CategoryIndexPage and parent.live:
        return parent
    site = page.get_site()
    if site is None:
        return None
    return (CategoryIndexPage.objects.live().descendant_of(site.root_page)
            .filter(category=page.category).order_by("path").first())


def _redirect_to_index(page):
    """Redirect the item's URL to its category index; False when there is nowhere to go."""
    from wagtail.contrib.redirects.models import Redirect

    parts = page.get_url_parts()
    target = category_index_for(page)
    if not parts or not parts[2] or target is None:
        return False
    site_id, _root, path = parts
    old_path = Redirect.normalise_path(path)
    Redirect.objects.update_or_create(
        old_path=old_path, site_id=site_id,
        defaults={"redirect_page": target, "redirect_link": "", "is_permanent": False},
    )
    return True


@transaction.atomic
def take_down(page, actor=None, reason="", redirect=False, automatic=False, today=None):
    """Unpublish a live item. The webmaster role entitles the actor (seed 3.2), so Wagtail's
    per-page unpublish permission is not asked again."""
    page = GovContentPage.objects.select_for_update().get(pk=page.pk)
    if not page.live:
        raise ActionRefused(_("“%(title)s” is not live.") % {"title": page.title})
    redirect_created = bool(redirect) and _redirect_to_index(page)
    ended = bool(page.publication_end and page.publication_end < (today or local_today()))
    UnpublishPageAction(page, set_expired=ended, user=actor).execute(skip_permission_checks=True)
    return _record(page, ExpiryAction.TAKE_DOWN, actor, reason, automatic,
                   old_date=page.publication_end, redirect_created=redirect_created)


def _set_metadata(page, **fields):
    """Change metadata without publishing a revision: the live row by a queryset update, and
    the latest revision's copy, so the next edit does not bring the old value back."""
    GovContentPage.objects.filter(pk=page.pk).update(**fields)
    revision = page.latest_revision
    if revision is not None:
        revision.content.update({name: value.isoformat() for name, value in fields.items()})
        revision.save(update_fields=["content"])


@transaction.atomic
def extend(page, actor, new_end, reason, today=None):
    page = GovContentPage.objects.select_for_update().get(pk=page.pk)
    if new_end < (today or local_today()):
        raise ActionRefused(_("The new end date cannot be in the past."))
    if page.published_date and new_end < page.published_date:
        raise ActionRefused(_("The new end date cannot be before the publication date."))
    old = page.publication_end
    _set_metadata(page, publication_end=new_end)
    return _record(page, ExpiryAction.EXTEND, actor, reason, old_date=old, new_date=new_end)


def review_interval(category_code):
    category = categories.get(category_code) if categories.exists(category_code) else None
    default = category.review_days if category else 365
    return conf.get("REVIEW_DAYS").get(category_code, default)


@transaction.atomic
def mark_reviewed(page, actor, reason="", today=None):
    """Move review-by on by the category's review interval; content and live state untouched."""
    page = GovContentPage.objects.select_for_update().get(pk=page.pk)
    new = (today or local_today()) + datetime.timedelta(days=review_interval(page.category))
    old = page.review_by
    _set_metadata(page, review_by=new)
    return _record(page, ExpiryAction.REVIEWED, actor, reason, old_date=old, new_date=new)
