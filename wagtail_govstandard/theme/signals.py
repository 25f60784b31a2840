"""The menu is cached with the site frame: a change of the theme settings (its ITA page) renews it."""

from django.db.models.signals import post_save

from wagtail_govstandard.content import versions


def _on_theme_change(sender, instance, created, **kwargs):
    # for_site() creates the row with defaults on a Site's first page view: no ITA page, no change.
    if created and instance.ita_page_id is None:
        return
    versions.bump()


def connect():
    from wagtail_govstandard.theme.models import ThemeSettings

    post_save.connect(_on_theme_change, sender=ThemeSettings, dispatch_uid="govstandard_theme_version")
