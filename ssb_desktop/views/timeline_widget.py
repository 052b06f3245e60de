"""A lot's timeline: what happened and what is due, by date, with today marked.

Each event shows its date (dd-mm-yyyy), a shape that belongs to its kind and the kind in
words, so that nothing depends on colour. Today is a row of its own between the past and the
future. A list widget rather than a painted strip: it scrolls, reads out and takes the
keyboard focus like every other list.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from ssb_desktop.errors import N_
from ssb_desktop.formatting import format_date

ICON_SIZE = 16
TODAY_KIND = "today"

# The kinds of services.awards.timeline: the words in the tooltip and the shape of the icon.
# An unknown kind shows a plain dot.
KIND_LABELS: Mapping[str, str] = {
    "decision_sent": N_("Timeline", "Award decision sent"),
    "decision_withdrawn": N_("Timeline", "Award decision withdrawn"),
    "objection_received": N_("Timeline", "Objection received"),
    "hearing": N_("Timeline", "Hearing"),
    "objection_decided": N_("Timeline", "Objection decided"),
    "standstill_end": N_("Timeline", "Standstill period ends"),
    "definitive": N_("Timeline", "Definitive award"),
    "contract_start": N_("Timeline", "Contract starts"),
    "option_deadline": N_("Timeline", "Option decision due"),
    "option_decided": N_("Timeline", "Option decided"),
    "contract_end": N_("Timeline", "Contract ends"),
    TODAY_KIND: N_("Timeline", "Today"),
}

_SHAPES: Mapping[str, str] = {
    "decision_sent": "square",
    "decision_withdrawn": "cross",
    "objection_received": "triangle",
    "hearing": "triangle",
    "objection_decided": "triangle_open",
    "standstill_end": "hourglass",
    "definitive": "diamond",
    "contract_start": "right",
    "option_deadline": "hourglass",
    "option_decided": "square_open",
    "contract_end": "left",
    TODAY_KIND: "today",
}

_INK = QColor("#1f3a5f")
_TODAY_INK = QColor("#8a1c1c")


def kind_label(kind: str) -> str:
    """The words for ``kind`` in the current language (the kind itself when unknown)."""
    label = KIND_LABELS.get(kind)
    return QCoreApplication.translate("Timeline", label) if label else kind


def _icon(shape: str) -> QIcon:
    pixmap = QPixmap(ICON_SIZE, ICON_SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    ink = _TODAY_INK if shape == "today" else _INK
    painter.setPen(QPen(ink, 1.6))
    filled = QBrush(ink)
    open_brush = QBrush(Qt.BrushStyle.NoBrush)
    box = QRectF(2.5, 2.5, ICON_SIZE - 5, ICON_SIZE - 5)
    mid = ICON_SIZE / 2
    if shape in ("square", "square_open"):
        painter.setBrush(filled if shape == "square" else open_brush)
        painter.drawRect(box)
    elif shape in ("diamond", "diamond_open"):
        painter.setBrush(filled if shape == "diamond" else open_brush)
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(mid, 1.5),
                    QPointF(ICON_SIZE - 1.5, mid),
                    QPointF(mid, ICON_SIZE - 1.5),
                    QPointF(1.5, mid),
                ]
            )
        )
    elif shape in ("triangle", "triangle_open"):
        painter.setBrush(filled if shape == "triangle" else open_brush)
        painter.drawPolygon(
            QPolygonF(
                [QPointF(mid, 2), QPointF(ICON_SIZE - 2, ICON_SIZE - 3), QPointF(2, ICON_SIZE - 3)]
            )
        )
    elif shape == "hourglass":
        painter.setBrush(filled)
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(3, 2),
                    QPointF(ICON_SIZE - 3, 2),
                    QPointF(3, ICON_SIZE - 2),
                    QPointF(ICON_SIZE - 3, ICON_SIZE - 2),
                ]
            )
        )
    elif shape in ("right", "left"):
        painter.setBrush(filled)
        tip, base = (ICON_SIZE - 2.0, 3.0) if shape == "right" else (2.0, ICON_SIZE - 3.0)
        painter.drawPolygon(
            QPolygonF([QPointF(base, 2), QPointF(tip, mid), QPointF(base, ICON_SIZE - 2)])
        )
        painter.drawLine(QPointF(ICON_SIZE - tip, 2), QPointF(ICON_SIZE - tip, ICON_SIZE - 2))
    elif shape == "cross":
        painter.setPen(QPen(ink, 2.4))
        painter.drawLine(QPointF(3, 3), QPointF(ICON_SIZE - 3, ICON_SIZE - 3))
        painter.drawLine(QPointF(ICON_SIZE - 3, 3), QPointF(3, ICON_SIZE - 3))
    elif shape == "today":
        painter.setPen(QPen(ink, 2.4))
        painter.drawLine(QPointF(1, mid), QPointF(ICON_SIZE - 1, mid))
        painter.setBrush(filled)
        painter.drawEllipse(QPointF(mid, mid), 3.5, 3.5)
    else:
        painter.setBrush(filled)
        painter.drawEllipse(QPointF(mid, mid), 4, 4)
    painter.end()
    return QIcon(pixmap)


class TimelineWidget(QListWidget):
    """The events of one lot in date order, today marked; read-only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Timeline"))
        self.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self._icons: dict[str, QIcon] = {}
        self._events: list[tuple[date, str, str]] = []

    def _icon_for(self, kind: str) -> QIcon:
        shape = _SHAPES.get(kind, "dot")
        icon = self._icons.get(shape)
        if icon is None:
            icon = self._icons[shape] = _icon(shape)
        return icon

    def set_events(self, events: Sequence[tuple[date, str, str]], today: date) -> None:
        """Show ``events`` (date, kind, translated text) by date, with a row for ``today``
        placed after the events of today and before those to come."""
        self._events = sorted(events, key=lambda event: event[0])
        self.clear()
        if not self._events:
            self.addItem(self.tr("Nothing has happened on this lot yet."))
            return
        today_shown = False
        for day, kind, text in self._events:
            if not today_shown and day > today:
                self._add_today(today)
                today_shown = True
            line = f"{format_date(day)}   {text or kind_label(kind)}"
            item = QListWidgetItem(self._icon_for(kind), line)
            item.setData(Qt.ItemDataRole.UserRole, kind)
            when = self.tr("past") if day < today else self.tr("to come")
            if day == today:
                when = self.tr("today")
            item.setToolTip(f"{kind_label(kind)} ({when})")
            self.addItem(item)
        if not today_shown:
            self._add_today(today)

    def _add_today(self, today: date) -> None:
        text = self.tr("Today, {date}").format(date=format_date(today))
        item = QListWidgetItem(self._icon_for(TODAY_KIND), f"{text} ────────")
        item.setData(Qt.ItemDataRole.UserRole, TODAY_KIND)
        font = QFont(self.font())
        font.setBold(True)
        item.setFont(font)
        item.setToolTip(text)
        self.addItem(item)

    def lines(self) -> list[str]:
        """The rows as shown (for tests and for copying)."""
        return [self.item(row).text() for row in range(self.count())]
