"""The menu and the header are cached with the site frame (content/versions.py): a change of the
theme settings (its ITA page, names, emblem), of an alert banner or of an image renews them."""

from django.db.models.signals import post_delete, post_save

from wagtail_govstandard.content import versions

DEFAULTS = ("agency_name_th", "agency_name_en", "emblem_id", "palette", "line_url", "facebook_url",
            "youtube_url", "x_url", "ita_page_id", "mourning_mode")


def _on_theme_change(sender, instance, created, **kwargs):
    # for_site() creates the row with defaults on a Site's first page view: nothing changed.
    if created and all(getattr(instance, name) == getattr(sender(), name) for name in DEFAULTS):
        return
    versions.bump()


def _on_change(sender, **kwargs):
    versions.bump()


def connect():
    from wagtail.images import get_image_model

    from wagtail_govstandard.theme.models import AlertBanner, ThemeSettings

    post_save.connect(_on_theme_change, sender=ThemeSettings, dispatch_uid="govstandard_theme_version")
    for model in (AlertBanner, get_image_model()):
        name = model.__name__
        post_save.connect(_on_change, sender=model, dispatch_uid=f"govstandard_theme_version_{name}")
        post_delete.connect(_on_change, sender=model, dispatch_uid=f"govstandard_theme_version_{name}_gone")
