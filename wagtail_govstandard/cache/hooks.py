"""Serving registrations of the front cache: restricted pages are never marked public."""

from wagtail import hooks

from wagtail_govstandard.cache.headers import note_restricted

hooks.register("before_serve_page", note_restricted)
