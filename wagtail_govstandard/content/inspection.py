"""What is inside an upload, checked by structure once its type is known (issue #11, finding 5).

Magic bytes say what a file claims to be; these checks open it as what it is:

- PDF: parsed with pikepdf (qpdf) — no JavaScript, launch actions or embedded files, and no
  HTML outside its streams (a ``%PDF`` header followed by a web page is a polyglot);
- Office Open XML and OpenDocument: opened as the ZIP they are — no macros (``vbaProject.bin``,
  ``Basic/``), no embedded executables;
- legacy Office (``.doc``, ``.xls``, ``.ppt``): oletools' olevba looks for VBA/XLM macros;
- ZIP archives: listed — no executables (by name or content), at most
  ``UPLOAD_ARCHIVE_MAX_ENTRIES`` entries and ``UPLOAD_ARCHIVE_MAX_BYTES`` once unpacked;
- text (``.txt``, ``.csv``): the active-markup sniff over the whole file, not its head.

Each check raises ValidationError saying what was found.
"""

import io
import re
import zipfile

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail_govstandard import conf

OOXML_AND_ODF = {"docx", "xlsx", "pptx", "odt", "ods", "odp", "epub"}
LEGACY_OFFICE = {"doc", "xls", "ppt"}
EXECUTABLE_EXTENSIONS = {
    "exe", "dll", "com", "scr", "pif", "cpl", "msi", "msp", "sys", "bat", "cmd", "ps1", "psm1",
    "vbs", "vbe", "js", "jse", "wsf", "wsh", "hta", "jar", "lnk", "reg", "sh", "elf", "apk",
    "app", "dmg", "deb", "rpm", "docm", "xlsm", "pptm", "dotm", "xltm", "potm", "ppsm", "xlam",
}
EXECUTABLE_MAGIC = (b"MZ", b"\x7fELF", b"\xcf\xfa\xed\xfe", b"\xce\xfa\xed\xfe", b"\xca\xfe\xba\xbe", b"#!")
MACRO_PARTS = re.compile(r"(^|/)(vbaproject\.bin|vbadata\.xml|vbaprojectsignature\.bin)$|^(basic|scripts)/",
                         re.IGNORECASE)
ZIP_MAGIC = b"PK\x03\x04"
NESTED_DEPTH = 3
# Markup that a browser would run if served inline; PDF object syntax never needs these.
HTML_TAGS = re.compile(rb"<\s*(script|html|body|iframe|object|embed|svg)\b|<!doctype\s+html", re.IGNORECASE)
STREAM = re.compile(rb"stream\r?\n.*?endstream", re.DOTALL)
# What a key or an action (/S) of a PDF dictionary means, as the refusal says it.
PDF_ACTIVE_KEYS = {
    "/JS": gettext_lazy("JavaScript"), "/JavaScript": gettext_lazy("JavaScript"),
    "/Launch": gettext_lazy("a launch action (it starts a program)"),
    "/EmbeddedFile": gettext_lazy("an embedded file"), "/EmbeddedFiles": gettext_lazy("embedded files"),
    "/EF": gettext_lazy("an embedded file"), "/RichMedia": gettext_lazy("rich media (Flash)"),
    "/XFA": gettext_lazy("an XFA form (it can carry scripts)"),
}
PDF_ACTIVE_ACTIONS = {
    "/JavaScript": gettext_lazy("JavaScript"), "/Launch": gettext_lazy("a launch action (it starts a program)"),
    "/ImportData": gettext_lazy("an import-data action"), "/SubmitForm": gettext_lazy("a submit-form action"),
    "/RichMediaExecute": gettext_lazy("rich media (Flash)"), "/GoToE": gettext_lazy("an embedded file"),
}


def refuse(found, code):
    raise ValidationError(_("The file was refused: it contains %(found)s.") % {"found": found}, code=code)


def inspect(data, kind):
    """Raise ValidationError when ``data`` (the whole upload) of type ``kind`` carries active content."""
    if kind == "pdf":
        check_pdf(data)
    elif kind in OOXML_AND_ODF or kind == "zip":
        check_zip(data, office=kind in OOXML_AND_ODF)
    elif kind in LEGACY_OFFICE:
        check_legacy_office(data, kind)
    elif kind == "txt":
        check_text(data)


# --- text -------------------------------------------------------------------------------------

def check_text(data):
    from wagtail_govstandard.content.uploads import ACTIVE_MARKUP

    match = ACTIVE_MARKUP.search(data)
    if match:
        refuse(_("markup a browser would run (“%(markup)s” at byte %(offset)d)")
               % {"markup": match.group(0).decode("latin-1")[:40], "offset": match.start()}, "active_markup")


# --- PDF --------------------------------------------------------------------------------------

def check_pdf(data):
    import pikepdf

    outside_streams = STREAM.sub(b"", data)
    match = HTML_TAGS.search(outside_streams)
    if match:
        refuse(_("web page markup (“%s”) next to the PDF (a PDF/HTML polyglot)")
               % match.group(0).decode("latin-1")[:40], "pdf_polyglot")
    try:
        pdf = pikepdf.open(io.BytesIO(data))
    except (pikepdf.PdfError, pikepdf.PasswordError, ValueError) as error:
        raise ValidationError(
            _("The file cannot be read as a PDF (%s); a damaged or encrypted PDF cannot be checked.")
            % re.sub(r"^stream <[^>]*>: ", "", str(error))[:120], code="pdf_unreadable",
        ) from None
    with pdf:
        found = _pdf_active_content(pdf)
    if found:
        refuse(found, "pdf_active_content")


def _pdf_active_content(pdf):
    import pikepdf

    roots = [pdf.trailer] + list(pdf.objects)
    for obj in roots:
        for dictionary in _direct_dictionaries(obj, pikepdf, depth=0):
            for key in dictionary.keys():
                if key in PDF_ACTIVE_KEYS:
                    return PDF_ACTIVE_KEYS[key]
            action = dictionary.get("/S")
            if isinstance(action, pikepdf.Name) and str(action) in PDF_ACTIVE_ACTIONS:
                return PDF_ACTIVE_ACTIONS[str(action)]
            if dictionary.get("/Type") == pikepdf.Name.EmbeddedFile:
                return PDF_ACTIVE_KEYS["/EmbeddedFile"]
    return None


def _direct_dictionaries(obj, pikepdf, depth):
    """The dictionaries of ``obj`` and those nested in it directly (indirect ones are walked as roots)."""
    if depth > 32:
        return
    if isinstance(obj, pikepdf.Stream):
        yield obj.stream_dict
        return
    if isinstance(obj, pikepdf.Dictionary):
        yield obj
        children = [obj.get(key) for key in obj.keys()]
    elif isinstance(obj, pikepdf.Array):
        children = list(obj)
    else:
        return
    for child in children:
        if isinstance(child, (pikepdf.Dictionary, pikepdf.Array)) and not child.is_indirect:
            yield from _direct_dictionaries(child, pikepdf, depth + 1)


# --- ZIP, Office Open XML, OpenDocument --------------------------------------------------------

class _Budget:
    """Entries and unpacked bytes left for one upload, nested archives included."""

    def __init__(self):
        self.entries = conf.get("UPLOAD_ARCHIVE_MAX_ENTRIES")
        self.bytes = conf.get("UPLOAD_ARCHIVE_MAX_BYTES")

    def spend(self, info):
        self.entries -= 1
        self.bytes -= info.file_size
        if self.entries < 0:
            refuse(_("more than %d files in the archive") % conf.get("UPLOAD_ARCHIVE_MAX_ENTRIES"),
                   "archive_too_many_entries")
        if self.bytes < 0:
            from wagtail_govstandard.content.uploads import format_exact_size

            refuse(_("more than %s once unpacked (a ZIP bomb?)")
                   % format_exact_size(conf.get("UPLOAD_ARCHIVE_MAX_BYTES")), "archive_too_large")


def check_zip(data, office=False, budget=None, depth=0):
    budget = budget or _Budget()
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as error:
        raise ValidationError(_("The file cannot be read as a ZIP archive (%s).") % str(error)[:120],
                              code="archive_unreadable") from None
    with archive:
        for info in infos:
            budget.spend(info)
        for info in infos:
            _check_member(archive, info, office, budget, depth)


def _check_member(archive, info, office, budget, depth):
    name = info.filename
    if office and MACRO_PARTS.search(name):
        refuse(_("macros (“%s”)") % name, "office_macros")
    if info.is_dir():
        return
    extension = name.rsplit(".", 1)[-1].lower() if "." in name.rsplit("/", 1)[-1] else ""
    if extension in EXECUTABLE_EXTENSIONS:
        refuse(_("an executable file (“%s”)") % name, "archive_executable")
    if info.flag_bits & 0x1:
        refuse(_("an encrypted file that cannot be checked (“%s”)") % name, "archive_encrypted")
    try:
        with archive.open(info) as member:
            head = member.read(8)
            if head.startswith(EXECUTABLE_MAGIC):
                refuse(_("an executable file (“%s”)") % name, "archive_executable")
            if head.startswith(ZIP_MAGIC) or head.startswith(b"\xd0\xcf\x11\xe0"):
                inner = head + member.read()
            else:
                return
    except (zipfile.BadZipFile, NotImplementedError, EOFError, OSError, ValueError) as error:
        raise ValidationError(_("The file cannot be read as a ZIP archive (%s).") % str(error)[:120],
                              code="archive_unreadable") from None
    if inner.startswith(ZIP_MAGIC):
        if depth >= NESTED_DEPTH:
            refuse(_("archives nested more than %d deep") % NESTED_DEPTH, "archive_too_deep")
        check_zip(inner, office=False, budget=budget, depth=depth + 1)
    else:
        _check_ole(inner, name)


# --- OLE: legacy Office files and objects embedded in Office files ----------------------------

def _check_ole(data, name):
    """An OLE container (a legacy Office file or an embedded object): no macros, no packaged program."""
    import olefile

    try:
        ole = olefile.OleFileIO(data)
    except (OSError, ValueError):
        raise ValidationError(_("The part “%s” cannot be read.") % name, code="office_unreadable") from None
    with ole:
        for stream in ole.listdir():
            path = "/".join(stream)
            if stream[-1].lower() in ("\x01ole10native", "package") or stream[0].lower() == "macros":
                _check_ole_package(ole, stream, path, name)


def _check_ole_package(ole, stream, path, name):
    if stream[0].lower() == "macros":
        refuse(_("macros (“%s”)") % name, "office_macros")
    from oletools.oleobj import OleNativeStream

    raw = ole.openstream(stream).read()
    try:
        package = OleNativeStream(raw)
        filename = package.filename or ""
        payload = package.data or b""
    except Exception:  # noqa: BLE001 — a Package stream we cannot parse is judged by its bytes
        filename, payload = "", raw
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    if extension in EXECUTABLE_EXTENSIONS or bytes(payload[:4]).startswith(EXECUTABLE_MAGIC):
        refuse(_("an embedded program (“%s”)") % (filename or path), "office_embedded_executable")


def check_legacy_office(data, kind):
    from oletools.olevba import VBA_Parser

    try:
        parser = VBA_Parser("upload." + kind, data=data)
    except Exception:  # noqa: BLE001 — olevba raises many types; a file it cannot read is not checked
        raise ValidationError(_("The file cannot be read as a %s file, so it cannot be checked.") % kind.upper(),
                              code="office_unreadable") from None
    try:
        has_macros = parser.detect_vba_macros() or parser.detect_xlm_macros()
    finally:
        parser.close()
    if has_macros:
        refuse(_("macros"), "office_macros")
    _check_ole(data, "upload." + kind)
