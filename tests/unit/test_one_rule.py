"""One rule, one place (DESIGN.md section 1): outside ``services/subsidies/rules.py`` no module of
the program defines a set of application statuses or checks an amount against a ceiling.

The walk reads the source (abstract syntax trees), so it covers the views as well as the
services. A status set is a set, frozenset, tuple or list literal naming two or more
``ApplicationStatus`` members; a ceiling check is an ordering comparison (<, <=, >, >=) or a
subtraction with a ceiling in it (a name or attribute containing "ceiling"; the procurement's
unrelated "price ceiling" excepted).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import ssb_desktop

PACKAGE = Path(ssb_desktop.__file__).parent
RULES = PACKAGE / "services" / "subsidies" / "rules.py"
_ORDERING = (ast.Lt, ast.LtE, ast.Gt, ast.GtE)


def _status_aliases(tree: ast.AST) -> set[str]:
    """Names bound to ApplicationStatus in a module (``S = ApplicationStatus``)."""
    names = {"ApplicationStatus"}
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Name)
            and node.value.id in names
        ):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
    return names


def _is_status(node: ast.AST, aliases: set[str]) -> bool:
    return (
        isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id in aliases
        and node.attr.isupper()
    )


def _mentions_ceiling(node: ast.AST) -> bool:
    for inner in ast.walk(node):
        name = (
            inner.id
            if isinstance(inner, ast.Name)
            else inner.attr
            if isinstance(inner, ast.Attribute)
            else ""
        ).lower()
        if "ceiling" in name and "price_ceiling" not in name:
            return True
    return False


def findings(source: str, label: str) -> Iterator[str]:
    """Status sets and ceiling checks in ``source``, as "label:line: what"."""
    tree = ast.parse(source)
    aliases = _status_aliases(tree)
    for node in ast.walk(tree):
        elements: list[ast.expr] = []
        if isinstance(node, (ast.Set, ast.Tuple, ast.List)):
            elements = list(node.elts)
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in ("frozenset", "set")
            and node.args
            and isinstance(node.args[0], (ast.Set, ast.Tuple, ast.List))
        ):
            continue  # the literal inside is found on its own
        if sum(_is_status(element, aliases) for element in elements) >= 2:
            yield f"{label}:{getattr(node, 'lineno', 0)}: a set of application statuses"
        ordering = isinstance(node, ast.Compare) and any(
            isinstance(op, _ORDERING) for op in node.ops
        )
        if ordering and _mentions_ceiling(node):
            yield f"{label}:{getattr(node, 'lineno', 0)}: a comparison with a ceiling"
        subtraction = isinstance(node, ast.BinOp) and isinstance(node.op, ast.Sub)
        if subtraction and _mentions_ceiling(node):
            yield f"{label}:{getattr(node, 'lineno', 0)}: a subtraction from a ceiling"


def test_the_walk_finds_a_copied_status_set_and_ceiling_check() -> None:
    copied = (
        "S = ApplicationStatus\n"
        "OPEN = frozenset({S.RECEIVED, S.COMPLETE})\n"
        "def fits(amount, ceiling, granted):\n"
        "    return amount <= ceiling - granted\n"
        "if status in (ApplicationStatus.GRANTED, ApplicationStatus.SETTLED): pass\n"
    )
    found = sorted(findings(copied, "copy.py"))
    assert found == [
        "copy.py:2: a set of application statuses",
        "copy.py:4: a comparison with a ceiling",
        "copy.py:4: a subtraction from a ceiling",
        "copy.py:5: a set of application statuses",
    ]


def test_no_module_outside_the_rules_defines_a_status_set_or_a_ceiling_check() -> None:
    found: list[str] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path == RULES or "migrations" in path.parts:
            continue
        found.extend(findings(path.read_text(encoding="utf-8"), str(path.relative_to(PACKAGE))))
    assert found == []


def test_the_rules_module_needs_no_session() -> None:
    tree = ast.parse(RULES.read_text(encoding="utf-8"))
    imported = {
        node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
    } | {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    }
    assert not any(name.startswith(("sqlalchemy", "PySide6")) for name in imported)
    assert "Session" not in RULES.read_text(encoding="utf-8")
