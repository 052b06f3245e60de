"""The results chart: one horizontal bar per bid, stacked by main criterion, drawn with
QPainter (Qt Charts is a heavy add-on); every segment and total is written out as text and a
legend names the series, so nothing depends on colour alone."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ssb_desktop.formatting import format_points

# Colour-blind-safe (Okabe-Ito), readable with black text.
PALETTE = (
    "#E69F00",
    "#56B4E9",
    "#009E73",
    "#F0E442",
    "#CC79A7",
    "#D55E00",
    "#0072B2",
    "#999999",
)
_MARGIN = 8.0
_BAR_GAP = 8.0


@dataclass(frozen=True)
class ChartSeries:
    """One kind of segment: ``code`` is written in the segments, ``title`` in the legend."""

    code: str
    title: str


@dataclass(frozen=True)
class ChartBar:
    """One bid: its points per series (in series order), the total, and a note ("excluded")."""

    label: str
    values: tuple[Decimal, ...]
    total: Decimal | None
    note: str = ""


def _short(value: Decimal) -> str:
    return format_points(value)


class ResultsChartWidget(QWidget):
    """Totals per bid stacked by main criterion; the bars scale to ``maximum`` points."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._series: tuple[ChartSeries, ...] = ()
        self._bars: tuple[ChartBar, ...] = ()
        self._maximum = Decimal(100)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Chart of the totals per bid"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_data(
        self,
        series: Sequence[ChartSeries],
        bars: Sequence[ChartBar],
        maximum: Decimal = Decimal(100),
    ) -> None:
        self._series = tuple(series)
        self._bars = tuple(bars)
        self._maximum = maximum if maximum > 0 else Decimal(100)
        self.setAccessibleDescription(self.describe())
        self.updateGeometry()
        self.update()

    def describe(self) -> str:
        """The chart in words, one line per bid (for screen readers and tests)."""
        lines = []
        for bar in self._bars:
            parts = [
                f"{s.code} {_short(v)}" for s, v in zip(self._series, bar.values, strict=False)
            ]
            total = _short(bar.total) if bar.total is not None else bar.note
            lines.append(f"{bar.label}: {total} ({', '.join(parts)})")
        return "\n".join(lines)

    def _row_height(self) -> float:
        return QFontMetricsF(self.font()).height() * 1.8

    def _legend_items(self, left: float, width: float) -> list[tuple[float, float, int, str]]:
        """(x, y, series number, text) per legend entry, wrapped over as many lines as needed."""
        metrics = QFontMetricsF(self.font())
        swatch = metrics.height() * 0.8
        items = []
        x, y = left, _MARGIN
        for number, series in enumerate(self._series):
            text = f"{series.code} {series.title}".strip()
            advance = swatch + 6 + metrics.horizontalAdvance(text) + 16
            if x + advance > width and x > left:
                x, y = left, y + metrics.height() * 1.3
            items.append((x, y, number, text))
            x += advance
        return items

    def _legend_height(self, left: float, width: float) -> float:
        items = self._legend_items(left, width)
        lines = len({y for _x, y, _n, _t in items}) or 1
        return QFontMetricsF(self.font()).height() * (1.3 * lines + 0.3)

    def _label_width(self, width: float) -> float:
        """Room for the bids' names left of the bars: at most 30 % of the width."""
        metrics = QFontMetricsF(self.font())
        widest = max((metrics.horizontalAdvance(b.label) for b in self._bars), default=0.0)
        return min(width * 0.3, widest + 12)

    def sizeHint(self) -> QSize:
        width = float(max(self.width(), 600))
        legend = self._legend_height(_MARGIN + self._label_width(width), width)
        height = _MARGIN * 2 + legend + len(self._bars) * (self._row_height() + _BAR_GAP)
        return QSize(600, int(max(120.0, height)))

    def minimumSizeHint(self) -> QSize:
        return QSize(300, 120)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        metrics = QFontMetricsF(self.font())
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        width = float(self.width())
        if not self._bars:
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(0, 0, width, float(self.height())),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("No results to show."),
            )
            return
        label_width = self._label_width(width)
        total_width = max(metrics.horizontalAdvance(self._total_text(b)) for b in self._bars) + 12
        left = _MARGIN + label_width
        plot_width = max(10.0, width - left - total_width - _MARGIN)
        # The legend: a swatch and the series' code and title.
        swatch = metrics.height() * 0.8
        for x, y, number, text in self._legend_items(left, width):
            painter.fillRect(
                QRectF(x, y + (metrics.height() - swatch) / 2, swatch, swatch),
                QColor(PALETTE[number % len(PALETTE)]),
            )
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(x + swatch + 6, y, width - x, metrics.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
        y = _MARGIN + self._legend_height(left, width)
        row_height = self._row_height()
        scale = plot_width / float(self._maximum)
        for bar in self._bars:
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(_MARGIN, y, label_width - 8, row_height),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_width - 8),
            )
            x = left
            for number, (series, value) in enumerate(zip(self._series, bar.values, strict=False)):
                segment = max(0.0, float(value) * scale)
                if segment <= 0:
                    continue
                rect = QRectF(x, y, segment, row_height)
                painter.fillRect(rect, QColor(PALETTE[number % len(PALETTE)]))
                painter.setPen(QPen(QColor("#ffffff"), 1))
                painter.drawLine(rect.topRight(), rect.bottomRight())
                text = f"{series.code} {_short(value)}"
                if metrics.horizontalAdvance(text) + 6 > segment:
                    text = _short(value)
                if metrics.horizontalAdvance(text) + 4 <= segment:
                    painter.setPen(QColor("#000000"))
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
                x += segment
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(x + 6, y, total_width + plot_width, row_height),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self._total_text(bar),
            )
            y += row_height + _BAR_GAP

    def _total_text(self, bar: ChartBar) -> str:
        total = _short(bar.total) if bar.total is not None else ""
        return f"{total} {bar.note}".strip()
