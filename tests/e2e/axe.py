"""axe-core (from the npm registry) run inside the page: WCAG 2.0/2.1 A and AA rules."""

from .browser import AXE_JS

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def run_axe(page, tags=WCAG_TAGS):
    """The list of axe violations on the page as loaded now."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        # Evaluated through the DevTools protocol, not as an inline <script>: the site's
        # Content-Security-Policy (no inline script) stays enforced for the page's own code.
        page.evaluate(AXE_JS.read_text(encoding="utf-8") + "\n;undefined")
    result = page.evaluate(
        "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
        tags,
    )
    return result["violations"]


def describe_violations(violations):
    """Readable text: rule, impact, help and each offending element's selector and summary."""
    lines = []
    for violation in violations:
        lines.append(f"- {violation['id']} ({violation.get('impact')}): {violation['help']}  {violation['helpUrl']}")
        for node in violation["nodes"][:10]:
            lines.append(f"    at {' '.join(map(str, node['target']))}: {node.get('html', '')[:160]}")
            summary = (node.get("failureSummary") or "").replace("\n", " / ")
            if summary:
                lines.append(f"       {summary[:300]}")
    return "\n".join(lines)


def violations_report(results):
    """Text for every page with violations: results is [(label, url, violations)]."""
    return "\n\n".join(
        f"{label} <{url}>: {len(violations)} violation(s)\n{describe_violations(violations)}"
        for label, url, violations in results if violations
    )
