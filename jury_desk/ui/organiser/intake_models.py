"""The intake dialog's tables: which column each field comes from (edited with a list of the
spreadsheet's headers), and the preview of what an import would add."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from jury_desk.intake.fields import CandidateField, field_label
from jury_desk.intake.mapping import ColumnMapping
from jury_desk.registry.intake_import import IntakeCandidate
from jury_desk.ui.shell.error_text import error_text
from jury_desk.ui.widgets.titled_table_model import TextRowsModel

Index = QModelIndex | QPersistentModelIndex


def field_words(field: CandidateField) -> str:
    text = error_text(field_label(field))
    return text[:1].upper() + text[1:]


class MappingModel(TextRowsModel):
    """A row per field; the second column, editable, is the header of its column ("": none)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = (self.tr("Donnée"), self.tr("Colonne du tableur"))
        self._rows: list[CandidateField] = list(CandidateField)
        self.columns: dict[CandidateField, str] = {}
        self.sheet_headers: tuple[str, ...] = ()

    def set_mapping(self, headers: Sequence[str], mapping: ColumnMapping) -> None:
        self.beginResetModel()
        self.sheet_headers = tuple(headers)
        self.columns = {f: h for f, h in mapping.columns.items() if h in self.sheet_headers}
        self.endResetModel()

    def mapping(self) -> ColumnMapping:
        return ColumnMapping({f: h for f, h in self.columns.items() if h})

    def text(self, row: CandidateField, column: int, *, full: bool) -> str | None:
        if column == 0:
            return field_words(row)
        return self.columns.get(row) or self.tr("(non importé)")

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == 1:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.EditRole and index.isValid():
            return self.columns.get(self._rows[index.row()], "")
        return super().data(index, role)

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != 1:
            return False
        header = str(value or "")
        if header and header not in self.sheet_headers:
            return False
        field = self._rows[index.row()]
        if header:
            self.columns[field] = header
        else:
            self.columns.pop(field, None)
        self.dataChanged.emit(index, index)
        return True


class ColumnChoice(QStyledItemDelegate):
    """Edits a field's column with a list of the spreadsheet's headers."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        model = index.model()
        combo = QComboBox(parent)
        combo.setObjectName("column_choice")
        combo.setAccessibleName(self.tr("Colonne du tableur"))
        combo.addItem(self.tr("(non importé)"), "")
        if isinstance(model, MappingModel):
            for header in model.sheet_headers:
                combo.addItem(header, header)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class PreviewModel(TextRowsModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = (
            self.tr("Ligne"),
            self.tr("Candidat"),
            self.tr("Fichiers trouvés"),
            self.tr("Problèmes"),
            self.tr("Déjà dans la session"),
            self.tr("Importé"),
        )
        self._rows: list[IntakeCandidate] = []

    def set_rows(self, rows: Sequence[IntakeCandidate]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def text(self, row: IntakeCandidate, column: int, *, full: bool) -> str | None:
        if column == 2:
            if full and row.documents:
                return ", ".join(d.file_name for d in row.documents)
            return str(len(row.documents))
        if column == 3:
            return "; ".join(error_text(p) for p in row.problems) or self.tr("aucun")
        yes, no = self.tr("oui"), self.tr("non")
        return (
            str(row.line),
            " ".join(n for n in (row.draft.first_names, row.draft.birth_name) if n),
            "",
            "",
            yes if row.already_there else no,
            yes if row.importable else no,
        )[column]
