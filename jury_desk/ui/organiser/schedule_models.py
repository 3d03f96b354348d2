"""What the schedule page reads from the registry, as plain values, and its tables: the
juries, and the grid of slots (rows) by juries (columns) with the candidate in each."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from jury_desk.models.enums import JurorKind
from jury_desk.registry.juries import plan_of
from jury_desk.registry.jurors import list_jurors
from jury_desk.registry.lookup import must_get
from jury_desk.registry.models import Jury, Placement, RegistrySession
from jury_desk.registry.store import Registry
from jury_desk.rules.schedule.check import check_plan
from jury_desk.rules.schedule.model import Grid
from jury_desk.rules.schedule.problems import Problem
from jury_desk.ui.widgets.titled_table_model import Index, TextRowsModel


@dataclass(frozen=True)
class JuryRow:
    id: str
    label: str
    chair_id: str
    chair: str
    member_id: str
    member: str
    version: int
    interviews: int


@dataclass(frozen=True)
class JurorChoice:
    id: str
    name: str
    kind: JurorKind


@dataclass(frozen=True)
class Seat:
    """A candidate placed: who, and the version of their placement (to move it)."""

    candidate_id: str
    name: str
    version: int


@dataclass(frozen=True)
class ScheduleView:
    grid: Grid | None = None
    juries: tuple[JuryRow, ...] = ()
    jurors: tuple[JurorChoice, ...] = ()
    # The candidates the schedule is about (shortlisted or further, or placed): id → name.
    candidates: dict[str, str] = field(default_factory=dict)
    seats: dict[tuple[str, datetime], Seat] = field(default_factory=dict)
    problems: tuple[Problem, ...] = ()

    @property
    def slots(self) -> tuple[datetime, ...]:
        return self.grid.slot_starts if self.grid is not None else ()

    def seat_of(self, candidate_id: str) -> tuple[str, datetime, Seat] | None:
        for (jury_id, start), seat in self.seats.items():
            if seat.candidate_id == candidate_id:
                return jury_id, start, seat
        return None


def read_schedule(registry: Registry, session_id: str) -> ScheduleView:
    if not session_id:
        return ScheduleView()
    jurors = tuple(JurorChoice(j.id, j.name, j.kind) for j in list_jurors(registry))
    with registry.read() as session:
        meeting = must_get(session, RegistrySession, session_id)
        plan = plan_of(session, session_id)
        names = {c.id: c.name for c in plan.candidates}
        juries = tuple(
            JuryRow(
                j.id,
                j.label,
                j.chair_id,
                j.chair.name,
                j.member_id,
                j.member.name,
                j.version,
                len(j.placements),
            )
            for j in meeting.juries
        )
        placements = session.scalars(
            select(Placement).join(Placement.jury).where(Jury.session_id == session_id)
        )
        seats = {
            (p.jury_id, p.start_utc): Seat(
                p.candidate_id, names.get(p.candidate_id, "?"), p.version
            )
            for p in placements
        }
    return ScheduleView(plan.grid, juries, jurors, names, seats, check_plan(plan))


def slot_words(grid: Grid, start: datetime) -> str:
    """A slot as the page says it: the day and the time in the session's zone."""
    return grid.local(start).strftime("%d/%m/%Y %H:%M")


class JuriesModel(TextRowsModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = (
            self.tr("Jury"),
            self.tr("Président·e"),
            self.tr("Membre"),
            self.tr("Entretiens"),
        )
        self._rows: list[JuryRow] = []

    def set_rows(self, rows: Sequence[JuryRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def jury_at(self, row: int) -> JuryRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def text(self, row: JuryRow, column: int, *, full: bool) -> str | None:
        return (row.label, row.chair, row.member, str(row.interviews))[column]


class GridModel(QAbstractTableModel):
    """A row per slot, a column per jury; a cell holds the candidate placed there, if any."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view = ScheduleView()

    def set_view(self, view: ScheduleView) -> None:
        self.beginResetModel()
        self.view = view
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.view.slots)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.view.juries)

    def place_at(self, index: Index) -> tuple[str, datetime] | None:
        """The jury and the slot's start of a cell."""
        if not index.isValid():
            return None
        return self.view.juries[index.column()].id, self.view.slots[index.row()]

    def seat_at(self, index: Index) -> Seat | None:
        place = self.place_at(index)
        return self.view.seats.get(place) if place is not None else None

    def index_of(self, jury_id: str, start: datetime) -> QModelIndex:
        columns = [j.id for j in self.view.juries]
        if jury_id not in columns or start not in self.view.slots:
            return QModelIndex()
        return self.index(self.view.slots.index(start), columns.index(jury_id))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self.view.grid is None:
            return None
        seat = self.seat_at(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return seat.name if seat else self.tr("libre")
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            jury = self.view.juries[index.column()].label
            when = slot_words(self.view.grid, self.view.slots[index.row()])
            who = seat.name if seat else self.tr("créneau libre")
            return f"{jury}, {when} : {who}"
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            juries = self.view.juries
            return juries[section].label if 0 <= section < len(juries) else None
        slots = self.view.slots
        if self.view.grid is None or not 0 <= section < len(slots):
            return None
        return slot_words(self.view.grid, slots[section])

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
