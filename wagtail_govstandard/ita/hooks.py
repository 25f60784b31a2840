"""The ITA year's admin registrations: its URLs and its two report menu items."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from wagtail_govstandard import roles
from wagtail_govstandard.ita import admin_urls, province


class ItaMenuItem(MenuItem):
    def is_shown(self, request):
        return roles.is_webmaster(request.user) or province.is_supervisor(request.user)


@hooks.register("register_admin_urls")
def register_ita_urls():
    return [path("govstandard/ita/", include(admin_urls, namespace="wagtail_govstandard_ita"))]


@hooks.register("register_reports_menu_item")
def register_evidence_menu_item():
    return ItaMenuItem(_("ITA evidence"), reverse("wagtail_govstandard_ita:evidence"),
                       name="govstandard-ita", icon_name="link", order=1320)


@hooks.register("register_reports_menu_item")
def register_province_menu_item():
    return ItaMenuItem(_("Province view"), reverse("wagtail_govstandard_ita:province"),
                       name="govstandard-province", icon_name="site", order=1360)
