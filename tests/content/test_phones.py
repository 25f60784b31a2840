"""A phone link dials the number people read. The templates dropped the spaces of the field, so
"0 3742 5141 ต่อ 101" (an executive's extension in the demo) linked to `tel:037425141ต่อ101`,
which no phone dials; "0 5300 0000-9" (a range of lines) to a tenth digit. Swept over every
`tel:` link of every demo page: the footer, the contact page and the executives' cards."""

import re

import pytest
from bs4 import BeautifulSoup

from tests.e2e.content import build_public_site, office_page_paths
from wagtail_govstandard.content.phones import tel_uri

DIALLABLE = re.compile(r"^tel:\+?\d{3,15}(;ext=\d{1,6})?$")


@pytest.mark.parametrize(("written", "dialled"), [
    ("0 3742 5141 ต่อ 101", "tel:037425141;ext=101"),
    ("0 2590 1234 ext. 55", "tel:025901234;ext=55"),
    ("02-590-1234", "tel:025901234"),
    ("(02) 590 1234", "tel:025901234"),
    ("0 5300 0000-9", "tel:053000000"),  # a range: its first line
    ("0 5300 0000, 08 1234 5678", "tel:053000000"),  # two numbers: the first
    ("08 1234 5678", "tel:0812345678"),  # a mobile has ten digits
    ("1669", "tel:1669"),  # a hotline
    ("+66 2 590 1234", "tel:+6625901234"),
    ("+1 202 555 0100", "tel:+12025550100"),
    ("โทร. 0 3742 5141", "tel:037425141"),
    ("Tel./Fax 0 2590 1234", "tel:025901234"),
    ("0 2590 1234 extension 7", "tel:025901234;ext=7"),
])
def test_the_link_dials_the_first_number_and_its_extension(written, dialled):
    assert tel_uri(written) == dialled


@pytest.mark.parametrize("written", ["", None, "ไม่มีโทรศัพท์", "12", "-", "\x00", "ต่อ 101"])
def test_a_field_without_a_number_gives_no_link(written):
    assert tel_uri(written) == ""


def test_hostile_text_gives_a_diallable_link_or_none():
    for written in ("9" * 10_000, "+" + "1" * 10_000, "0 2590 1234\x00ต่อ 1", "0 2590 1234 ต่อ " + "1" * 50):
        uri = tel_uri(written)
        assert DIALLABLE.match(uri), (written[:20], uri)


@pytest.mark.django_db
def test_every_phone_link_of_the_demo_dials(client, thai_site):
    build_public_site()
    links = {}
    for path in office_page_paths():
        response = client.get(path)
        if response.status_code == 200:
            soup = BeautifulSoup(response.content.decode(), "html.parser")
            for link in soup.select('a[href^="tel:"]'):
                links[link["href"]] = link.get_text(strip=True)
    wrong = {href: text for href, text in links.items() if not DIALLABLE.match(href)}
    assert not wrong, wrong
    assert links.get("tel:037425141;ext=101") == "0 3742 5141 ต่อ 101"  # an executive's card
    assert "tel:037425141" in links  # the footer and the contact page
