"""Uploads checked by content (magic bytes, then structure), never by name; type and size for readers.

Seed 2.2 asks every published file to show its type (extension) and size, and 2.2.3 lets the
head refuse a file "not in an allowed format". Both are derived from the stored file here.
"""

import re

import filetype
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from wagtail_govstandard import conf
from wagtail_govstandard.content import inspection, virus_scan

# Names that mean the same content.
SAME_TYPE = {"jpeg": "jpg", "tif": "tiff"}
# Office Open XML and OpenDocument files are ZIP archives: accept them named .zip too.
ZIP_FAMILY = {"docx", "xlsx", "pptx", "odt", "ods", "odp", "epub"}
TEXT_TYPES = {"csv", "txt"}
SNIFF_BYTES = 8192
# Markup that a browser would run if the file were ever served inline.
ACTIVE_MARKUP = re.compile(
    rb"<\s*(script|svg|html|iframe|object|embed)\b|<!doctype\s+html|javascript:|\bon\w+\s*=",
    re.IGNORECASE,
)


def _extension(name):
    ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    return SAME_TYPE.get(ext, ext)


def _read_head(uploaded):
    uploaded.seek(0)
    head = uploaded.read(SNIFF_BYTES)
    uploaded.seek(0)
    return head


def _is_plain_text(head):
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        # A multi-byte character cut by the sniff window is still text.
        if error.start < len(head) - 4:
            try:
                head.decode("cp874")  # Thai Windows / TIS-620 text
            except UnicodeDecodeError:
                return False
    return not ACTIVE_MARKUP.search(head)


def detect_type(uploaded):
    """The canonical extension of the upload's *content*, or None when not recognised."""
    head = _read_head(uploaded)
    kind = filetype.guess(head)
    if kind is not None:
        return SAME_TYPE.get(kind.extension, kind.extension)
    if head and _is_plain_text(head):
        return "txt"
    return None


def _content_matches_name(detected, named):
    if detected == named:
        return True
    if detected == "txt" and named in TEXT_TYPES:
        return True
    return named == "zip" and detected in ZIP_FAMILY


def validate_upload(uploaded):
    """Raise ValidationError unless the upload's content is an allowed type within the size limit,
    carries no active content (inspection) and passes the virus scanner when one is configured."""
    max_bytes = conf.get("UPLOAD_MAX_BYTES")
    if uploaded.size > max_bytes:
        size, limit = format_size(uploaded.size), format_size(max_bytes)
        if size == limit:  # one byte over: the rounded sizes would read the same
            size, limit = format_exact_size(uploaded.size), format_exact_size(max_bytes)
        raise ValidationError(
            _("The file is %(size)s; the largest allowed is %(max)s.") % {"size": size, "max": limit},
            code="file_too_large",
        )
    allowed = {SAME_TYPE.get(ext.lower(), ext.lower()) for ext in conf.get("UPLOAD_ALLOWED_TYPES")}
    named = _extension(uploaded.name)
    if named not in allowed:
        raise ValidationError(
            _("Files of type “%(ext)s” are not allowed. Allowed types: %(allowed)s.")
            % {"ext": named or _("(none)"), "allowed": ", ".join(sorted(allowed))},
            code="file_type_not_allowed",
        )
    detected = detect_type(uploaded)
    if detected is None or not _content_matches_name(detected, named):
        raise ValidationError(
            _("The file is named “.%(ext)s” but its content is not a %(type)s file%(found)s.")
            % {
                "ext": named,
                "type": named.upper(),
                "found": (_(" (it looks like %s)") % detected.upper()) if detected else "",
            },
            code="file_content_mismatch",
        )
    data = _read_all(uploaded)
    inspection.inspect(data, detected)
    virus_scan.scan(data)


def _read_all(uploaded):
    uploaded.seek(0)
    data = uploaded.read()
    uploaded.seek(0)
    return data


def format_exact_size(num_bytes):
    """10,485,761 bytes: every byte counted, for limits that rounding would hide."""
    return _("%s bytes") % f"{num_bytes:,}"


def format_size(num_bytes):
    """1.2 MB, 350 KB, 900 bytes: binary units, one decimal above a kilobyte."""
    if num_bytes is None:
        return ""
    if num_bytes < 1024:
        return _("%d bytes") % num_bytes
    for unit in ("KB", "MB", "GB"):
        num_bytes /= 1024
        if num_bytes < 1024 or unit == "GB":
            return "%s %s" % (f"{num_bytes:.1f}".rstrip("0").rstrip("."), unit)


def file_extension(document):
    return _extension(document.file.name)


def describe(document):
    """What readers see next to a download link: "PDF, 1.2 MB"."""
    return "%s, %s" % (file_extension(document).upper(), format_size(document.get_file_size()))
