"""The outcomes of a period as a bar chart: one bar per outcome, its number above it.

Painted with QPainter in the palette's colours. A chart says nothing to a screen reader,
so the widget takes the keyboard focus and its accessible name and description say the
same numbers in words (« Certifiés : 1 ; Non certifiés : 1 ; … »).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFocusEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QStyle, QStyleOptionFocusRect, QWidget

from jury_desk.models.enums import Outcome
from jury_desk.registry.figures import Figures

OUTCOME_ORDER = (Outcome.CERTIFIED, Outcome.NOT_CERTIFIED, Outcome.ABSENT, Outcome.POSTPONED)
# The report's colours (figures_report), readable on a light or a dark window.
_COLOURS = {
    Outcome.CERTIFIED: QColor("#6A6AF4"),
    Outcome.NOT_CERTIFIED: QColor("#E1000F"),
    Outcome.ABSENT: QColor("#929292"),
    Outcome.POSTPONED: QColor("#FC5D00"),
}


class OutcomesChart(QWidget):
    """Shows `set_figures`' outcomes; its accessible description reads them out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outcomes_chart")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a screen reader user reaches it
        self.setAccessibleName(self.tr("Graphique des décisions"))
        self.setMinimumSize(320, 180)
        self._counts: dict[Outcome, int] = dict.fromkeys(OUTCOME_ORDER, 0)
        self._update_texts()

    def sizeHint(self) -> QSize:
        return QSize(460, 220)

    def outcome_name(self, outcome: Outcome) -> str:
        return {
            Outcome.CERTIFIED: self.tr("Certifiés"),
            Outcome.NOT_CERTIFIED: self.tr("Non certifiés"),
            Outcome.ABSENT: self.tr("Absents"),
            Outcome.POSTPONED: self.tr("Ajournés"),
        }[outcome]

    def set_figures(self, figures: Figures | None) -> None:
        self._counts = {
            outcome: figures.outcomes[outcome] if figures else 0 for outcome in OUTCOME_ORDER
        }
        self._update_texts()
        self.update()

    def spoken(self) -> str:
        """The numbers the bars show, in words."""
        parts = [
            self.tr("{outcome} : {n}").format(outcome=self.outcome_name(o), n=self._counts[o])
            for o in OUTCOME_ORDER
        ]
        return self.tr("Décisions — {counts}.").format(counts=" ; ".join(parts))

    def _update_texts(self) -> None:
        said = self.spoken()
        self.setAccessibleDescription(said)
        self.setToolTip(said)

    # ------------------------------------------------------------------ painting

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        metrics = painter.fontMetrics()
        line = metrics.height()
        area = QRectF(self.rect()).adjusted(8, line + 8, -8, -(line + 8))
        top = max(self._counts.values()) or 1
        slot = area.width() / len(OUTCOME_ORDER)
        bar_width = min(slot * 0.55, 70.0)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        for index, outcome in enumerate(OUTCOME_ORDER):
            count = self._counts[outcome]
            height = area.height() * count / top
            left = area.left() + index * slot + (slot - bar_width) / 2
            bar = QRectF(left, area.bottom() - height, bar_width, height)
            painter.fillRect(bar, _COLOURS[outcome])
            painter.setPen(text)
            number = QRectF(left - slot / 4, bar.top() - line - 2, bar_width + slot / 2, line)
            painter.drawText(number, Qt.AlignmentFlag.AlignCenter, str(count))
            name = QRectF(area.left() + index * slot, area.bottom() + 4, slot, line)
            painter.drawText(
                name,
                Qt.AlignmentFlag.AlignCenter,
                metrics.elidedText(
                    self.outcome_name(outcome), Qt.TextElideMode.ElideRight, int(slot)
                ),
            )
        if self.hasFocus():
            option = QStyleOptionFocusRect()
            option.initFrom(self)
            self.style().drawPrimitive(
                QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter, self
            )
        painter.end()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()
