"""Where the proofs' tools are required (GOVSTANDARD_REQUIRE_PROOFS=1, as .ci/run sets it), a proof
skipped for a missing tool fails; a skip whose case does not apply stays a skip. And every reason
the suite gives for a missing tool is one the guard recognises."""

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests import required_tools
from tests.e2e import browser, checkers

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent

INNER_TESTS = '''
import pytest

def test_runs():
    pass

def test_without_chromium():
    pytest.skip("Debian's chromium is not installed at /nowhere")

def test_without_redis():
    pytest.skip("Redis is not running")

def test_postgresql_only():
    pytest.skip("concurrency proofs run on PostgreSQL")

@pytest.mark.xfail(reason="a known defect", strict=True)
def test_known_defect():
    assert False
'''


MODULE_SKIP = '''
import pytest

pytest.importorskip("no_such_module_here", reason="no_such_module_here is not installed")

def test_never():
    pass
'''


def run_inner(tmp_path, required, modules):
    """pytest in a subprocess on `modules` ({name: source}) with the suite's hooks; (exit code, output)."""
    (tmp_path / "conftest.py").write_text(
        "from tests.required_tools import pytest_make_collect_report, pytest_runtest_makereport  # noqa\n")
    for name, source in modules.items():
        (tmp_path / f"{name}.py").write_text(source)
    env = {**os.environ, "PYTHONPATH": str(REPO), required_tools.REQUIRED: "1" if required else ""}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rA", "-p", "no:django", "-p", "no:xdist", "-p", "no:cacheprovider",
         "-c", os.devnull, "--rootdir", str(tmp_path), str(tmp_path)],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120)
    return result.returncode, result.stdout


def summary(output):
    return output.strip().splitlines()[-1]


def test_a_proof_skipped_for_a_missing_tool_fails_where_tools_are_required(tmp_path):
    code, output = run_inner(tmp_path, True, {"test_inner": INNER_TESTS})
    assert code == 1
    assert summary(output).startswith("2 failed, 1 passed, 1 skipped, 1 xfailed"), output
    assert "a proof's tool is missing: Skipped: Debian's chromium is not installed" in output


def test_a_module_that_skips_itself_for_a_missing_tool_stops_the_run(tmp_path):
    code, output = run_inner(tmp_path, True, {"test_module_skip": MODULE_SKIP})
    assert code == 2  # interrupted: an error during collection
    assert "a proof's tool is missing: Skipped: no_such_module_here is not installed" in output


def test_without_the_requirement_they_are_skips_with_their_reason(tmp_path):
    code, output = run_inner(tmp_path, False, {"test_inner": INNER_TESTS, "test_module_skip": MODULE_SKIP})
    assert code == 0
    assert summary(output).startswith("1 passed, 4 skipped, 1 xfailed"), output


@pytest.mark.parametrize("reason, missing", [
    ("Debian's chromium is not installed at /usr/bin/chromium", True),
    ("the checkers are not installed (npm ci; make test does it): x.js", True),
    ("Redis is not running", True),
    ("concurrency proofs run on PostgreSQL", False),
    ("row locks need PostgreSQL", False),
    ("the action only varies the act route", False),
    ("got empty parameter set for (label)", False),
    ("", False),
])
def test_a_missing_tool_is_told_from_a_case_that_does_not_apply(reason, missing):
    assert required_tools.is_missing_tool(reason) is missing


def _reasons_in_the_suite():
    """Every literal reason given to pytest.skip, pytest.importorskip or a skipif mark in tests/."""
    for path in sorted(TESTS.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                continue
            if node.func.attr not in ("skip", "importorskip", "skipif"):
                continue
            arguments = [kw.value for kw in node.keywords if kw.arg == "reason"]
            if node.func.attr == "skip":
                arguments += node.args[:1]
            for argument in arguments:
                parts = [argument] if isinstance(argument, ast.Constant) else getattr(argument, "values", [])
                text = "".join(str(part.value) for part in parts if isinstance(part, ast.Constant))
                if text:
                    yield f"{path.relative_to(REPO)}:{node.lineno}", text


def test_every_reason_that_names_a_tool_reads_as_a_missing_tool():
    """The class: a skip for something not installed, not running or to install is recognised."""
    tool_words = ("install", "running", "npm ", "java", "apt-get", "pip ")
    reasons = dict(_reasons_in_the_suite())
    assert len(reasons) > 10, reasons  # the sweep finds the suite's skips
    about_tools = {where: text for where, text in reasons.items() if any(w in text.lower() for w in tool_words)}
    assert {"varnishd", "schemathesis", "openapi-python-client", "Redis"} <= {
        text.split()[0] for text in about_tools.values()}, about_tools
    unrecognised = {where: text for where, text in about_tools.items() if not required_tools.is_missing_tool(text)}
    assert not unrecognised


def test_each_reason_the_browser_and_checkers_give_reads_as_a_missing_tool(monkeypatch, tmp_path):
    nowhere = tmp_path / "nowhere"
    reasons = []
    monkeypatch.setattr(browser, "CHROMIUM", str(nowhere))
    reasons.append(browser.unavailable())
    monkeypatch.setattr(browser, "CHROMIUM", sys.executable)  # any executable file
    monkeypatch.setattr(browser, "AXE_JS", nowhere)
    reasons.append(browser.unavailable())
    monkeypatch.setattr(browser.importlib.util, "find_spec", lambda name: None)
    reasons.append(browser.unavailable())
    monkeypatch.setattr(checkers, "VNU_JAR", nowhere)
    reasons.append(checkers.unavailable())
    monkeypatch.setattr(checkers, "VNU_JAR", Path(__file__))
    monkeypatch.setattr(checkers, "HTMLCS_JS", Path(__file__))
    monkeypatch.setattr(checkers, "ACE_JS", Path(__file__))
    monkeypatch.setattr(checkers.shutil, "which", lambda name: None)
    reasons.append(checkers.unavailable())
    assert all(reasons) and len(set(reasons)) == 5, reasons
    assert all(required_tools.is_missing_tool(reason) for reason in reasons), reasons
