"""Screenshots of every page, tab and form dialog on the demo data, in Dutch, with offscreen Qt,
for a person to look at (issue 15: "look at them").

    PYTHONPATH=. python tools/screenshots.py OUT_FOLDER [--scale 1.5] [--only TEXT]

Scale 1 is a 1366x768 laptop (the window 1366x728 below the taskbar); scale 1.5 is a
1920x1080 screen at 150 %: Qt lays out on 1280x720 logical pixels and the PNGs are
1920x1080 physical pixels, as the user sees them. Next to the PNGs, ``report.txt`` lists what
tests/gui/screen_fit.py finds on each screen (cut headers, cells, labels and buttons, sideways
scrolling of a page and of a list, toolbars with actions behind "»").

The dialogs are the form dialogs of tests/gui/test_dialog_keyboard_walk.py, built on the
demo data as that walk builds them, so a new dialog added there is photographed too.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
from pathlib import Path

SCREENS = {"1": (1366, 768), "1.5": (1280, 720)}
TASKBAR = 40  # logical pixels under the window on a Windows desktop


def _configure_qt(scale: str, folder: Path) -> None:
    """Offscreen Qt with one screen of the chosen size; must run before Qt is imported."""
    width, height = SCREENS[scale]
    config = folder / "screens.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "screen",
                        "x": 0,
                        "y": 0,
                        "width": int(width * float(scale)),
                        "height": int(height * float(scale)),
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    }
                ]
            }
        ),
        encoding="utf-8",
    )
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    os.environ["QT_SCALE_FACTOR"] = scale


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--scale", choices=sorted(SCREENS), default="1")
    parser.add_argument("--only", default="", help="only screens whose name contains this")
    args = parser.parse_args(argv)
    args.folder.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="ssb-screens-"))
    _configure_qt(args.scale, work)

    from PySide6.QtWidgets import QApplication, QTabWidget, QToolBar

    app = QApplication([sys.argv[0]])

    from ssb_desktop.db.database import sqlite_url
    from ssb_desktop.i18n import install_translators
    from ssb_desktop.services.demo import build_demo
    from ssb_desktop.settings import Settings
    from ssb_desktop.startup import open_database
    from ssb_desktop.views import page as page_module
    from ssb_desktop.views.main_window import MainWindow
    from tests.gui.screen_fit import cut_texts, lists_scrolling_sideways, scrolls_sideways
    from tests.gui.test_dialog_keyboard_walk import DIALOGS

    db = open_database(sqlite_url(work / "demo.sqlite3"), account="tester")
    with db.transaction() as session:
        build_demo(session)
    install_translators(app, "nl")
    width, height = SCREENS[args.scale]
    report: list[str] = [f"scale {args.scale}: window {width}x{height - TASKBAR} logical"]

    def shoot(name: str, widget: object, problems: list[str]) -> None:
        app.processEvents()
        path = args.folder / f"{_slug(name)}.png"
        widget.grab().save(str(path))  # type: ignore[attr-defined]
        report.append(f"\n{name}  ({path.name})")
        report.extend(f"  - {problem}" for problem in problems)

    window = MainWindow(Settings(work / "settings.ini"))
    window.resize(width, height - TASKBAR)
    window.show()
    window.attach_database(db)
    for row in range(window.navigation.count()):
        window.show_page(row)
        page = window.current_page()
        title = window.navigation.item(row).text()
        tabs = [tab for tab in page.findChildren(QTabWidget) if tab.isVisibleTo(page)]
        states = [(title, -1)] if not tabs else [(title, i) for i in range(tabs[0].count())]
        for name, index in states:
            if index >= 0:
                tabs[0].setCurrentIndex(index)
                name = f"{name} - {tabs[0].tabText(index).replace('&', '')}"
            if args.only.lower() not in name.lower():
                continue
            app.processEvents()
            problems = cut_texts(page) + scrolls_sideways(page) + lists_scrolling_sideways(page)
            problems += [
                f"toolbar {bar.windowTitle()!r} hides actions behind »"
                for bar in page.findChildren(QToolBar)
                if bar.isVisibleTo(page) and page_module.toolbar_overflows(bar)
            ]
            shoot(name, window, problems)
    window.close()

    for name, factory in sorted(DIALOGS.items()):
        if args.only.lower() not in name.lower():
            continue
        dialog = factory(db)
        dialog.show()
        app.processEvents()
        problems = cut_texts(dialog) + scrolls_sideways(dialog) + lists_scrolling_sideways(dialog)
        size = dialog.frameGeometry()
        if size.width() > width or size.height() > height - TASKBAR:
            problems.append(f"larger than the screen: {size.width()}x{size.height()}")
        shoot(name, dialog, problems)
        dialog.done(0)
        dialog.deleteLater()

    (args.folder / "report.txt").write_text("\n".join(report) + "\n", encoding="utf-8")
    print("\n".join(report))
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
