"""Texts a webmaster writes twice, in Thai and in English, side by side on one snippet."""

from django.utils.translation import get_language


def in_language(thai, english):
    """The English for an English reader when it is written, else the Thai."""
    return english if (get_language() or "th").startswith("en") and english else thai
