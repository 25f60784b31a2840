"""A proof skipped for a missing tool fails where the tools are required (GOVSTANDARD_REQUIRE_PROOFS=1).

`make test` installs the browser, the checkers, Varnish and the Python proof tools; a bare
machine without root still passes with those proofs skipped, each with its reason. CI must not:
`.ci/run` sets the variable, and the root conftest turns such a skip into a failure. A skip whose
case does not apply (a PostgreSQL-only proof on SQLite, a sweep's combination with nothing to
check) is not a missing tool and stays a skip. Every reason for a missing tool says so in the same
words: "<tool> is not installed" or "<service> is not running".
"""

import os
import re

import pytest

REQUIRED = "GOVSTANDARD_REQUIRE_PROOFS"
MISSING = re.compile(r"\b(is|are) not (installed|running)\b")


def required():
    return os.environ.get(REQUIRED, "") not in ("", "0")


def is_missing_tool(reason):
    return bool(MISSING.search(reason or ""))


def fail_for_a_missing_tool(report):
    """The report, turned into a failure when it is a skip for a missing tool and tools are required."""
    if report.skipped and required() and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        if is_missing_tool(reason):
            report.outcome = "failed"
            report.longrepr = f"{REQUIRED} is set and a proof's tool is missing: {reason}"
    return report


# The hooks, imported by tests/conftest.py.

@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    return fail_for_a_missing_tool((yield))


@pytest.hookimpl(wrapper=True)
def pytest_make_collect_report(collector):  # a module that skips itself (pytest.importorskip)
    return fail_for_a_missing_tool((yield))
