"""The editable grid of a term's results: one row per class × subject × teacher.

Cells keep what the user typed or pasted; each change re-checks its row
(``domain.result_entry``) and the duplicates of the whole grid, and recomputes the row's
indicators. A row with a problem is tinted, its cells with the problem more strongly, and
its number in the vertical header carries ⚠ — the reason is in the tooltip, and the tab
shows it in words below the grid. Completely blank new rows are ignored.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtCore import Signal as QtSignal
from PySide6.QtGui import QColor

from eduqa_desktop.domain.class_names import ClassNameError, normalize_class_name
from eduqa_desktop.domain.indicators import (
    COUNT_FIELDS,
    DEFAULT_SOU_WEIGHTS,
    Indicators,
    SouWeights,
    compute_indicators,
)
from eduqa_desktop.domain.result_entry import (
    ENTRY_FIELDS,
    NUMBER_FIELDS,
    CheckedRow,
    EntryProblem,
    Problem,
    check_row,
    duplicate_rows,
    parse_whole_number,
    resolve_subject,
    resolve_teacher,
)
from eduqa_desktop.domain.result_paste import PasteProblem, parse_pasted_block
from eduqa_desktop.services.results import ReferenceLists, ResultInput, ResultLine
from eduqa_desktop.ui.formatting import average, percent
from eduqa_desktop.ui.results.result_texts import column_label, problem_text

COMPUTED: tuple[str, ...] = ("pass_rate", "quality", "sou", "average_grade")
COLUMNS: tuple[str, ...] = (*ENTRY_FIELDS, *COMPUTED)
COLUMN = {name: index for index, name in enumerate(COLUMNS)}
REFERENCE_FIELDS = ("subject", "teacher")

PROBLEM_CELL = QColor("#fbd9c6")  # vermillion, light
PROBLEM_ROW = QColor("#fff1e8")
COMPUTED_CELL = QColor("#f3f6f9")
ModelIndex = QModelIndex | QPersistentModelIndex


@dataclass
class GridRow:
    """One row as entered. ``cells`` holds the class name and the numbers as text."""

    id: int | None = None
    version: int | None = None  # the saved row's row_version (services.conflicts)
    cells: dict[str, str] = field(default_factory=dict)
    subject_id: int | None = None
    subject_text: str = ""
    subject_problem: EntryProblem | None = None
    teacher_id: int | None = None
    teacher_text: str = ""
    teacher_problem: EntryProblem | None = None
    changed: bool = False
    checked: CheckedRow | None = None
    problems: tuple[EntryProblem, ...] = ()
    indicators: Indicators | None = None

    def is_blank(self) -> bool:
        return (
            self.id is None
            and not any(text.strip() for text in self.cells.values())
            and self.subject_id is None
            and not self.subject_text.strip()
            and self.teacher_id is None
            and not self.teacher_text.strip()
        )

    def snapshot(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "version": self.version,
            "cells": dict(self.cells),
            "subject_id": self.subject_id,
            "subject_text": self.subject_text,
            "teacher_id": self.teacher_id,
            "teacher_text": self.teacher_text,
            "changed": self.changed,
        }


@dataclass(frozen=True)
class PasteOutcome:
    rows_changed: int
    rows_added: int
    header: bool
    problems: tuple[PasteProblem, ...] = ()


class ResultsGridModel(QAbstractTableModel):
    """Rows of one term; tells when their validity or the unsaved state changes."""

    state_changed = QtSignal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[GridRow] = []
        self._deleted: dict[int, int | None] = {}  # saved row id → the version deleted
        self._refs = ReferenceLists([], [])
        self._subjects: dict[int, str] = {}
        self._teachers: dict[int, str] = {}
        self._weights: SouWeights = DEFAULT_SOU_WEIGHTS
        self._dirty = False
        self._headers = {
            "pass_rate": (self.tr("Pass rate"), self.tr("Pass rate: (5 + 4 + 3) ÷ N")),
            "quality": (self.tr("Quality"), self.tr("Quality of knowledge: (5 + 4) ÷ N")),
            "sou": (self.tr("SOU"), self.tr("Degree of learning (SOU), Simonov's weights")),
            "average_grade": (
                self.tr("Average"),
                self.tr("Average grade of the pupils with a mark"),
            ),
        }
        self._short = {
            "class_name": self.tr("Class"),
            "subject": self.tr("Subject"),
            "teacher": self.tr("Teacher"),
            "class_size": self.tr("Pupils"),
            "n5": "«5»",
            "n4": "«4»",
            "n3": "«3»",
            "n2": "«2»",
            "n1": "«1»",
            "not_attested": self.tr("Not attested"),
            "exempt": self.tr("Exempt"),
        }
        self._tips = {name: column_label(name) for name in ENTRY_FIELDS}
        self._tips["class_name"] = self.tr("Class, like 7-A")
        self._tips["not_attested"] = self.tr("Not attested: no term mark; counted in N, not passed")
        self._tips["exempt"] = self.tr("Exempt: left out of every indicator")

    # --- loading and state -----------------------------------------------------------------

    def load(
        self,
        lines: Sequence[ResultLine],
        refs: ReferenceLists,
        weights: SouWeights = DEFAULT_SOU_WEIGHTS,
    ) -> None:
        """Show saved rows (nothing unsaved afterwards)."""
        self.beginResetModel()
        self._set_references(refs, weights)
        self._rows = [self._row_of(line) for line in lines]
        for row in self._rows:
            self._check(row)
        self._deleted = {}
        self._dirty = False
        self._check_duplicates()
        self.endResetModel()
        self.state_changed.emit()

    def restore(self, snapshot: dict[str, Any], refs: ReferenceLists, weights: SouWeights) -> None:
        """Bring back unsaved rows kept by :meth:`snapshot` (names re-resolved)."""
        self.beginResetModel()
        self._set_references(refs, weights)
        self._rows = []
        for saved in snapshot.get("rows", []):
            row = GridRow(
                id=saved["id"],
                version=saved.get("version"),
                cells=dict(saved["cells"]),
                changed=saved["changed"],
            )
            self._set_reference(row, "subject", saved["subject_id"] or saved["subject_text"])
            self._set_reference(row, "teacher", saved["teacher_id"] or saved["teacher_text"])
            self._check(row)
            self._rows.append(row)
        self._deleted = {}
        for item in snapshot.get("deleted", []):  # [id, version]; a bare id in older drafts
            row_id, version = (item, None) if isinstance(item, int) else item
            self._deleted[row_id] = version
        self._dirty = True
        self._check_duplicates()
        self.endResetModel()
        self.state_changed.emit()

    def snapshot(self) -> dict[str, Any]:
        deleted = [[row_id, version] for row_id, version in sorted(self._deleted.items())]
        return {"rows": [row.snapshot() for row in self._rows], "deleted": deleted}

    def _set_references(self, refs: ReferenceLists, weights: SouWeights) -> None:
        self._refs = refs
        self._weights = weights
        self._subjects = {s.id: s.name for s in refs.subjects}
        self._teachers = dict(refs.teachers)

    def _row_of(self, line: ResultLine) -> GridRow:
        cells = {"class_name": line.class_name}
        cells.update({name: str(getattr(line, name)) for name in NUMBER_FIELDS})
        for name in ("n1", "not_attested", "exempt"):
            if cells[name] == "0":
                cells[name] = ""  # rare columns stay quiet when empty
        return GridRow(
            id=line.id,
            version=line.row_version,
            cells=cells,
            subject_id=line.subject_id,
            subject_text=line.subject,
            teacher_id=line.teacher_id,
            teacher_text=line.teacher,
        )

    @property
    def references(self) -> ReferenceLists:
        return self._refs

    def is_dirty(self) -> bool:
        return self._dirty

    def is_empty(self) -> bool:
        return not self._rows

    def row(self, index: int) -> GridRow:
        return self._rows[index]

    def problem_rows(self) -> list[int]:
        return [i for i, row in enumerate(self._rows) if row.problems]

    def problems(self) -> list[tuple[int, EntryProblem]]:
        """(row number shown, problem) of every row, in row order."""
        return [(i + 1, p) for i, row in enumerate(self._rows) for p in row.problems]

    def can_save(self) -> bool:
        return self._dirty and not self.problem_rows()

    def inputs(self) -> list[ResultInput]:
        """The changed rows as the service takes them (only when :meth:`can_save`)."""
        items = []
        for index, row in enumerate(self._rows):
            if not row.changed or row.is_blank() or row.checked is None:
                continue
            checked = row.checked
            counts = checked.counts
            items.append(
                ResultInput(
                    class_name=checked.class_name or "",
                    subject_id=row.subject_id,
                    teacher_id=row.teacher_id,
                    class_size=checked.class_size,
                    **{name: getattr(counts, name) for name in COUNT_FIELDS},
                    exempt=checked.exempt,
                    id=row.id,
                    row=index + 1,
                    version=row.version,
                )
            )
        return items

    def take_versions(self, saved: dict[int, int]) -> None:
        """Keep mine: the rows the other person saved count from their versions now."""
        for row in self._rows:
            if row.id in saved:
                row.version = saved[row.id]
        for row_id in self._deleted.keys() & saved.keys():
            self._deleted[row_id] = saved[row_id]

    def deleted_ids(self) -> dict[int, int | None]:
        """The saved rows deleted here, each with the version it had when read (so that a
        row someone changed meanwhile is not deleted unseen)."""
        return dict(sorted(self._deleted.items()))

    # --- checking ------------------------------------------------------------------------------

    def _check(self, row: GridRow) -> None:
        if row.is_blank():
            row.checked, row.problems, row.indicators = None, (), None
            return
        checked = check_row(row.cells)
        problems = list(checked.problems)
        for name in REFERENCE_FIELDS:
            if getattr(row, f"{name}_id") is None:
                problem = getattr(row, f"{name}_problem") or EntryProblem(name, Problem.MISSING)
                problems.append(problem)
        order = {name: i for i, name in enumerate(ENTRY_FIELDS)}
        problems.sort(key=lambda p: order.get(p.field, 0))
        row.checked = checked
        row.problems = tuple(problems)
        row.indicators = (
            compute_indicators(checked.counts, self._weights) if checked.valid_numbers else None
        )

    def _check_duplicates(self) -> None:
        keys = [
            (row.checked.class_name, row.subject_id, row.teacher_id)
            if row.checked is not None
            and row.checked.class_name
            and row.subject_id is not None
            and row.teacher_id is not None
            else None
            for row in self._rows
        ]
        repeated = duplicate_rows(keys)
        for index, row in enumerate(self._rows):
            kept = tuple(p for p in row.problems if p.code is not Problem.DUPLICATE)
            if index in repeated:
                kept = (
                    EntryProblem("class_name", Problem.DUPLICATE, {"other": repeated[index] + 1}),
                    *kept,
                )
            row.problems = kept

    def _changed(self) -> None:
        """After an edit: duplicates again, repaint, say so."""
        self._dirty = True
        self._check_duplicates()
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(COLUMNS) - 1)
            )
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(self._rows) - 1)
        self.state_changed.emit()

    # --- editing ---------------------------------------------------------------------------------

    def _set_reference(self, row: GridRow, name: str, value: object) -> None:
        """A subject or teacher by id (from the list) or by name (typed or pasted)."""
        names = self._subjects if name == "subject" else self._teachers
        problem: EntryProblem | None = None
        if isinstance(value, int) and value in names:
            chosen: int | None = value
            text = names[value]
        else:
            text = "" if value is None else str(value).strip()
            if name == "subject":
                resolved = resolve_subject(text, self._refs.subjects)
            else:
                resolved = resolve_teacher(text, self._refs.teachers)
            chosen, problem = resolved.id, resolved.problem
            if chosen is not None:
                text = names.get(chosen, text)
        setattr(row, f"{name}_id", chosen)
        setattr(row, f"{name}_text", text)
        setattr(row, f"{name}_problem", problem if text else None)

    def _set_cell(self, row: GridRow, name: str, value: object) -> None:
        if name in REFERENCE_FIELDS:
            self._set_reference(row, name, value)
        elif name == "class_name":
            text = "" if value is None else str(value).strip()
            try:
                row.cells[name] = normalize_class_name(text)
            except ClassNameError:
                row.cells[name] = text
        else:
            text = "" if value is None else str(value).strip()
            number, problem = parse_whole_number(text)
            row.cells[name] = str(number) if number is not None and problem is None else text
        row.changed = True
        self._check(row)

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        name = COLUMNS[index.column()]
        if name in COMPUTED:
            return False
        row = self._rows[index.row()]
        if self._edit_value(row, name) == value:
            return True
        self._set_cell(row, name, value)
        self._changed()
        return True

    def add_row(self) -> int:
        position = len(self._rows)
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.append(GridRow())
        self.endInsertRows()
        self.state_changed.emit()
        return position

    def remove_rows(self, rows: Iterable[int]) -> int:
        removed = 0
        for position in sorted(set(rows), reverse=True):
            if not 0 <= position < len(self._rows):
                continue
            self.beginRemoveRows(QModelIndex(), position, position)
            row = self._rows.pop(position)
            self.endRemoveRows()
            if row.id is not None:
                self._deleted[row.id] = row.version
            removed += 1
        if removed:
            self._changed()
        return removed

    def clear_cells(self, indexes: Iterable[ModelIndex]) -> None:
        touched = False
        for index in indexes:
            name = COLUMNS[index.column()]
            if name in COMPUTED:
                continue
            self._set_cell(self._rows[index.row()], name, "")
            touched = True
        if touched:
            self._changed()

    def paste(self, text: str, row: int, column: int) -> PasteOutcome:
        """Cells copied from Excel, from the cell (row, column) on, like Excel does.

        A block with a header row is matched by its columns' names and merged into the rows
        with the same class, subject and teacher (others are added at the end).
        """
        start = max(0, min(column, len(ENTRY_FIELDS) - 1))
        block = parse_pasted_block(text, columns=ENTRY_FIELDS[start:], complete_rows=False)
        if not block.rows:
            return PasteOutcome(0, 0, block.header, tuple(block.problems))
        if block.header:
            targets = [self._matching_row(pasted.cells) for pasted in block.rows]
        else:
            first = max(0, row)
            targets = [first + i for i in range(len(block.rows))]
        new_rows = sum(1 for t in targets if t is None or t >= len(self._rows))
        if new_rows:
            position = len(self._rows)
            self.beginInsertRows(QModelIndex(), position, position + new_rows - 1)
            self._rows.extend(GridRow() for _ in range(new_rows))
            self.endInsertRows()
            fresh = iter(range(position, position + new_rows))
            targets = [next(fresh) if t is None or t >= position else t for t in targets]
        for pasted, target in zip(block.rows, targets, strict=True):
            grid_row = self._rows[target]
            for name, value in pasted.cells.items():
                self._set_cell(grid_row, name, value)
        self._changed()
        return PasteOutcome(
            rows_changed=len(block.rows) - new_rows,
            rows_added=new_rows,
            header=block.header,
            problems=tuple(p for p in block.problems if p.code is Problem.EXTRA_CELLS),
        )

    def _matching_row(self, cells: dict[str, str]) -> int | None:
        probe = GridRow()
        for name in ("class_name", "subject", "teacher"):
            if name in cells:
                self._set_cell(probe, name, cells[name])
        if probe.checked is None or not probe.checked.class_name:
            return None
        if probe.subject_id is None or probe.teacher_id is None:
            return None
        key = (probe.checked.class_name, probe.subject_id, probe.teacher_id)
        for index, row in enumerate(self._rows):
            if row.checked is not None and key == (
                row.checked.class_name,
                row.subject_id,
                row.teacher_id,
            ):
                return index
        return None

    def copy_text(self, indexes: Iterable[ModelIndex]) -> str:
        """The selected cells as tab-separated text (what Excel pastes)."""
        cells = {(i.row(), i.column()): i for i in indexes}
        if not cells:
            return ""
        rows = sorted({r for r, _ in cells})
        columns = sorted({c for _, c in cells})
        lines = []
        for r in rows:
            values = []
            for c in columns:
                index = cells.get((r, c))
                text = "" if index is None else self.data(index, Qt.ItemDataRole.DisplayRole)
                values.append(str(text or "").replace("\t", " "))
            lines.append("\t".join(values))
        return "\n".join(lines) + "\n"

    # --- Qt model --------------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and COLUMNS[index.column()] not in COMPUTED:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def _edit_value(self, row: GridRow, name: str) -> Any:
        if name == "subject":
            return row.subject_id if row.subject_id is not None else row.subject_text
        if name == "teacher":
            return row.teacher_id if row.teacher_id is not None else row.teacher_text
        return row.cells.get(name, "")

    def _display(self, row: GridRow, name: str) -> str:
        if name == "subject":
            return self._subjects.get(row.subject_id, row.subject_text)  # type: ignore[arg-type]
        if name == "teacher":
            return self._teachers.get(row.teacher_id, row.teacher_text)  # type: ignore[arg-type]
        if name in COMPUTED:
            if row.indicators is None:
                return "" if row.is_blank() else "—"
            value = getattr(row.indicators, name)
            return average(value) if name == "average_grade" else percent(value)
        return row.cells.get(name, "")

    def _tooltip(self, row: GridRow, number: int, name: str) -> str | None:
        if not row.problems:
            if name in REFERENCE_FIELDS:
                return self._display(row, name) or self._tips.get(name)  # the whole name
            return self._tips.get(name) or self._headers.get(name, (None, None))[1]
        own = [p for p in row.problems if p.field == name]
        ordered = own + [p for p in row.problems if p.field != name]
        return "\n".join(problem_text(p, number) for p in ordered)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        name = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, name)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(row, name)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, index.row() + 1, name)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if name in NUMBER_FIELDS or name in COMPUTED:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if any(p.field == name for p in row.problems):
                return PROBLEM_CELL
            if row.problems:
                return PROBLEM_ROW
            if name in COMPUTED:
                return COMPUTED_CELL
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(COLUMNS):
                return None
            name = COLUMNS[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[name][0] if name in COMPUTED else self._short[name]
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._headers[name][1] if name in COMPUTED else self._tips.get(name)
            return None
        if not 0 <= section < len(self._rows):
            return None
        row = self._rows[section]
        if role == Qt.ItemDataRole.DisplayRole:
            mark = "⚠ " if row.problems else ""
            unsaved = " •" if row.changed else ""
            return f"{mark}{section + 1}{unsaved}"
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.problems:
                return "\n".join(problem_text(p, section + 1) for p in row.problems)
            if row.changed:
                return self.tr("Changed, not saved yet")
        return None
