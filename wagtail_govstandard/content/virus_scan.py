"""An optional virus scan of every upload by a ClamAV daemon (clamd), off by default.

``WAGTAILGOVSTANDARD_UPLOAD_CLAMD_SOCKET`` names the daemon: ``"unix:/run/clamav/clamd.ctl"`` (or a
bare path) or ``"tcp:127.0.0.1:3310"``. The file is sent with clamd's INSTREAM command: ``zINSTREAM\\0``,
then chunks each prefixed by its length (4 bytes, big-endian), then a zero length; clamd answers
``stream: OK`` or ``stream: <signature> FOUND``. A daemon that cannot be reached refuses the upload
(a scanner that is configured is relied on), and says so.
"""

import logging
import socket
import struct

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from wagtail_govstandard import conf

logger = logging.getLogger(__name__)
CHUNK = 64 * 1024


def _connect(address, timeout):
    if address.startswith("tcp:"):
        host, _sep, port = address[4:].rpartition(":")
        return socket.create_connection((host, int(port)), timeout=timeout)
    path = address[5:] if address.startswith("unix:") else address
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.settimeout(timeout)
    sock.connect(path)
    return sock


def instream(address, data, timeout=30):
    """clamd's reply to INSTREAM of ``data`` ("stream: OK", "stream: Eicar-Signature FOUND")."""
    with _connect(address, timeout) as sock:
        sock.sendall(b"zINSTREAM\0")
        for start in range(0, len(data), CHUNK):
            chunk = data[start:start + CHUNK]
            sock.sendall(struct.pack(">I", len(chunk)) + chunk)
        sock.sendall(struct.pack(">I", 0))
        reply = b""
        while not reply.endswith(b"\0"):
            part = sock.recv(4096)
            if not part:
                break
            reply += part
    return reply.rstrip(b"\0").decode("utf-8", "replace").strip()


def scan(data):
    """Raise ValidationError when the configured clamd finds a virus or cannot be asked."""
    address = conf.get("UPLOAD_CLAMD_SOCKET")
    if not address:
        return
    try:
        reply = instream(address, data, timeout=conf.get("UPLOAD_CLAMD_TIMEOUT"))
    except (OSError, ValueError) as error:
        logger.error("virus scanner %s unreachable: %s", address, error)
        raise ValidationError(_("The virus scanner could not be reached, so the file was not accepted; "
                                "try again later."), code="virus_scanner_unavailable") from None
    if reply.endswith("FOUND"):
        signature = reply.removeprefix("stream:").removesuffix("FOUND").strip()
        raise ValidationError(_("The file was refused: the virus scanner found %(signature)s.")
                              % {"signature": signature}, code="virus_found")
    if not reply.endswith("OK"):
        logger.error("virus scanner %s answered %r", address, reply)
        raise ValidationError(_("The virus scanner could not check the file (%(reply)s), so it was not "
                                "accepted.") % {"reply": reply[:120]}, code="virus_scanner_error")
