"""The automatic part of seed 3.2, run by `govstandard_expire` and the `expire_content` task:
take down expired items on sites that ask for it, and remind owners before an item ends."""

import datetime
import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from wagtail.models import Site

from wagtail_govstandard import conf
from wagtail_govstandard.content.dates import format_date, local_today
from wagtail_govstandard.content.models.pages import GovContentPage
from wagtail_govstandard.monitoring import actions
from wagtail_govstandard.monitoring.models import ExpiryReminder, MonitoringSettings

logger = logging.getLogger(__name__)


def site_items(site):
    return GovContentPage.objects.descendant_of(site.root_page, inclusive=True)


def take_down_expired(today=None):
    """Unpublish expired live items of every site whose settings allow it; returns the records.
    Idempotent: a taken-down item is no longer live, so a rerun finds nothing to do."""
    today = today or local_today()
    done = []
    for site in Site.objects.select_related("root_page"):
        settings_ = MonitoringSettings.for_site(site)
        if not settings_.auto_take_down:
            continue
        expired = site_items(site).filter(live=True, publication_end__lt=today).order_by("pk")
        for page in expired:
            try:
                done.append(actions.take_down(
                    page, reason=_("Publication ended on %(date)s.") % {
                        "date": format_date(page.publication_end)},
                    redirect=settings_.redirect_on_take_down, automatic=True, today=today,
                ))
            except actions.ActionRefused:
                continue  # taken down by someone else meanwhile
            logger.info("Took down page %s (ended %s)", page.pk, page.publication_end)
    return done


def owner_addresses(page):
    """The owning work group's address, else its heads' addresses."""
    group = page.owner_work_group
    if group is None or not group.active:
        return []
    if group.email:
        return [group.email]
    return sorted({head.email for head in group.heads.filter(is_active=True) if head.email})


def items_to_remind(today=None):
    today = today or local_today()
    last = today + datetime.timedelta(days=conf.get("EXPIRY_REMINDER_DAYS"))
    return (GovContentPage.objects.filter(live=True, publication_end__gte=today,
                                          publication_end__lte=last)
            .select_related("owner_work_group").order_by("publication_end", "pk"))


def send_reminders(today=None):
    """E-mail each item's owners once per publication end; returns the reminders sent."""
    sent = []
    for page in items_to_remind(today):
        if ExpiryReminder.objects.filter(page_id=page.pk, publication_end=page.publication_end).exists():
            continue
        recipients = owner_addresses(page)
        if not recipients:
            continue
        try:
            with transaction.atomic():
                reminder = ExpiryReminder.objects.create(
                    page_id=page.pk, publication_end=page.publication_end,
                    recipients=", ".join(recipients),
                )
        except IntegrityError:
            continue  # another run got there first
        _send_reminder(page, recipients)
        sent.append(reminder)
    return sent


def _send_reminder(page, recipients):
    context = {"page": page, "end": format_date(page.publication_end, style="long"),
               "url": page.full_url or "", "admin_base_url": getattr(settings, "WAGTAILADMIN_BASE_URL", "")}
    subject = _("Publication of “%(title)s” ends on %(date)s") % {
        "title": page.title, "date": context["end"]}
    body = render_to_string("wagtail_govstandard/monitoring/email/expiry_reminder.txt", context)
    send_mail(subject, body, None, recipients)


def run(today=None):
    """Both jobs; returns (take-downs, reminders)."""
    return take_down_expired(today), send_reminders(today)
