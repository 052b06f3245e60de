"""The one-way import rule of DESIGN.md section 1, checked on the source and by import-linter."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import ssb_desktop

PACKAGE_DIR = Path(ssb_desktop.__file__).resolve().parent
REPOSITORY = PACKAGE_DIR.parent

HEADLESS_LAYERS = ("services", "excel", "db", "records", "formatting")

# (layers the rule applies to, what they must never import, why)
RULES: tuple[tuple[tuple[str, ...], tuple[str, ...], str], ...] = (
    (
        HEADLESS_LAYERS,
        ("PySide6", "shiboken6"),
        "rules, exchange and data work headless: no Qt",
    ),
    (
        ("models",),
        ("sqlalchemy", "ssb_desktop.db", "ssb_desktop.services"),
        "Qt models hold records, never database rows or sessions",
    ),
    (
        ("documents",),
        ("PySide6.QtWidgets", "sqlalchemy", "ssb_desktop.db"),
        "documents render with QtGui on a headless machine, from records",
    ),
    (
        ("services", "excel", "db"),
        ("ssb_desktop.views", "ssb_desktop.models", "ssb_desktop.documents"),
        "the lower layers never reach up into the interface",
    ),
)


@dataclass(frozen=True)
class Violation:
    module: str
    line: int
    imported: str
    reason: str

    def __str__(self) -> str:
        return f"{self.module}:{self.line} imports {self.imported} ({self.reason})"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(REPOSITORY).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_names(module: str, source: str, is_package: bool) -> Iterator[tuple[int, str]]:
    """Every module named by an import anywhere in the source, lazy imports included."""
    package = module if is_package else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, base]) if base else ".".join(anchor)
            yield node.lineno, base
            # "from ssb_desktop import views" names the subpackage, not only the package.
            for alias in node.names:
                yield node.lineno, f"{base}.{alias.name}"


def _within(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def violations_in(module: str, source: str, is_package: bool = False) -> list[Violation]:
    found: list[Violation] = []
    for layers, forbidden, reason in RULES:
        if not any(_within(module, f"ssb_desktop.{layer}") for layer in layers):
            continue
        for line, name in imported_names(module, source, is_package):
            for target in forbidden:
                if _within(name, target):
                    found.append(Violation(module, line, name, reason))
    return list(dict.fromkeys(found))


def package_sources() -> Iterator[Path]:
    yield from sorted(PACKAGE_DIR.rglob("*.py"))


def test_the_walker_catches_each_kind_of_wrong_arrow() -> None:
    assert violations_in("ssb_desktop.services.x", "from PySide6.QtCore import QObject")
    assert violations_in("ssb_desktop.formatting", "import PySide6")
    assert violations_in("ssb_desktop.models.x", "def f():\n    from sqlalchemy import select\n")
    assert violations_in("ssb_desktop.models.x", "from ..services import organisations")
    assert violations_in("ssb_desktop.models.x", "from ssb_desktop import db")
    assert violations_in("ssb_desktop.db", "from .. import views", is_package=True)
    assert violations_in("ssb_desktop.excel.x", "from ssb_desktop.models.m import Model")
    assert not violations_in("ssb_desktop.views.x", "from PySide6.QtWidgets import QWidget")
    assert not violations_in("ssb_desktop.models.x", "from ssb_desktop.records import Role")
    assert not violations_in("ssb_desktop.services.x", "from ssb_desktop.db.base import Base")


def test_no_module_of_ssb_desktop_imports_against_the_layers() -> None:
    sources = list(package_sources())
    assert len(sources) > 10, f"the walk found too few modules under {PACKAGE_DIR}"
    problems: list[Violation] = []
    for path in sources:
        problems += violations_in(
            module_name(path), path.read_text(encoding="utf-8"), path.name == "__init__.py"
        )
    assert not problems, "wrong arrows (DESIGN.md section 1):\n" + "\n".join(map(str, problems))


def test_the_headless_layers_load_without_qt() -> None:
    # Migration scripts run only inside Alembic, so they are left out of the plain imports.
    headless = [
        name
        for name in map(module_name, package_sources())
        if name.split(".")[1:2]
        and name.split(".")[1] in HEADLESS_LAYERS
        and ".migrations" not in name
    ]
    code = (
        "import importlib, sys\n"
        f"for name in {headless!r}:\n"
        "    importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]", f"Qt loaded by the headless layers: {result.stdout}"


def test_import_linter_contracts_are_kept() -> None:
    scripts = Path(sys.executable).parent
    lint_imports = shutil.which("lint-imports", path=str(scripts))
    assert lint_imports is not None, f"lint-imports is not installed in {scripts}"
    result = subprocess.run(
        [lint_imports, "--no-cache"],
        cwd=REPOSITORY,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_services_receive_a_session_and_never_open_one() -> None:
    """DESIGN.md section 2: one short session per user action, opened by the caller."""
    import ssb_desktop.services

    folder = Path(ssb_desktop.services.__file__).parent
    offenders = [
        f"{path.name}: {line.strip()}"
        for path in sorted(folder.glob("*.py"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if ".transaction(" in line or "Database(" in line or "sessionmaker(" in line
    ]
    assert offenders == []


def test_the_main_window_is_shown_before_sqlalchemy_is_imported(tmp_path: Path) -> None:
    # What `ssb-desktop` does before the first paint (app.start_gui without the database):
    # SQLAlchemy and the tables cost several times a bare window's start-up, so they are
    # imported only when the database opens, after the window is on screen (issue 18).
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from ssb_desktop.app import database_handling\n"
        "from ssb_desktop.settings import Settings\n"
        "from ssb_desktop.views.main_window import MainWindow\n"
        "app = QApplication([])\n"
        f"window = MainWindow(Settings(Path({str(tmp_path / 'settings.ini')!r})))\n"
        "window.database_handling = database_handling()\n"
        "window.show()\n"
        "app.processEvents()\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'alembic', "
        "'openpyxl'}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]", f"imported before the first paint: {result.stdout}"
