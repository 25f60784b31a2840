"""Admin registrations of the theme: the alert banner snippet (the settings register themselves)."""

from wagtail.snippets.models import register_snippet

from wagtail_govstandard.content.snippets import GovSnippetViewSet
from wagtail_govstandard.theme.models import AlertBanner


class AlertBannerViewSet(GovSnippetViewSet):
    model = AlertBanner
    icon = "warning"
    list_display = ["message", "level", "starts_at", "ends_at", "site", "path_pattern"]
    list_filter = ["level", "site"]


register_snippet(AlertBannerViewSet)
