"""The queue's registrations: admin URLs, its menu item, the service point snippets, and a new
board version when a board page is published (so TVs pick up a changed board)."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet

from wagtail_govstandard.content.snippets import GovSnippetViewSet
from wagtail_govstandard.queue import access, admin_urls, versions
from wagtail_govstandard.queue.models import ServicePoint
from wagtail_govstandard.queue.pages import BoardPage


class QueueMenuItem(MenuItem):
    def is_shown(self, request):
        return access.may_open_console(request.user) or access.may_read_statistics(request.user)


class ServicePointViewSet(GovSnippetViewSet):
    model = ServicePoint
    icon = "list-ol"
    menu_label = _("Service points")
    list_display = ["name_th", "prefix", "site", "sort_order"]
    list_filter = []


register_snippet(ServicePointViewSet)


@hooks.register("register_admin_urls")
def register_queue_urls():
    return [path("queue/", include(admin_urls, namespace="govstandard_queue_admin"))]


@hooks.register("register_admin_menu_item")
def register_queue_menu_item():
    return QueueMenuItem(_("Patient queue"), reverse("govstandard_queue_admin:index"), name="govstandard-queue",
                         icon_name="list-ol", order=450)


@hooks.register("after_publish_page")
def renew_board_version(request, page):
    if isinstance(page.specific, BoardPage):
        site = page.get_site()
        if site:
            versions.bump(site.pk)
