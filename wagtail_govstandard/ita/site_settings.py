"""The ITA settings of a site (frameworks that apply, assessment year, agency and head), read
when called; None before the settings model exists for the site."""

from wagtail_govstandard.content.dates import fiscal_year, local_today


def for_site(site):
    from wagtail_govstandard.ita.models import ItaSettings

    return ItaSettings.for_site(site)


def assessment_year(ita_settings):
    """The year set, else the fiscal year of today in Asia/Bangkok (switching on 1 October)."""
    return (ita_settings.assessment_year if ita_settings else None) or fiscal_year(local_today())
