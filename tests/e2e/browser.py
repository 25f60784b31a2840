"""Debian's chromium driven by Playwright, and why it cannot run here when it cannot.

Nothing downloads a browser: `make test` installs Debian's `chromium` (scripts/system_packages.sh)
and Playwright launches it by its path. Without them the browser tests are skipped with the
reason from `unavailable()` (and fail where the tools are required: tests/required_tools.py).
"""

import importlib.util
import os
from pathlib import Path

CHROMIUM = os.environ.get("GOVSTANDARD_CHROMIUM", "/usr/bin/chromium")
REPO = Path(__file__).resolve().parents[2]
AXE_JS = REPO / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = REPO / "artifacts" / "screenshots"
LAUNCH_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def unavailable():
    """Why the browser tests cannot run on this machine, or "" when they can."""
    if importlib.util.find_spec("playwright") is None:
        return "Playwright is not installed (pip install -e '.[proof]'; make test does it)"
    if not os.access(CHROMIUM, os.X_OK):
        return f"Debian's chromium is not installed at {CHROMIUM} (apt-get install chromium; make test does it as root)"
    if not AXE_JS.is_file():
        return f"axe-core is not installed at {AXE_JS} (npm ci; make test does it)"
    return ""


def launch(playwright):
    return playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)


def screenshot(page, name):
    """Full-page PNG in artifacts/screenshots/ (git-ignored) for a person to look at."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def screenshot_element(locator, name):
    """PNG of one element (a widget) in artifacts/screenshots/."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    locator.screenshot(path=str(path))
    return path
