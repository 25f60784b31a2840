"""Wagtail API v2: the pages endpoint with a ?category=CODE filter and each page's translations.

?locale=en is Wagtail's own filter (WAGTAIL_I18N_ENABLED)."""

from django.db.models import Q
from rest_framework.filters import BaseFilterBackend
from wagtail.api.v2.serializers import PageSerializer
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet

from wagtail_govstandard.content import categories
from wagtail_govstandard.i18n.api import PageTranslationsField


class CategoryFilter(BaseFilterBackend):
    """?category=news: content pages and index pages of that category."""

    def filter_queryset(self, request, queryset, view):
        code = request.GET.get("category")
        if code is None:
            return queryset
        if not categories.exists(code):
            raise BadRequestError("category: unknown code %r" % code)
        if hasattr(queryset.model, "category"):
            return queryset.filter(category=code)
        return queryset.filter(
            Q(govcontentpage__category=code) | Q(categoryindexpage__category=code)
        )


class GovPageSerializer(PageSerializer):
    translations = PageTranslationsField(read_only=True)


class GovPagesAPIViewSet(PagesAPIViewSet):
    base_serializer_class = GovPageSerializer
    filter_backends = [CategoryFilter, *PagesAPIViewSet.filter_backends]
    known_query_parameters = PagesAPIViewSet.known_query_parameters.union(["category"])
    meta_fields = PagesAPIViewSet.meta_fields + ["translations"]
    listing_default_fields = PagesAPIViewSet.listing_default_fields + ["locale", "translations"]
