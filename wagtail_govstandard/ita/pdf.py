"""HTML to PDF with WeasyPrint (the `pdf` extra): pure Python over Pango, works offline, keeps
Thai shaping right with any installed Thai font (Sarabun, TH Sarabun New, or Debian's
fonts-thai-tlwg Garuda), and renders the same A4 print CSS the browser uses. Headless
Chromium would also do, but it means a browser process per download."""

import logging

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
    return weasyprint.HTML(string=html, base_url=base_url).write_pdf()
