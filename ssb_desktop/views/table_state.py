"""Remembers how the user arranged the lists of a page: column widths, column order, sort
order, splitter positions and the text of the search boxes, per list, in QSettings.

Each list is known by its objectName; one without a name gets a path of class names from its
page ("OrganisationsPage/QSplitter0/QTableView0"), which stays the same from run to run because
the page builds its widgets in the same order. A list whose columns changed since the state
was saved (a new version of the program) keeps the program's own widths, widened where a
column's header text needs more (see :func:`fit_headers`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QObject, Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QSplitter,
    QStyle,
    QStyleOptionHeader,
    QTableView,
    QTreeView,
    QWidget,
)

from ssb_desktop.settings import Settings

if TYPE_CHECKING:
    from ssb_desktop.views.page import SearchBox

_WATCHED = "ssbStateRemembered"


def state_key(root: QWidget, widget: QWidget) -> str:
    """The name under which ``widget``'s state is kept: its objectName, else its path."""
    if widget.objectName():
        return f"{type(root).__name__}/{widget.objectName()}"
    parts: list[str] = []
    current: QObject | None = widget
    while current is not None and current is not root:
        parent = current.parent()
        kind = type(current).__name__
        siblings = (
            [] if parent is None else [c for c in parent.children() if type(c) is type(current)]
        )
        parts.append(f"{kind}{siblings.index(current) if current in siblings else 0}")
        current = parent
    return "/".join([type(root).__name__, *reversed(parts)])


def remember_state(root: QWidget, settings: Settings) -> int:
    """Restore the saved state of every list, splitter and search box under ``root`` not seen
    before, and keep it up to date from now on; returns how many were taken in."""
    taken = 0
    views: list[QTableView | QTreeView] = [
        *root.findChildren(QTableView),
        *root.findChildren(QTreeView),
    ]
    for view in views:
        if not view.property(_WATCHED):
            _remember_view(root, view, settings)
            taken += 1
    for splitter in root.findChildren(QSplitter):
        if not splitter.property(_WATCHED):
            _remember_splitter(root, splitter, settings)
            taken += 1
    from ssb_desktop.views.page import SearchBox  # the page module uses this one

    for box in root.findChildren(SearchBox):
        if not box.property(_WATCHED):
            _remember_search(root, box, settings)
            taken += 1
    return taken


def _remember_view(root: QWidget, view: QTableView | QTreeView, settings: Settings) -> None:
    view.setProperty(_WATCHED, True)
    header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
    key = f"tables/{state_key(root, view)}"
    saved = settings.view_state(key)
    model = view.model()
    columns = model.columnCount() if model is not None else 0
    if saved is not None and settings.view_state(f"{key}#columns") == _count(columns):
        header.restoreState(saved)
        section = header.sortIndicatorSection()
        if view.isSortingEnabled() and 0 <= section < columns:
            view.sortByColumn(section, header.sortIndicatorOrder())
    else:
        fit_headers(header)

    def save(*_args: object) -> None:
        current = view.model()
        settings.set_view_state(key, header.saveState())
        settings.set_view_state(
            f"{key}#columns", _count(current.columnCount() if current is not None else 0)
        )

    header.sectionResized.connect(save)
    header.sectionMoved.connect(save)
    header.sortIndicatorChanged.connect(save)


def header_needs(header: QHeaderView, section: int, *, sorted_by: bool = False) -> int:
    """The width the header of ``section`` needs to show its whole text, with the sort arrow
    when ``sorted_by`` (the style's own measure, so it holds for every font and scale)."""
    model = header.model()
    if model is None:
        return 0
    option = QStyleOptionHeader()
    header.initStyleOption(option)
    option.section = section
    option.text = str(model.headerData(section, header.orientation()) or "")
    option.fontMetrics = header.fontMetrics()
    if sorted_by:
        option.sortIndicator = QStyleOptionHeader.SortIndicator.SortDown
    size = header.style().sizeFromContents(
        QStyle.ContentsType.CT_HeaderSection, option, header.size()
    )
    return size.width()


def fit_headers(header: QHeaderView) -> None:
    """Widen every column whose width (set by the program for the typical content) is too
    narrow for its header text and a sort arrow, so that no header shows cut ("Opschortend
    t/…") in Dutch or English, at any scale. The user's own widths are never changed."""
    if header.orientation() != Qt.Orientation.Horizontal:
        return
    sortable = header.isSortIndicatorShown() or header.sectionsClickable()
    last = header.count() - 1
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        if section == last and header.stretchLastSection():
            continue  # it takes the room that is left
        if header.sectionResizeMode(section) != QHeaderView.ResizeMode.Interactive:
            continue
        needed = header_needs(header, section, sorted_by=sortable)
        if header.sectionSize(section) < needed:
            header.resizeSection(section, needed)


def _count(columns: int) -> QByteArray:
    return QByteArray(str(columns).encode("ascii"))


def _remember_splitter(root: QWidget, splitter: QSplitter, settings: Settings) -> None:
    splitter.setProperty(_WATCHED, True)
    key = f"splitters/{state_key(root, splitter)}"
    saved = settings.view_state(key)
    if saved is not None:
        splitter.restoreState(saved)
    splitter.splitterMoved.connect(lambda *_a: settings.set_view_state(key, splitter.saveState()))


def _remember_search(root: QWidget, box: SearchBox, settings: Settings) -> None:
    box.setProperty(_WATCHED, True)
    key = f"filters/{state_key(root, box)}"
    saved = settings.view_state(key)
    if saved is not None and not box.text():
        box.setText(bytes(saved.data()).decode("utf-8"))
        box.flush()
    box.search_changed.connect(
        lambda text: settings.set_view_state(key, QByteArray(text.encode("utf-8")))
    )
