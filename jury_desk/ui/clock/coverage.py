"""Which competencies got time so far: one small segment per competency."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from jury_desk.ui.clock.format import minutes_part, whole_seconds
from jury_desk.ui.grid.format import fill
from jury_desk.ui.theme.colours import Colours
from jury_desk.ui.theme.palette import set_themed_style

_SEGMENT_STYLE = (
    "QLabel {{ background-color: {background}; color: {text};"
    " border: 1px solid {border}; border-radius: 3px; padding: 1px 0; }}"
)


def _covered(c: Colours) -> str:
    return _SEGMENT_STYLE.format(background=c.accent, text=c.on_accent, border=c.accent)


def _not_yet(c: Colours) -> str:
    return _SEGMENT_STYLE.format(background=c.base, text=c.text_mention, border=c.border_strong)


def _missed(c: Colours) -> str:
    # Time is short and this one was not discussed: the warning orange, as the strip.
    return _SEGMENT_STYLE.format(background=c.base, text=c.warning, border=c.warning)


class CoverageBar(QWidget):
    """Segments C1…C8, filled once a competency got time; the seconds are in the tooltip.

    A screen reader finds the same figures in the accessible description.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coverage_bar")
        self.setAccessibleName(self.tr("Temps par compétence"))
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(3)
        self._segments: dict[str, QLabel] = {}
        self._titles: dict[str, str] = {}
        self._seconds: dict[str, float] = {}

    def set_competencies(self, competencies: Sequence[tuple[str, str]]) -> None:
        """The competencies (code, title) of the grid, in its order."""
        if list(self._titles.items()) == list(competencies):
            return
        for segment in self._segments.values():
            self._layout.removeWidget(segment)
            segment.deleteLater()
        self._segments = {}
        self._titles = dict(competencies)
        for code, _title in competencies:
            segment = QLabel(code, self)
            segment.setObjectName(f"coverage_{code}")
            segment.setAlignment(Qt.AlignmentFlag.AlignCenter)
            segment.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self._layout.addWidget(segment, 1)
            self._segments[code] = segment
        self.show_seconds({}, short=False)

    def show_seconds(self, seconds: Mapping[str, float], *, short: bool) -> None:
        """Fill the segments that got time; `short`: time is short, outline the others."""
        self._seconds = dict(seconds)
        lines = []
        for code, segment in self._segments.items():
            spent = whole_seconds(self._seconds.get(code, 0.0))
            if spent:
                set_themed_style(segment, _covered)
            else:
                set_themed_style(segment, _missed if short else _not_yet)
            line = fill(self.tr("%1 %2 : %3"), code, self._titles[code], self.duration(spent))
            segment.setToolTip(line)
            lines.append(line)
        summary = "\n".join(lines)
        self.setToolTip(summary)
        self.setAccessibleDescription(summary.replace("\n", self.tr(" ; ")))

    def uncovered(self) -> list[tuple[str, str]]:
        """The competencies (code, title) that got no time yet."""
        return [
            (code, title)
            for code, title in self._titles.items()
            if not whole_seconds(self._seconds.get(code, 0.0))
        ]

    def seconds_of(self, code: str) -> int:
        return whole_seconds(self._seconds.get(code, 0.0))

    def duration(self, seconds: int) -> str:
        if not seconds:
            return self.tr("aucun temps")
        minutes, rest = minutes_part(seconds)
        if not minutes:
            return fill(self.tr("%1 s"), int(rest))
        return fill(self.tr("%1 min %2 s"), minutes, rest)
