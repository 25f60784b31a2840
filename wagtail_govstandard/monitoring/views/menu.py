"""Report menu items, shown to webmasters only (the views enforce it as well)."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem

from wagtail_govstandard import roles


class WebmasterMenuItem(MenuItem):
    def is_shown(self, request):
        return roles.is_webmaster(request.user)


MENU = (
    ("expiry", _("Expiry review"), "time", 1300),
    ("completeness", _("Completeness"), "tasks", 1310),
    ("annual", _("Annual monitoring report"), "doc-full", 1330),
    ("actions", _("Expiry actions"), "history", 1340),
    ("logins", _("Admin sign-ins"), "user", 1350),
)


def menu_item(name):
    label, icon, order = next(item[1:] for item in MENU if item[0] == name)
    return WebmasterMenuItem(label, reverse(f"govstandard_monitoring:{name}"),
                             name=f"govstandard-{name}", icon_name=icon, order=order)


def register_log_actions(log_actions):
    from wagtail_govstandard.monitoring.actions import LOG_EXTEND, LOG_REVIEWED, LOG_TAKE_DOWN

    log_actions.register_action(LOG_TAKE_DOWN, _("Take down"), _("Taken down (expiry review)"))
    log_actions.register_action(LOG_EXTEND, _("Extend publication"), _("Publication extended"))
    log_actions.register_action(LOG_REVIEWED, _("Mark reviewed"), _("Marked reviewed"))
