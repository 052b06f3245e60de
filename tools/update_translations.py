"""Collects every translatable text of ssb_desktop into the Dutch catalogue and compiles it.

Run it after adding or changing a ``tr()``, ``QCoreApplication.translate()`` or
``N_(context, text)``:

    python tools/update_translations.py

It updates ``resources/i18n/ssb_desktop_nl.ts`` (existing translations are kept, texts no
longer in the code are dropped), lists the texts that still need a Dutch translation, and
compiles the catalogue to ``ssb_desktop/resources/ssb_desktop_nl.qm``, which ships in the
package. Translate with Qt Linguist (``pyside6-linguist``) or in a text editor: fill in the
``<translation>`` and remove its ``type="unfinished"``; then run this tool again to compile.
Commit both files; ``tests/unit/test_translations.py`` fails while anything is missing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "ssb_desktop"
TS_FILE = ROOT / "resources" / "i18n" / "ssb_desktop_nl.ts"
QM_FILE = PACKAGE / "resources" / "ssb_desktop_nl.qm"
# English is the source language; only its plural forms need a catalogue ("1 score", not
# "1 scores"): lupdate -pluralonly collects the texts with %n.
EN_TS_FILE = ROOT / "resources" / "i18n" / "ssb_desktop_en.ts"
EN_QM_FILE = PACKAGE / "resources" / "ssb_desktop_en.qm"

LUPDATE_OPTIONS = (
    # errors.N_(context, text) marks texts in modules that must not import Qt.
    "-tr-function-alias",
    "QT_TRANSLATE_NOOP+=N_",
    # No file names or line numbers: the catalogue then changes only when texts change,
    # which keeps merges between developers painless.
    "-locations",
    "none",
    "-no-obsolete",
    "-sort-messages",
    "-source-language",
    "en",
    "-target-language",
    "nl_NL",
    "-silent",
)


def tool(name: str) -> str:
    """The path of ``pyside6-<name>``, preferring the one installed beside this Python."""
    program = f"pyside6-{name}"
    search = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
    found = shutil.which(program, path=search)
    if found is None:
        raise SystemExit(f"{program} not found: install PySide6 (pip install -e .[test])")
    return found


def source_files() -> list[Path]:
    return sorted(path for path in PACKAGE.rglob("*.py") if "__pycache__" not in path.parts)


def run_lupdate(ts_file: Path, *, plurals_only: bool = False) -> None:
    """Extract the texts of every module into ``ts_file``, merging with what it holds."""
    ts_file.parent.mkdir(parents=True, exist_ok=True)
    options = list(LUPDATE_OPTIONS)
    if plurals_only:
        options[options.index("nl_NL")] = "en_GB"
        options.append("-pluralonly")
    with tempfile.TemporaryDirectory() as folder:
        # A list file keeps the command short enough for Windows whatever the module count.
        listing = Path(folder) / "sources.lst"
        listing.write_text("\n".join(str(path) for path in source_files()) + "\n", "utf-8")
        command = [tool("lupdate"), *options, f"@{listing}", "-ts", str(ts_file)]
        subprocess.run(command, check=True)


def run_lrelease(ts_file: Path, qm_file: Path) -> None:
    """Compile ``ts_file`` into ``qm_file``."""
    qm_file.parent.mkdir(parents=True, exist_ok=True)
    command = [tool("lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)]
    subprocess.run(command, check=True)


def untranslated(ts_file: Path) -> list[tuple[str, str]]:
    """(context, source) of every message without a finished, non-empty translation."""
    missing = []
    # The catalogue is our own file, not untrusted input.
    root = ElementTree.parse(ts_file).getroot()
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if (
                translation is None
                or translation.get("type") in {"unfinished", "vanished", "obsolete"}
                or not "".join(translation.itertext()).strip()
            ):
                missing.append((name, message.findtext("source", "")))
    return missing


def main() -> int:
    run_lupdate(TS_FILE)
    run_lupdate(EN_TS_FILE, plurals_only=True)
    missing = untranslated(TS_FILE) + untranslated(EN_TS_FILE)
    run_lrelease(TS_FILE, QM_FILE)
    run_lrelease(EN_TS_FILE, EN_QM_FILE)
    print(f"Updated {TS_FILE.relative_to(ROOT)}, {EN_TS_FILE.name} and their .qm files")
    if missing:
        print(f"{len(missing)} texts still need a translation (Dutch, or English plurals):")
        for context, source in missing:
            print(f"  [{context}] {source}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
