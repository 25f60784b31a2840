"""The webmasters' home panel: expiry counts and the two-webmasters check (seed 3.1, 3.2)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component

from wagtail_govstandard import conf, roles
from wagtail_govstandard.content.models.pages import GovContentPage
from wagtail_govstandard.monitoring import completeness, expiry
from wagtail_govstandard.monitoring.views.expiry import RULE_LABELS


class MonitoringPanel(Component):
    name = "govstandard_monitoring"
    template_name = "wagtail_govstandard/monitoring/home_panel.html"
    order = 90

    def get_context_data(self, parent_context):
        counts = expiry.counts(GovContentPage.objects.all())
        webmaster_count = roles.webmasters().count()
        return {
            "counts": [(rule, RULE_LABELS[rule], counts[rule]) for rule in expiry.RULES],
            "soon_days": conf.get("EXPIRY_SOON_DAYS"),
            "webmaster_count": webmaster_count,
            "too_few_webmasters": webmaster_count < completeness.MIN_WEBMASTERS,
            "heading": _("Monitoring (guideline 3)"),
        }


def add_panel(request, panels):
    if roles.is_webmaster(request.user):
        panels.append(MonitoringPanel())
