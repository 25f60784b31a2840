"""The base of the package's snippet viewsets: their choosers answer 4xx to what Wagtail 8.0
answers with a 500.

- Wagtail mounts a chooser's `create/` route even when the chooser has no creation form (the
  default for snippets), and a GET or POST there raises AttributeError. The package's choosers
  have no create tab, so the route answers 404, as for any URL that offers nothing.
- `chosen-multiple/?id=` filters by whatever ids it is given: a number beyond the database's
  integer overflows. Ids that are not keys are left out, as unknown ids already are.
"""

from django.http import Http404
from wagtail.snippets.views.chooser import SnippetChooserViewSet, SnippetChosenMultipleView, SnippetCreateView
from wagtail.snippets.views.snippets import SnippetViewSet

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


class GovSnippetViewSet(SnippetViewSet):
    chooser_viewset_class = GovChooserViewSet
