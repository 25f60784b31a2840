"""The ticket's QR code, made here (segno, pure Python) as inline SVG: no network, no image file.

Its payload is the status page's address only: a random token, never a number of the patient.
"""

import segno
from django.utils.safestring import mark_safe


def payload(request, visit):
    from wagtail_govstandard.queue.status import status_url

    return status_url(request, visit)


def svg(data, title=""):
    """Inline SVG markup of a QR code of `data` (error correction M, readable from a print at 80 mm)."""
    code = segno.make(data, error="m", micro=False)
    return mark_safe(code.svg_inline(scale=4, border=2, title=title or None, svgclass="queue-qr", lineclass=None))
