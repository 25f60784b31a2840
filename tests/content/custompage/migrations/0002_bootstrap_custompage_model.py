# A base page model for the WAGTAIL_PAGE_MODEL test, after wagtail.test.basepage.

from django.db import migrations

from wagtail.models import BootstrapLocaleField, BootstrapTranslatableModel, BootstrapTranslationKeyField


class Migration(migrations.Migration):

    dependencies = [
        ("custompage", "0001_initial"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [
        BootstrapLocaleField("custompage.CustomBasePage"),
        BootstrapTranslationKeyField("custompage.CustomBasePage"),
        BootstrapTranslatableModel("custompage.CustomBasePage"),
    ]
