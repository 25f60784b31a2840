"""Keyboard-only navigation helpers: Tab until an element matching a test is focused."""

ACTIVE = "document.activeElement"


def active(page, expression):
    """Evaluate `expression` with `el` bound to the focused element."""
    return page.evaluate(f"() => {{ const el = {ACTIVE}; return {expression}; }}")


def tab_until(page, expression, max_tabs=60):
    """Press Tab until `expression` (JS, `el` = focused element) is true; the number of presses."""
    for presses in range(1, max_tabs + 1):
        page.keyboard.press("Tab")
        if active(page, expression):
            return presses
    raise AssertionError(f"no element matching {expression!r} within {max_tabs} Tab presses")


def focused_box_visible(page):
    """The focused element is drawn on screen at a readable size (not a clipped 1px box)."""
    return active(
        page,
        "(() => { const r = el.getBoundingClientRect(); return r.width > 8 && r.height > 8"
        " && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth; })()",
    )
