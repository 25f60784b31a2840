"""The package on a project's own base page (WAGTAIL_PAGE_MODEL = custompage.CustomBasePage).

A swappable model is fixed when Django starts, so the proof runs in a fresh pytest process with
tests.content.custompage.settings: the package's migrations apply, a NewsPage is created and served.
"""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_package_works_with_a_custom_base_page_model():
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "--ds=tests.content.custompage.settings", "--create-db", "-q",
         "-p", "no:cacheprovider", "tests/content/custompage/check_custom_page_model.py"],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "2 passed" in result.stdout
