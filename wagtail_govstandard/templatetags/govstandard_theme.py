"""Tags of the theme's page frame: its settings, the alert banners in force, agency names."""

from django import template
from django.utils.translation import get_language
from wagtail.models import Site

from wagtail_govstandard.theme import alerts, palettes

register = template.Library()


@register.simple_tag(takes_context=True)
def govstandard_theme(context):
    """{% govstandard_theme as theme %}: the theme settings of the request's Site (None without one)."""
    from wagtail_govstandard.theme.models import ThemeSettings

    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    return ThemeSettings.for_public_site(site) if site is not None else None


@register.filter
def palette_class(theme):
    code = getattr(theme, "palette", None)
    return "palette-" + (code if code in palettes.PALETTES else palettes.DEFAULT)


@register.simple_tag(takes_context=True)
def alert_banners(context):
    """[(banner, message in the active language)] in force for this request."""
    request = context.get("request")
    if request is None:
        return []
    site = Site.find_for_request(request)
    language = get_language()
    return [(banner, banner.text_for(language)) for banner in alerts.active(site, request.path)]


@register.simple_tag
def agency_names(theme, site_name):
    """(Thai name, English name): the theme's, the Site's name standing in for a missing Thai one."""
    th = getattr(theme, "agency_name_th", "") or site_name
    en = getattr(theme, "agency_name_en", "")
    return th, en


@register.filter
def intcomma(value):
    """92976 -> 92,976 (Thai and English both group thousands with a comma)."""
    try:
        return f"{int(value):,}"
    except (TypeError, ValueError):
        return value
