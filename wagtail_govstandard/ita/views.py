"""Public views of the ITA year: the MOIT 1 pack documents (print view and PDF)."""

from django.http import Http404, HttpResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import Site

from wagtail_govstandard.ita import pack, pdf, site_settings

MIN_YEAR, MAX_YEAR = 2550, 2700


def moit1(request, year, document):
    """One MOIT 1 document of fiscal year `year` for the request's site; ?format=pdf downloads it."""
    site = Site.find_for_request(request)
    if site is None or document not in pack.DOCUMENTS or not MIN_YEAR <= year <= MAX_YEAR:
        raise Http404(_("No such MOIT 1 document."))
    as_pdf = request.GET.get("format") == "pdf"
    with translation.override("th"):  # Thai official documents, as the seed's are
        context = pack.context(document, site, year, site_settings.for_site(site), request)
        html = render_to_string(f"wagtail_govstandard/ita/pack/{document}.html",
                                {**context, "pdf": as_pdf}, request=request)
    if not as_pdf:
        return HttpResponse(html)
    try:
        body = pdf.render(html, base_url=request.build_absolute_uri("/"))
    except pdf.PdfUnavailable:
        return HttpResponse(_("PDF output is not installed on this server: install the package's pdf "
                              "extra (WeasyPrint, with Pango), or print the page to PDF from the browser."),
                            status=503, content_type="text/plain; charset=utf-8")
    response = HttpResponse(body, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="moit1-{document}-{year}.pdf"'
    return response
