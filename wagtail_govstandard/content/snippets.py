"""The base of the package's snippet viewsets: their choosers answer 4xx to what Wagtail 8.0
answers with a 500.

- Wagtail mounts a chooser's `create/` route even when the chooser has no creation form (the
  default for snippets), and a GET or POST there raises AttributeError. The package's choosers
  have no create tab, so the route answers 404, as for any URL that offers nothing.
- `chosen-multiple/?id=` filters by whatever ids it is given: a number beyond the database's
  integer overflows. Ids that are not keys are left out, as unknown ids already are.

And dates in the reader's calendar (B.E. in Thai): the editing form's date fields and the
history's date filter, where Wagtail's are Gregorian calendars.
"""

from django.http import Http404
from django.utils.translation import gettext_lazy
from wagtail.admin.views.generic.history import HistoryFilterSet
from wagtail.snippets.views.chooser import SnippetChooserViewSet, SnippetChosenMultipleView, SnippetCreateView
from wagtail.snippets.views.snippets import HistoryView, SnippetViewSet

from wagtail_govstandard.content.date_filters import BEDateFromToRangeFilter
from wagtail_govstandard.content.forms import GovSnippetForm

MAX_KEY = 2**63 - 1


class CreateOnlyWithForm(SnippetCreateView):
    def dispatch(self, request, *args, **kwargs):
        if self.get_creation_form_class() is None:
            raise Http404("This chooser creates nothing.")
        return super().dispatch(request, *args, **kwargs)


class ChosenMultipleKeysOnly(SnippetChosenMultipleView):
    def get_objects(self, pks):
        return super().get_objects([pk for pk in pks if pk.isdigit() and 0 < int(pk) <= MAX_KEY])


class GovChooserViewSet(SnippetChooserViewSet):
    create_view_class = CreateOnlyWithForm
    chosen_multiple_view_class = ChosenMultipleKeysOnly


class BEHistoryFilterSet(HistoryFilterSet):
    timestamp = BEDateFromToRangeFilter(label=gettext_lazy("Date"))


class BEHistoryView(HistoryView):
    filterset_class = BEHistoryFilterSet


class GovSnippetViewSet(SnippetViewSet):
    chooser_viewset_class = GovChooserViewSet
    history_view_class = BEHistoryView

    def get_edit_handler(self):
        """The model's panels, on GovSnippetForm unless a form class is named."""
        handler = super().get_edit_handler()
        if handler.base_form_class or hasattr(self.model, "base_form_class"):
            return handler
        return type(handler)(**{**handler.clone_kwargs(), "base_form_class": GovSnippetForm}).bind_to_model(self.model)
