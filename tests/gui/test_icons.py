"""The icons are drawn in the text colour of the palette: dark lines on a light theme, light
lines on a dark one, and they follow a palette change while the program runs."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QToolButton
from pytestqt.qtbot import QtBot

from ssb_desktop.views.icons import app_icon, icon, page_icon


def _lightness(pixmap: QPixmap) -> list[int]:
    """The lightness of every pixel the icon draws (the opaque ones)."""
    image = pixmap.toImage()
    return [
        image.pixelColor(x, y).lightness()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() > 128
    ]


def _palette(text: str, background: str) -> QPalette:
    palette = QPalette()
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Button, QPalette.ColorRole.Base):
        palette.setColor(role, QColor(background))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.Text,
    ):
        palette.setColor(role, QColor(text))
    return palette


@pytest.fixture
def dark(qapp: QApplication) -> Iterator[QApplication]:
    before = QPalette(qapp.palette())
    qapp.setPalette(_palette("#eeeeee", "#202020"))
    yield qapp
    qapp.setPalette(before)


def test_in_a_light_palette_the_icons_are_dark(qapp: QApplication) -> None:
    drawn = _lightness(icon("save").pixmap(32))

    assert drawn and max(drawn) < 100


def test_in_a_dark_palette_the_icons_are_light(dark: QApplication) -> None:
    for name in ("save", "new", "export", "print"):
        drawn = _lightness(icon(name).pixmap(32))
        assert drawn and min(drawn) > 200, name
    navigation = _lightness(page_icon("ssb_desktop.views.awards_page:AwardsPage").pixmap(16))
    assert navigation and min(navigation) > 200


def test_an_icon_follows_a_change_of_palette_while_shown(qtbot: QtBot, qapp: QApplication) -> None:
    button = QToolButton()
    button.setIcon(icon("save"))
    button.setIconSize(QSize(24, 24))
    qtbot.addWidget(button)
    button.show()
    before = QPalette(qapp.palette())
    try:
        qapp.setPalette(_palette("#ffffff", "#000000"))
        QApplication.processEvents()
        shown = button.grab().toImage()
        # The lines in the middle of the button are the icon's: white on black now.
        lightest = max(
            shown.pixelColor(x, y).lightness()
            for x in range(shown.width())
            for y in range(shown.height())
        )
        assert lightest > 200
    finally:
        qapp.setPalette(before)
    drawn = _lightness(button.icon().pixmap(24))
    assert drawn and max(drawn) < 100


def test_a_disabled_icon_is_drawn_in_the_disabled_text_colour(dark: QApplication) -> None:
    palette = dark.palette()
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#808080"))
    dark.setPalette(palette)

    drawn = _lightness(icon("save").pixmap(QSize(32, 32), QIcon.Mode.Disabled))

    assert drawn and all(100 < value < 160 for value in drawn)


def test_the_application_icon_keeps_its_own_colours(dark: QApplication) -> None:
    image = app_icon().pixmap(64).toImage()
    corner = image.pixelColor(32, 8)  # the blue square behind the scales

    assert corner.blue() > corner.red() + 60
