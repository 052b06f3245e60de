"""What a civil servant notices on a screen that is too small for a window: a column header cut
("Gedeeltelijk ve…"), a cell cut in its typical content, a label or button whose text does
not fit, and a page that scrolls sideways. Used by the fit tests and by tools/screenshots.py,
which lists these next to its screenshots.

Only what is on screen counts: hidden widgets, columns scrolled out of sight and rows below
the fold are not measured, and the last column of a table that stretches is measured
against the room it has.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QLabel,
    QTableView,
    QToolBar,
    QTreeView,
    QWidget,
)

from ssb_desktop.views.table_state import header_needs

# A few pixels of slack: the style's own margins differ per platform by about this much.
SLACK = 2
# The rows of a list measured for its "typical content": the first screenful.
ROWS = 30


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and widget.width() > 0


def _cell_needs(view: QAbstractItemView, index: QModelIndex) -> int:
    delegate = view.itemDelegateForIndex(index)
    if delegate is None:
        return 0
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    return delegate.sizeHint(option, index).width()


def _table_problems(view: QTableView | QTreeView, name: str) -> list[str]:
    header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
    model = view.model()
    if model is None or header.isHidden():
        return []
    problems: list[str] = []
    room = view.viewport().width()
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        left = header.sectionViewportPosition(section)
        width = header.sectionSize(section)
        if width <= 0 or left < 0 or left + width > room + SLACK:
            continue  # (partly) scrolled out of sight: the list scrolls sideways, reported apart
        text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        sorted_by = header.isSortIndicatorShown() and header.sortIndicatorSection() == section
        needed = header_needs(header, section, sorted_by=sorted_by)
        if text and needed > width + SLACK:
            problems.append(f"{name}: header {text!r} cut ({width} of {needed} px)")
        rows = min(model.rowCount(), ROWS)
        cut = 0
        example = ""
        for row in range(rows):
            index = model.index(row, section)
            shown = str(model.data(index, Qt.ItemDataRole.DisplayRole) or "")
            if not shown or view.indexWidget(index) is not None:
                continue
            if _cell_needs(view, index) > width + SLACK:
                cut += 1
                example = example or shown
        if cut:
            problems.append(
                f"{name}: column {text!r} cuts {cut} of {rows} cells, e.g. {example!r} ({width} px)"
            )
    return problems


def cut_texts(root: QWidget) -> list[str]:
    """Every header, cell, label and button under ``root`` whose text does not fit."""
    problems: list[str] = []
    views: list[QTableView | QTreeView] = [
        *root.findChildren(QTableView),
        *root.findChildren(QTreeView),
    ]
    if isinstance(root, QTableView | QTreeView):
        views.insert(0, root)
    for view in views:
        if view is root or _shown(view, root):
            problems += _table_problems(view, view.accessibleName() or view.objectName())
    for label in root.findChildren(QLabel):
        if not _shown(label, root) or label.wordWrap() or not label.text():
            continue
        if label.textFormat() == Qt.TextFormat.RichText or "<" in label.text():
            continue  # rich text lays itself out; its hint is not its one-line width
        if label.minimumSizeHint().width() > label.width() + SLACK:
            problems.append(f"label {label.text()!r} cut ({label.width()} px)")
    for button in root.findChildren(QAbstractButton):
        if not _shown(button, root) or isinstance(button.parentWidget(), QToolBar):
            continue  # toolbars are checked by page.toolbar_overflows
        if button.text() and button.sizeHint().width() > button.width() + SLACK:
            problems.append(f"button {button.text()!r} cut ({button.width()} px)")
    return problems


def scrolls_sideways(root: QWidget) -> list[str]:
    """The scroll areas under ``root`` (and those holding it) that show a horizontal bar,
    item views excepted (a wide list scrolls on its own; its columns are checked instead)."""
    found: list[str] = []
    areas = [w for w in root.findChildren(QAbstractScrollArea) if _shown(w, root)]
    holder = root.parentWidget()
    while holder is not None:
        if isinstance(holder, QAbstractScrollArea):
            areas.append(holder)
        holder = holder.parentWidget()
    for area in areas:
        if isinstance(area, QAbstractItemView):
            continue
        bar = area.horizontalScrollBar()
        if bar.isVisible() and bar.maximum() > 0:
            found.append(f"{type(area).__name__} {area.objectName()} scrolls {bar.maximum()} px")
    return found


def lists_scrolling_sideways(root: QWidget) -> list[str]:
    """The lists under ``root`` that show a horizontal scroll bar (their columns do not fit)."""
    found: list[str] = []
    for view in root.findChildren(QAbstractItemView):
        if not _shown(view, root):
            continue
        bar = view.horizontalScrollBar()
        if bar.isVisible() and bar.maximum() > 0:
            found.append(f"{view.accessibleName() or type(view).__name__} scrolls sideways")
    return found
