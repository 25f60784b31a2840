"""The number a phone link dials, read from a phone field as agencies write it.

A field holds what people read: "0 3742 5141 ต่อ 101", "02-590-1234", "0 5300 0000-9" (a range of
lines), "1669", "+66 2 590 1234", "0 5300 0000, 08 1234 5678". Dropping the spaces, as the
templates did, made `tel:037425141ต่อ101` or `tel:053000000-9`, which no phone dials. The link
dials the first number: a Thai number's digits (9 for a landline, 10 for a mobile, 4 for a 1xxx
hotline; what follows, a range's last digits, is not dialled), and its extension as RFC 3966's
`;ext=`. A field with no number gives no link.
"""

import re

EXTENSION = re.compile(r"(?:ต่อ|\bext(?:ension)?\.?|\bx)\s*(\d{1,6})", re.IGNORECASE)  # not the x of "Fax"
FIRST_NUMBER = re.compile(r"\+?\d[\d\s().-]*")


def _national_length(digits):
    if digits.startswith("1"):
        return 4  # 1669, 1422: the hotlines
    if digits.startswith("0") and len(digits) > 1 and digits[1] in "689":
        return 10  # 06/08/09: mobile
    return 9


def tel_uri(text):
    """"tel:037425141;ext=101" for "0 3742 5141 ต่อ 101"; "" when `text` holds no number."""
    text = str(text or "")
    extension = EXTENSION.search(text)
    number = FIRST_NUMBER.search(text[:extension.start()] if extension else text)
    if number is None:
        return ""
    written = number.group()
    digits = re.sub(r"\D", "", written)[:15]  # E.164 has at most 15
    if written.startswith("+") and not digits.startswith("66"):
        dialled = "+" + digits  # a foreign number, as written
    else:
        national = "0" + digits[2:] if written.startswith("+") else digits
        dialled = national[:_national_length(national)]
        if written.startswith("+"):
            dialled = "+66" + dialled[1:]
    if len(dialled.lstrip("+")) < 3:
        return ""
    return f"tel:{dialled}" + (f";ext={extension.group(1)}" if extension else "")
