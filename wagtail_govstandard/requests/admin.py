"""The request register in the admin, on wagtail-modeladmin (everything modeladmin-specific is here).

Moving to a SnippetViewSet later means replacing this one module: the views it points to
(create, detail) and the role rules live elsewhere.
"""

from django.contrib.admin import SimpleListFilter
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail_modeladmin.helpers import ButtonHelper, PermissionHelper
from wagtail_modeladmin.options import ModelAdmin

from wagtail_govstandard.content.dates import format_date
from wagtail_govstandard.requests import access, views
from wagtail_govstandard.requests.admin_lists import OfferedFiltersIndexView
from wagtail_govstandard.requests.models import PublicationRequest, WorkGroup


class WorkGroupFilter(SimpleListFilter):
    """By work group (slug); lists the groups of the requests the user may see."""

    title = _("work group")
    parameter_name = "work_group"

    def lookups(self, request, model_admin):
        groups = WorkGroup.objects.filter(
            pk__in=access.visible_requests(request.user).values("work_group")
        )
        return [(group.slug, group.name) for group in groups]

    def queryset(self, request, queryset):
        return queryset.filter(work_group__slug=self.value()) if self.value() else queryset


class RequestPermissionHelper(PermissionHelper):
    """Role rules, not model permissions: everyone in a role lists (their own scope), nobody edits in place."""

    def user_can_list(self, user):
        return access.can_file(user)

    def user_can_create(self, user):
        return access.can_file(user)

    def user_can_inspect_obj(self, user, obj):
        return access.can_view(user, obj)

    def user_can_edit_obj(self, user, obj):
        return False  # changes go through the actions (transitions), never a free edit

    def user_can_delete_obj(self, user, obj):
        return user.is_superuser


class RequestButtonHelper(ButtonHelper):
    """An inspect button and one button per action the user may take now."""

    def get_buttons_for_obj(self, obj, exclude=None, classnames_add=None, classnames_exclude=None):
        from django.urls import reverse

        buttons = super().get_buttons_for_obj(obj, exclude, classnames_add, classnames_exclude)
        for action in access.available_actions(self.request.user, obj):
            buttons.append({
                "url": reverse("wagtail_govstandard_requests:act", args=[obj.pk, action]),
                "label": str(views.ACTION_TITLES[action]),
                "classname": "button button-small button-secondary",
                "title": str(views.ACTION_TITLES[action]),
            })
        return buttons


class PublicationRequestAdmin(ModelAdmin):
    model = PublicationRequest
    index_view_class = OfferedFiltersIndexView
    menu_label = _("Publication requests")
    menu_icon = "form"
    menu_order = 250
    add_to_admin_menu = True
    inspect_view_enabled = True
    permission_helper_class = RequestPermissionHelper
    button_helper_class = RequestButtonHelper
    list_display = ("subject", "work_group", "requester_name", "status_label", "submitted_date",
                    "requested_category")
    list_filter = ("status", "approval_mode", WorkGroupFilter, "submitted_at", "requested_category")
    search_fields = ("subject", "details", "requester_name")
    ordering = ("-submitted_at",)
    list_per_page = 50

    def get_queryset(self, request):
        return access.visible_requests(request.user).select_related("work_group")

    def status_label(self, obj):
        return obj.status_display()

    status_label.short_description = _("status")

    def submitted_date(self, obj):
        return format_date(obj.submitted_at)

    submitted_date.short_description = _("submitted")

    def create_view(self, request):
        return views.create(request)

    def inspect_view(self, request, instance_pk):
        return views.detail(request, _request_pk(instance_pk))

    def edit_view(self, request, instance_pk):
        views.visible_or_404(request.user, _request_pk(instance_pk))  # hidden before refused
        return super().edit_view(request, instance_pk)

    def delete_view(self, request, instance_pk):
        views.visible_or_404(request.user, _request_pk(instance_pk))
        return super().delete_view(request, instance_pk)

    def history_view(self, request, instance_pk):
        """The detail view shows the full history, scoped by role like every other view."""
        return self.inspect_view(request, instance_pk)


def _request_pk(instance_pk):
    if not str(instance_pk).isdigit() or len(str(instance_pk)) > 18:
        raise Http404
    return int(instance_pk)


class WorkGroupAdmin(ModelAdmin):
    """Work groups (กลุ่มงาน), their heads and members: kept by webmasters (model permissions)."""

    model = WorkGroup
    index_view_class = OfferedFiltersIndexView
    menu_label = _("Work groups")
    menu_icon = "group"
    add_to_settings_menu = True
    list_display = ("name_th", "name_en", "slug", "active")
    list_filter = ("active",)
    search_fields = ("name_th", "name_en", "slug")
    form_fields_exclude = []
