"""Wagtail loads this module; each capability registers its own hooks in its `hooks` module."""

from wagtail_govstandard.ita import hooks as ita_hooks  # noqa: F401
from wagtail_govstandard.monitoring import hooks as monitoring_hooks  # noqa: F401
from wagtail_govstandard.requests import hooks as requests_hooks  # noqa: F401
from wagtail_govstandard.statistics import hooks as statistics_hooks  # noqa: F401
from wagtail_govstandard.theme import hooks as theme_hooks  # noqa: F401
