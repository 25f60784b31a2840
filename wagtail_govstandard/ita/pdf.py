"""HTML to PDF with WeasyPrint (the `pdf` extra): pure Python over Pango, works offline, keeps
Thai shaping right, and renders the same A4 print CSS the browser uses. The font is the theme's
Sarabun, read from the package's static files, so a server with no Thai font installed still
writes Thai a reader (and a text extractor) can read. Headless Chromium would also do, but it
means a browser process per download."""

import logging
from pathlib import Path

from django.contrib.staticfiles import finders

logger = logging.getLogger(__name__)


class PdfUnavailable(RuntimeError):
    """WeasyPrint or its system libraries (Pango) are not installed."""


def render(html, base_url=None):
    """PDF bytes of `html`; PdfUnavailable when the PDF engine cannot be loaded."""
    try:
        import weasyprint
    except (ImportError, OSError) as error:  # OSError: Pango missing
        logger.warning("PDF output unavailable: %s", error)
        raise PdfUnavailable(str(error)) from None
    fonts = weasyprint.text.fonts.FontConfiguration()
    stylesheet = weasyprint.CSS(string=font_faces(), font_config=fonts)
    return weasyprint.HTML(string=html, base_url=base_url).write_pdf(stylesheets=[stylesheet], font_config=fonts)


FONT_FILES = [(script, weight) for script in ("thai", "latin") for weight in (400, 700)]
UNICODE_RANGES = {"thai": "U+0E00-0E7F, U+200C-200D, U+25CC", "latin": "U+0000-00FF, U+2000-206F, U+20AC"}


def font_faces():
    """@font-face rules for Sarabun from the static files, as file: URLs (no request to ourselves)."""
    rules = []
    for script, weight in FONT_FILES:
        found = finders.find(f"wagtail_govstandard/theme/fonts/sarabun-{script}-{weight}-normal.woff2")
        if found:
            rules.append('@font-face { font-family: "Sarabun"; font-weight: %d; src: url("%s") format("woff2");'
                         " unicode-range: %s; }" % (weight, Path(found).as_uri(), UNICODE_RANGES[script]))
    return "\n".join(rules)
