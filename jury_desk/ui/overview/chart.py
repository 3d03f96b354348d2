"""A small chart drawn with QPainter: the levels retained per competency, as stacked bars.

Drawn by hand rather than with QtCharts, which would add a large module to the
package for one chart. Every colour comes from the palette, so the chart
follows the theme; levels that do not validate a competency are also hatched,
so passing and not passing read without colour. The numbers are written in
the bars where they fit, repeated in the accessible description, and listed in
full by the statistics table beside the chart (its text equivalent).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

_MARGIN = 8
_BAR_HEIGHT = 20
_BAR_GAP = 6
_SWATCH = 12


@dataclass(frozen=True)
class ChartBar:
    """One competency: how many candidates were retained at each level, by rank."""

    code: str
    counts: tuple[int, ...]


def _mix(low: QColor, high: QColor, amount: float) -> QColor:
    return QColor(
        round(low.red() + (high.red() - low.red()) * amount),
        round(low.green() + (high.green() - low.green()) * amount),
        round(low.blue() + (high.blue() - low.blue()) * amount),
    )


def _readable_on(colour: QColor) -> QColor:
    luminance = 0.2126 * colour.redF() + 0.7152 * colour.greenF() + 0.0722 * colour.blueF()
    return QColor("#000000") if luminance > 0.5 else QColor("#ffffff")


class LevelDistributionChart(QWidget):
    """One horizontal bar per competency, one segment per level (lowest on the left)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("level_chart")
        self.setAccessibleName(
            self.tr("Graphique : répartition des niveaux retenus par compétence")
        )
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._bars: list[ChartBar] = []
        self._labels: tuple[str, ...] = ()
        self._passing: tuple[bool, ...] = ()
        self.set_data([], (), ())

    def set_data(
        self, bars: list[ChartBar], labels: tuple[str, ...], passing: tuple[bool, ...]
    ) -> None:
        self._bars, self._labels, self._passing = list(bars), labels, passing
        self.setAccessibleDescription(self.description())
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def description(self) -> str:
        """The chart in words, for screen readers."""
        if not self._has_levels():
            return self.tr("Aucun niveau retenu pour l’instant.")
        lines = []
        for bar in self._bars:
            parts = ", ".join(
                self.tr("{level} {n}").format(level=label, n=count)
                for label, count in zip(self._labels, bar.counts, strict=False)
            )
            lines.append(self.tr("{code} : {parts}.").format(code=bar.code, parts=parts))
        return " ".join(lines)

    def _has_levels(self) -> bool:
        return any(sum(bar.counts) for bar in self._bars)

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        rows = max(len(self._bars), 1)
        height = 2 * _MARGIN + line + _BAR_GAP + rows * (_BAR_HEIGHT + _BAR_GAP)
        return QSize(420, height)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.sizeHint().height())

    def level_colour(self, rank: int) -> QColor:
        """Passing levels in shades of the highlight colour, the others in greys."""
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        if rank < len(self._passing) and self._passing[rank]:
            passing_ranks = [r for r, ok in enumerate(self._passing) if ok]
            step = passing_ranks.index(rank) + 1
            return _mix(
                base, palette.color(QPalette.ColorRole.Highlight), step / len(passing_ranks)
            )
        failing = [r for r, ok in enumerate(self._passing) if not ok] or [rank]
        step = (failing.index(rank) + 1) if rank in failing else 1
        return _mix(base, palette.color(QPalette.ColorRole.Text), 0.2 + 0.45 * step / len(failing))

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        metrics = self.fontMetrics()
        line = metrics.height()
        left = _MARGIN
        top = _MARGIN
        # The legend: a swatch and the level's name, lowest first.
        legend_x = left
        for rank, label in enumerate(self._labels):
            swatch = QRectF(legend_x, top + (line - _SWATCH) / 2, _SWATCH, _SWATCH)
            self._fill(painter, swatch, rank)
            painter.setPen(text)
            painter.drawText(legend_x + _SWATCH + 4, top + metrics.ascent(), label)
            legend_x += _SWATCH + 4 + metrics.horizontalAdvance(label) + 14
        top += line + _BAR_GAP
        if not self._has_levels():
            painter.setPen(text)
            # Wrapped over the height the bars will take: a longer translation still fits.
            painter.drawText(
                QRectF(left, top, self.width() - 2 * _MARGIN, self.height() - top - _MARGIN),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                self.tr(
                    "Aucun niveau retenu pour l’instant : le graphique se remplit avec les "
                    "délibérations."
                ),
            )
            painter.end()
            return
        code_width = max(metrics.horizontalAdvance(bar.code) for bar in self._bars) + 8
        bar_left = left + code_width
        bar_width = max(self.width() - bar_left - _MARGIN, 10)
        most = max(sum(bar.counts) for bar in self._bars)
        for bar in self._bars:
            painter.setPen(text)
            painter.drawText(
                QRectF(left, top, code_width, _BAR_HEIGHT),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                bar.code,
            )
            x = float(bar_left)
            for rank, count in enumerate(bar.counts):
                if count == 0:
                    continue
                width = bar_width * count / most
                segment = QRectF(x, top, width, _BAR_HEIGHT)
                self._fill(painter, segment, rank)
                label = str(count)
                if metrics.horizontalAdvance(label) + 4 <= width:
                    painter.setPen(_readable_on(self.level_colour(rank)))
                    painter.drawText(segment, Qt.AlignmentFlag.AlignCenter, label)
                x += width
            top += _BAR_HEIGHT + _BAR_GAP
        painter.end()

    def _fill(self, painter: QPainter, rect: QRectF, rank: int) -> None:
        colour = self.level_colour(rank)
        painter.fillRect(rect, colour)
        passing = rank < len(self._passing) and self._passing[rank]
        if not passing:
            # Hatched: "does not validate" must not rest on the colour alone.
            hatch = _readable_on(colour)
            hatch.setAlpha(90)  # light enough that the count written over it stays readable
            painter.fillRect(rect, QBrush(hatch, Qt.BrushStyle.BDiagPattern))
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Window), 1))
        painter.drawRect(rect)
