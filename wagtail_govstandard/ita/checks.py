"""`manage.py check` reports every framework file that cannot be used (the site keeps running
without it: the loader leaves it out)."""

from django.core import checks


@checks.register()
def framework_files(app_configs=None, **kwargs):
    from wagtail_govstandard.ita import loader

    return [checks.Warning(message, id="wagtail_govstandard.W101",
                           hint="Fix the file or remove it from WAGTAILGOVSTANDARD_ITA_FRAMEWORK_DIRS.")
            for message in loader.errors()]
