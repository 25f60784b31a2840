"""Read-only registers for webmasters: the expiry actions (take-downs, extensions, reviews) and
the admin sign-ins kept for the Computer Crime Act; filterable, exportable."""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import BooleanColumn, Column, UserColumn
from wagtail.admin.views.reports import ReportView

from wagtail_govstandard.content.date_columns import ReaderDateColumn
from wagtail_govstandard.content.date_filters import BEDateFromToRangeFilter
from wagtail_govstandard.exports import NeutralisedExportMixin
from wagtail_govstandard.monitoring.models import ExpiryAction, LoginRecord
from wagtail_govstandard.monitoring.views.access import WebmasterRequiredMixin


class ExpiryActionFilterSet(WagtailFilterSet):
    action = django_filters.ChoiceFilter(label=_("Action"), choices=ExpiryAction.ACTIONS)
    automatic = django_filters.BooleanFilter(label=_("Automatic"))
    at = BEDateFromToRangeFilter(label=_("Date"))

    class Meta:
        model = ExpiryAction
        fields = ["action", "automatic", "at"]


class ExpiryActionsView(WebmasterRequiredMixin, NeutralisedExportMixin, ReportView):
    model = ExpiryAction
    page_title = _("Expiry actions")
    header_icon = "history"
    filterset_class = ExpiryActionFilterSet
    index_url_name = "govstandard_monitoring:actions"
    index_results_url_name = "govstandard_monitoring:actions_results"
    export_filename = "expiry-actions"
    columns = [
        ReaderDateColumn("at", label=_("At")), Column("get_action_display", label=_("Action")),
        Column("page_title", label=_("Page")), UserColumn("actor", label=_("By")),
        BooleanColumn("automatic", label=_("Automatic")), Column("reason", label=_("Reason")),
        ReaderDateColumn("old_date", label=_("Date before")), ReaderDateColumn("new_date", label=_("Date after")),
    ]
    list_export = ["at", "action", "page_id", "page_title", "category", "actor", "automatic",
                   "reason", "old_date", "new_date", "redirect_created"]

    def get_queryset(self):
        self.queryset = ExpiryAction.objects.select_related("actor").order_by("-at", "-pk")
        return super().get_queryset()


class LoginRecordFilterSet(WagtailFilterSet):
    success = django_filters.BooleanFilter(label=_("Succeeded"))
    at = BEDateFromToRangeFilter(label=_("Date"))

    class Meta:
        model = LoginRecord
        fields = ["success", "at"]


class LoginRecordsView(WebmasterRequiredMixin, NeutralisedExportMixin, ReportView):
    model = LoginRecord
    page_title = _("Admin sign-ins")
    header_icon = "user"
    filterset_class = LoginRecordFilterSet
    index_url_name = "govstandard_monitoring:logins"
    index_results_url_name = "govstandard_monitoring:logins_results"
    export_filename = "admin-sign-ins"
    columns = [
        ReaderDateColumn("at", label=_("At")), Column("username", label=_("User name given")),
        BooleanColumn("success", label=_("Succeeded")), Column("ip_address", label=_("IP address")),
    ]
    list_export = ["at", "username", "user_id", "success", "ip_address"]

    def get_queryset(self):
        self.queryset = LoginRecord.objects.order_by("-at", "-pk")
        return super().get_queryset()
