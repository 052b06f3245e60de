"""The program's one icon set: Tabler outline icons as SVG files in resources/icons (MIT,
see LICENSE.txt there), crisp at every scale, for toolbar actions, menus and the navigation.

SVG files instead of an icon font (qtawesome): about 25 files of under 1 KB each against
qtawesome's fonts and its QtPy dependency in the Windows bundle, and nothing to keep up to
date. The icons are drawn in the colour of the text around them (the palette's ButtonText,
HighlightedText when selected, the disabled text colour when disabled), read each time they
are drawn, so that they follow a dark theme and a change of palette while the program runs.
An action gets its icon from what it does, and for the frequent actions that is already
said by its shortcut (Ctrl+N is new, Ctrl+S save ...), so pages need no icon code of their own.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QKeySequence,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtSvg import QSvgRenderer

# Shortcut (portable text) -> icon: one meaning per shortcut in the whole program.
SHORTCUT_ICONS: dict[str, str] = {
    "Ctrl+N": "new",
    "Ctrl+Shift+N": "new",
    "Return": "edit",
    "Del": "delete",
    "Ctrl+S": "save",
    "Ctrl+Return": "submit",
    "Ctrl+Shift+R": "record",
    "Ctrl+I": "import",
    "Ctrl+E": "export",
    "Ctrl+D": "signature",
    "Ctrl+P": "print",
    "F5": "reload",
}

# Navigation: the page's module -> icon.
PAGE_ICONS: dict[str, str] = {
    "dashboard_page": "dashboard",
    "organisations_page": "organisations",
    "procurements_page": "procurements",
    "bids_page": "bids",
    "evaluation_page": "evaluation",
    "awards_page": "awards",
    "subsidies_page": "subsidies",
    "audit_log_page": "audit",
    "administration_page": "administration",
}


def icon_path(name: str) -> Path:
    return Path(str(resources.files("ssb_desktop") / "resources" / "icons" / f"{name}.svg"))


# The Tabler files draw with stroke="currentColor": the colour the engine fills in.
_CURRENT_COLOUR = b"currentColor"


def _text_colour(mode: QIcon.Mode) -> QColor:
    """The colour of the text an icon in ``mode`` stands beside, in the palette of now."""
    palette = QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
    return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText)


class PaletteIconEngine(QIconEngine):
    """Draws an SVG whose lines are "currentColor" in the palette's text colour of the moment
    (see :func:`_text_colour`): a palette change gives the next paint the new colour."""

    def __init__(self, svg: bytes) -> None:
        super().__init__()
        self._svg = svg
        self._renderers: dict[str, QSvgRenderer] = {}
        self._pixmaps: dict[tuple[int, int, str, float], QPixmap] = {}

    def _draw(self, painter: QPainter, mode: QIcon.Mode, rect: QRect | None = None) -> None:
        colour = _text_colour(mode)
        rgb = colour.name(QColor.NameFormat.HexRgb)
        renderer = self._renderers.get(rgb)
        if renderer is None:
            renderer = QSvgRenderer(QByteArray(self._svg.replace(_CURRENT_COLOUR, rgb.encode())))
            self._renderers[rgb] = renderer
        painter.save()
        # SVG colours have no alpha: a translucent palette colour (disabled) is an opacity.
        painter.setOpacity(painter.opacity() * colour.alphaF())
        if rect is None:
            renderer.render(painter)
        else:
            renderer.render(painter, rect.toRectF())
        painter.restore()

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        self._draw(painter, mode, rect)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        colour = _text_colour(mode).name(QColor.NameFormat.HexArgb)
        key = (size.width(), size.height(), colour, scale)
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            pixmap = QPixmap(size * scale)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            self._draw(painter, mode)
            painter.end()
            pixmap.setDevicePixelRatio(scale)
            self._pixmaps[key] = pixmap
        return pixmap

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def clone(self) -> QIconEngine:
        return PaletteIconEngine(self._svg)

    def key(self) -> str:
        return "ssb-palette-svg"


@functools.cache
def icon(name: str) -> QIcon:
    """The icon ``name`` (a file in resources/icons); an empty icon when there is none. A
    line icon follows the palette's text colour; one with colours of its own (the
    application icon) keeps them."""
    path = icon_path(name)
    if not path.is_file():
        return QIcon()
    svg = path.read_bytes()
    if _CURRENT_COLOUR not in svg:
        return QIcon(str(path))
    return QIcon(PaletteIconEngine(svg))


def app_icon() -> QIcon:
    return icon("app")


def icon_for_shortcuts(shortcuts: Iterable[QKeySequence]) -> QIcon | None:
    """The icon that goes with the first shortcut that has one, else None."""
    for shortcut in shortcuts:
        name = SHORTCUT_ICONS.get(shortcut.toString(QKeySequence.SequenceFormat.PortableText))
        if name is not None:
            return icon(name)
    return None


def page_icon(target: str) -> QIcon:
    """The navigation icon of a page given as "package.module:Class"."""
    module = target.partition(":")[0].rpartition(".")[2]
    name = PAGE_ICONS.get(module)
    return icon(name) if name else QIcon()
