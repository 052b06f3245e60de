"""The performance chart: per year an indicator's target and what was realised, as two bars
side by side, drawn with QPainter like the results chart. Targets are outlined and hatched,
realised values filled, every value is written next to its bar and a legend names both, so
nothing depends on colour alone."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ssb_desktop.formatting import format_number
from ssb_desktop.records import IndicatorSeries
from ssb_desktop.views.results_chart import PALETTE

_MARGIN = 8.0
_TARGET_COLOUR = PALETTE[1]
_REALISED_COLOUR = PALETTE[0]


class PerformanceChartWidget(QWidget):
    """Targets against realised values per year for one indicator."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._series: IndicatorSeries | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Chart of an indicator against its targets"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_series(self, series: IndicatorSeries | None) -> None:
        self._series = series
        self.setAccessibleDescription(self.describe())
        self.updateGeometry()
        self.update()

    def describe(self) -> str:
        """The chart in words, one line per year (for screen readers and tests)."""
        series = self._series
        if series is None:
            return ""
        lines = [f"{series.name} ({series.unit})" if series.unit else series.name]
        for point in series.points:
            lines.append(
                self.tr("{year}: target {target}, realised {realised}").format(
                    year=point.year,
                    target=format_number(point.target) if point.target is not None else "-",
                    realised=format_number(point.realised) if point.realised is not None else "-",
                )
            )
        return "\n".join(lines)

    def _row_height(self) -> float:
        return QFontMetricsF(self.font()).height() * 1.3

    def sizeHint(self) -> QSize:
        points = len(self._series.points) if self._series else 1
        height = _MARGIN * 2 + self._row_height() * (2 + points * 2.6)
        return QSize(500, int(max(140.0, height)))

    def minimumSizeHint(self) -> QSize:
        return QSize(260, 120)

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
        series = self._series
        painter.setPen(text_colour)
        if series is None or not series.points:
            # Wrapped: beside the indicator list the chart can be narrower than the sentence.
            painter.drawText(
                QRectF(_MARGIN, 0, width - 2 * _MARGIN, float(self.height())),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.tr("Choose an indicator with targets or reported values."),
            )
            return
        row = self._row_height()
        title = f"{series.name} ({series.unit})" if series.unit else series.name
        painter.drawText(
            QRectF(_MARGIN, _MARGIN, width - 2 * _MARGIN, row),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            title,
        )
        # Legend: a hatched outline for the target, a filled box for what was realised.
        swatch = metrics.height() * 0.8
        x, y = _MARGIN, _MARGIN + row
        for text, target in ((self.tr("Target"), True), (self.tr("Realised"), False)):
            box = QRectF(x, y + (row - swatch) / 2, swatch, swatch)
            self._bar(painter, box, target=target)
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(x + swatch + 6, y, width, row),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            x += swatch + 6 + metrics.horizontalAdvance(text) + 16
        top = _MARGIN + row * 2.3
        values = [
            v for p in series.points for v in (p.target, p.realised) if v is not None and v > 0
        ]
        maximum = max(values, default=Decimal(1))
        label_width = metrics.horizontalAdvance("0000") + 12
        value_width = max(
            (metrics.horizontalAdvance(format_number(v)) for v in values), default=20.0
        )
        left = _MARGIN + label_width
        plot = max(10.0, width - left - value_width - 2 * _MARGIN - 6)
        for point in series.points:
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(_MARGIN, top, label_width - 8, row * 2),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(point.year),
            )
            for offset, value, target in ((0.0, point.target, True), (row, point.realised, False)):
                if value is None:
                    painter.setPen(text_colour)
                    painter.drawText(
                        QRectF(left, top + offset, plot, row),
                        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                        self.tr("no target") if target else self.tr("not reported"),
                    )
                    continue
                length = max(1.0, plot * float(value / maximum))
                self._bar(painter, QRectF(left, top + offset + 2, length, row - 4), target=target)
                painter.setPen(text_colour)
                painter.drawText(
                    QRectF(left + length + 6, top + offset, value_width + 12, row),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    format_number(value),
                )
            top += row * 2.6

    def _bar(self, painter: QPainter, rect: QRectF, *, target: bool) -> None:
        if target:
            painter.setPen(QPen(QColor(_TARGET_COLOUR).darker(140), 1.5))
            painter.setBrush(QBrush(QColor(_TARGET_COLOUR), Qt.BrushStyle.BDiagPattern))
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(_REALISED_COLOUR))
        painter.drawRect(rect)
        painter.setBrush(Qt.BrushStyle.NoBrush)
