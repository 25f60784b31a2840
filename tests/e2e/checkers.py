"""The three engines besides axe-core, and the Nu Html Checker, as the proofs run them.

HTML_CodeSniffer (npm html_codesniffer) and IBM Equal Access (npm accessibility-checker-engine)
run inside the page in Debian's chromium, as axe does; the Nu Html Checker (npm vnu-jar) runs
with the machine's Java over the served HTML, all pages in one call.
"""

import json
import shutil
import subprocess

from .browser import REPO

HTMLCS_JS = REPO / "node_modules" / "html_codesniffer" / "build" / "HTMLCS.js"
ACE_JS = REPO / "node_modules" / "accessibility-checker-engine" / "ace.js"
VNU_JAR = REPO / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def unavailable():
    missing = [str(p) for p in (HTMLCS_JS, ACE_JS, VNU_JAR) if not p.is_file()]
    if missing:
        return "the checkers are not installed (npm ci; make test does it): " + ", ".join(missing)
    if shutil.which("java") is None:
        return "Java is not installed, the Nu Html Checker needs it (make test installs it as root)"
    return ""


def run_htmlcs(page):
    """HTML_CodeSniffer's WCAG2AA errors (type 1) as [(code, message, html)]."""
    if not page.evaluate("typeof window.HTMLCS !== 'undefined'"):
        page.evaluate(HTMLCS_JS.read_text(encoding="utf-8") + "\n;undefined")  # not an inline <script>: CSP
    return page.evaluate("""() => new Promise((resolve) => {
        HTMLCS.process('WCAG2AA', document, () => resolve(HTMLCS.getMessages()
            .filter((m) => m.type === 1)
            .map((m) => [m.code, m.msg, m.element ? m.element.outerHTML.slice(0, 160) : ''])));
    })""")


def run_ace(page):
    """IBM Equal Access violations of the WCAG 2.1 ruleset as [(rule, message, path)]."""
    if not page.evaluate("typeof window.ace !== 'undefined'"):
        page.evaluate(ACE_JS.read_text(encoding="utf-8") + "\n;undefined")  # not an inline <script>: CSP
    return page.evaluate("""async () => {
        const report = await new ace.Checker().check(document, ['WCAG_2_1']);
        return report.results
            .filter((r) => r.value[0] === 'VIOLATION' && r.value[1] === 'FAIL')
            .map((r) => [r.ruleId, r.message, r.path && r.path.dom]);
    }""")


def run_vnu(files):
    """Nu Html Checker errors over the given HTML files: [(file, line, message)]."""
    result = subprocess.run(
        ["java", "-jar", str(VNU_JAR), "--format", "json", "--exit-zero-always", *map(str, files)],
        capture_output=True, text=True, timeout=600,
    )
    messages = json.loads(result.stderr or result.stdout or '{"messages": []}')["messages"]
    return [(m.get("url", "").rsplit("/", 1)[-1], m.get("lastLine"), m.get("message"))
            for m in messages if m.get("type") == "error"]


def report(findings):
    """Readable text of {(engine, label): [finding]} with findings."""
    return "\n".join(f"{engine} {label}: {item}" for (engine, label), items in findings.items() for item in items[:8])
