"""Admin registrations of the theme: the alert banner snippet (the settings register themselves)
and the package's admin stylesheet."""

from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.text import capfirst
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from wagtail_govstandard.content.date_columns import ReaderDateColumn
from wagtail_govstandard.content.snippets import GovSnippetViewSet
from wagtail_govstandard.theme.models import AlertBanner


def shown_date(name):
    return ReaderDateColumn(name, label=capfirst(AlertBanner._meta.get_field(name).verbose_name))


class AlertBannerViewSet(GovSnippetViewSet):
    model = AlertBanner
    icon = "warning"
    list_display = ["message", "level", shown_date("starts_at"), shown_date("ends_at"), "site", "path_pattern"]
    list_filter = ["level", "site"]


register_snippet(AlertBannerViewSet)


@hooks.register("insert_global_admin_css")
def admin_stylesheet():
    """The package's admin stylesheet on every admin view (its reports, lists and forms)."""
    return format_html('<link rel="stylesheet" href="{}">', static("wagtail_govstandard/admin/admin.css"))

