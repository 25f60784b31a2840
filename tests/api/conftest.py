"""The request-workflow people and tree of tests/requests, shared by the contract tests."""

from tests.requests.conftest import crew, run_on_commit_at_once, site_tree  # noqa: F401
