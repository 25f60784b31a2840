"""Server-side role check shared by every monitoring view."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from wagtail.models import Site

from wagtail_govstandard import roles


class WebmasterRequiredMixin:
    """Only webmasters (and superusers) get past dispatch (seed 3: the webmaster monitors)."""

    def dispatch(self, request, *args, **kwargs):
        if not roles.is_webmaster(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


def chosen_site(request):
    """The site named by ?site=<id>, else the one serving the request, else the default."""
    site_id = request.GET.get("site")
    if site_id and site_id.isdigit():
        return get_object_or_404(Site.objects.select_related("root_page"), pk=site_id)
    site = Site.find_for_request(request) or Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site.objects.select_related("root_page").order_by("pk").first()
    return site
