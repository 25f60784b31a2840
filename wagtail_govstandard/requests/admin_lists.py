"""The modeladmin list view, held to the filters it offers.

wagtail-modeladmin turns every query parameter it does not recognise into a database filter
(`?published_by__password__startswith=...` filtered on a related user's password hash, so a
provider could read a webmaster's hash one character at a time). Here the parameters the
declared list filters consume are applied and every other lookup is dropped; a value a declared
filter cannot read (`?submitted_at__gte=abc`) answers 400 with a message instead of a 500.
"""

from django.contrib.admin.options import IncorrectLookupParameters
from django.core.exceptions import ValidationError
from django.http import HttpResponseBadRequest
from django.utils.translation import gettext
from wagtail_modeladmin.views import IndexView

from wagtail_govstandard.exports import NeutralisedExportMixin


class OfferedFiltersIndexView(NeutralisedExportMixin, IndexView):
    def get_filters(self, request):
        filter_specs, has_filters, _unoffered, use_distinct = super().get_filters(request)
        return filter_specs, has_filters, {}, use_distinct

    def get_filters_params(self, params=None):
        # Only names a declared filter may consume reach the filters (and the lookup check that
        # raises on unknown fields): the rest is ignored, never applied.
        lookup_params = super().get_filters_params(params)
        offered = self.offered_parameters()
        return {key: value for key, value in lookup_params.items() if key in offered}

    def offered_parameters(self):
        if not hasattr(self, "_offered"):
            self._offered = set()
            for list_filter in self.list_filter or ():
                self._offered |= _parameters_of(list_filter, self)
        return self._offered

    def dispatch(self, request, *args, **kwargs):
        if any("\x00" in value for _name, values in request.GET.lists() for value in values):
            # A search or filter value PostgreSQL would refuse (NUL): the same 400 as any bad value.
            return HttpResponseBadRequest(gettext("A filter value of this list is not valid."),
                                          content_type="text/plain; charset=utf-8")
        try:
            response = super().dispatch(request, *args, **kwargs)
            return response.render() if hasattr(response, "render") and not response.is_rendered else response
        except (IncorrectLookupParameters, ValidationError, ValueError, OverflowError):
            return HttpResponseBadRequest(gettext("A filter value of this list is not valid."),
                                          content_type="text/plain; charset=utf-8")


def _parameters_of(list_filter, view):
    """The query parameter names one declared list filter reads."""
    from django.contrib.admin.filters import FieldListFilter
    from django.contrib.admin.utils import get_fields_from_path

    if isinstance(list_filter, type):  # a SimpleListFilter subclass
        return {list_filter.parameter_name}
    if isinstance(list_filter, (tuple, list)):
        field_path, filter_class = list_filter
        create = filter_class
    else:
        field_path, create = list_filter, FieldListFilter.create
    field = get_fields_from_path(view.model, field_path)[-1]
    spec = create(field, view.request, {}, view.model, view.model_admin, field_path=field_path)
    return set(spec.expected_parameters())
