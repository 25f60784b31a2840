"""{% seo_meta as seo %}: the head metadata of the page being rendered (seo/head_meta.html)."""

from django import template

from wagtail_govstandard.seo import meta

register = template.Library()


@register.simple_tag(takes_context=True)
def seo_meta(context):
    return meta.for_context(context)
