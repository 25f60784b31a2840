"""Colour palettes a webmaster picks from, each checked for WCAG 2.1 AA contrast.

A free colour field would let a site fall below 4.5:1 (white text on a light brand colour), and
an inline style would break the Content Security Policy; a palette is a class on <body> that the
one stylesheet knows. tests/theme/test_palettes.py measures every pair below.
"""

from django.utils.translation import gettext_lazy as _

# code: (label, brand, brand_dark) — white text sits on both, links use brand_dark on white.
PALETTES = {
    "green": (_("Public health green"), "#00573f", "#003b2b"),
    "blue": (_("Government blue"), "#0b4f8a", "#08355c"),
    "purple": (_("Royal purple"), "#5b2a86", "#3d1c5a"),
    "maroon": (_("Maroon"), "#7a1f2b", "#52141d"),
}
DEFAULT = "green"


def choices():
    return [(code, label) for code, (label, _brand, _dark) in PALETTES.items()]
