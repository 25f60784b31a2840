"""The layout holds: one folder per capability, no import circle, nothing imports models/__init__."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "wagtail_govstandard"
TOP_LEVEL = {"__init__", "apps", "conf", "exports", "roles", "safe_redirect", "urls", "wagtail_hooks"}


def module_name(path):
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules():
    return {module_name(p): p for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts}


def imports_at_import_time(path, known):
    """Package modules `path` imports when it is imported (module level, not inside functions)."""
    found = set()
    for node in ast.parse(path.read_text()).body:
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("wagtail_govstandard"):
            for alias in node.names:
                candidate = f"{node.module}.{alias.name}"
                found.add(candidate if candidate in known else node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name in known)
    return found & set(known)


def test_top_level_holds_only_glue_and_shared_vocabulary():
    stray = {p.stem for p in PACKAGE.glob("*.py")} - TOP_LEVEL
    assert not stray, f"top-level modules outside the capability folders: {sorted(stray)}"


def test_nothing_in_the_package_imports_models_init():
    known = modules()
    offenders = [
        name for name, path in known.items()
        if not name.startswith("wagtail_govstandard.models")
        and any(
            isinstance(node, ast.ImportFrom) and node.module == "wagtail_govstandard.models"
            for node in ast.walk(ast.parse(path.read_text()))
        )
    ]
    assert not offenders, offenders


def test_no_import_circle():
    known = modules()
    graph = {name: imports_at_import_time(path, known) - {name} for name, path in known.items()}
    state, circles = {}, []

    def visit(name, trail):
        state[name] = "open"
        for target in graph[name]:
            if state.get(target) == "open":  # an open module is on the trail: the path back to it is a circle
                circles.append(trail[trail.index(target):] + [target])
            elif target not in state:
                visit(target, trail + [target])
        state[name] = "done"

    for name in graph:
        if name not in state:
            visit(name, [name])
    assert not circles, circles


def test_imports_inside_the_package_are_absolute():
    """`from . import x` would hide a module from the circle check above (the queue app included)."""
    relative = [
        f"{name}:{node.lineno}" for name, path in modules().items()
        for node in ast.walk(ast.parse(path.read_text()))
        if isinstance(node, ast.ImportFrom) and node.level
    ]
    assert not relative, relative
