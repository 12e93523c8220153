"""The snapshots of a lesson as a small grid coded from the keyboard.

One column per snapshot of the protocol, three rows: the teacher's activity, pupils off task
(banded), materials. On a cell a digit (1, 2, 3, …) or the code's letter codes it and the cursor
moves on (activity → pupils → materials → the next snapshot); the letters work on a
Cyrillic layout too (`snapshot_keys`); ⌫/Delete clears; arrows move;
Esc hands the keyboard back to the checklist. A snapshot keeps the timer's minute of its first
code.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from eduqa_desktop.domain.snapshot_labels import (
    ACTIVITY_CODES,
    ENGAGEMENT_CODES,
    MATERIAL_CODES,
    SNAPSHOT_CONTEXT,
    engagement_of_count,
)
from eduqa_desktop.domain.snapshots import SnapshotSlot
from eduqa_desktop.services.observation_records import SnapshotInput
from eduqa_desktop.ui.observations.snapshot_keys import latin_letter

ACTIVITY_ROW, PUPILS_ROW, MATERIAL_ROW = 0, 1, 2
DUE_COLOUR = QColor("#fff3cd")  # a soft amber: noticed, not alarming


def _tr(text: str) -> str:
    return QCoreApplication.translate(SNAPSHOT_CONTEXT, text)


def minutes_text(value: float) -> str:
    """Minutes as the lesson timer shows them: 2.25 → "02:15"."""
    seconds = round(value * 60)
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


class SnapshotGrid(QTableWidget):
    changed = Signal()
    leave = Signal()  # Esc: back to the checklist

    def __init__(self, minute_now: Callable[[], float | None]) -> None:
        super().__init__(3, 0)
        self.minute_now = minute_now
        self.read_only = False
        self.slots: list[SnapshotSlot] = []
        self.values: dict[int, SnapshotInput] = {}
        self.due: int | None = None
        self.setAccessibleName(self.tr("Time-on-task snapshots"))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)
        self.setVerticalHeaderLabels(
            [self.tr("Teacher"), self.tr("Pupils off task"), self.tr("Materials")]
        )
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setMinimumSectionSize(56)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(24)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

    # --- content -----------------------------------------------------------------------------

    def set_slots(self, slots: list[SnapshotSlot]) -> None:
        self.slots = slots
        self.setColumnCount(len(slots))
        self.setHorizontalHeaderLabels([f"{s.index + 1} · {minutes_text(s.start)}" for s in slots])
        for column, s in enumerate(slots):
            self.horizontalHeaderItem(column).setToolTip(
                self.tr("Snapshot {number}: from {start} to {end} on the lesson timer").format(
                    number=s.index + 1, start=minutes_text(s.start), end=minutes_text(s.end)
                )
            )
        for column in range(len(slots)):
            for row in range(3):
                if self.item(row, column) is None:
                    item = QTableWidgetItem()
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    self.setItem(row, column, item)
        frame = 2 * self.frameWidth()
        self.setFixedHeight(self.horizontalHeader().sizeHint().height() + 3 * 24 + frame + 2)
        self._show_all()

    def set_values(self, snapshots: tuple[SnapshotInput, ...]) -> None:
        self.values = {s.position: s for s in snapshots if s.position < len(self.slots)}
        self._show_all()

    def snapshots(self) -> tuple[SnapshotInput, ...]:
        return tuple(self.values[k] for k in sorted(self.values) if not self.values[k].is_empty)

    def mark_due(self, index: int | None) -> None:
        if index == self.due:
            return
        self.due = index
        self._show_all()

    def _show_all(self) -> None:
        for column in range(self.columnCount()):
            value = self.values.get(column, SnapshotInput(column))
            texts = self._texts(value)
            for row, (short, full) in enumerate(texts):
                item = self.item(row, column)
                item.setText(short)
                item.setToolTip(full)
                item.setBackground(
                    QBrush(DUE_COLOUR) if column == self.due else QBrush(Qt.BrushStyle.NoBrush)
                )

    @staticmethod
    def _texts(value: SnapshotInput) -> list[tuple[str, str]]:
        activity = next((c for c in ACTIVITY_CODES if c[0] == value.activity), None)
        material = next((c for c in MATERIAL_CODES if c[0] == value.material), None)
        band = (
            engagement_of_count(value.pupils_off_task)
            if value.pupils_off_task is not None
            else None
        )
        return [
            (activity[1], _tr(activity[2])) if activity else ("·", ""),
            (band[1], _tr(band[2])) if band else ("·", ""),
            (material[1], _tr(material[2])) if material else ("·", ""),
        ]

    # --- keys ----------------------------------------------------------------------------------

    def go_to(self, column: int) -> None:
        if self.columnCount():
            self.setCurrentCell(ACTIVITY_ROW, max(0, min(column, self.columnCount() - 1)))
            self.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, row, column = event.key(), self.currentRow(), self.currentColumn()
        if key == Qt.Key.Key_Escape:
            self.leave.emit()
            return
        if self.read_only or row < 0 or column < 0:
            super().keyPressEvent(event)
            return
        if key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self._code(row, column, None)
            return
        code = self._code_for(row, latin_letter(event))
        if code is None:
            super().keyPressEvent(event)
            return
        self._code(row, column, code)
        if row < MATERIAL_ROW:
            self.setCurrentCell(row + 1, column)
        elif column + 1 < self.columnCount():
            self.setCurrentCell(ACTIVITY_ROW, column + 1)

    @staticmethod
    def _code_for(row: int, text: str) -> object | None:
        codes: tuple[tuple, ...] = (ACTIVITY_CODES, ENGAGEMENT_CODES, MATERIAL_CODES)[row]  # type: ignore[type-arg]
        if text.isdigit() and 1 <= int(text) <= len(codes):
            entry = codes[int(text) - 1]
        else:
            entry = next((c for c in codes if text and c[1] == text), None)
        if entry is None:
            return None
        return entry[3] if row == PUPILS_ROW else entry[0]

    def _code(self, row: int, column: int, code: object | None) -> None:
        old = self.values.get(column, SnapshotInput(column))
        minute = old.minute if old.minute is not None else self.minute_now()
        if row == ACTIVITY_ROW:
            new = SnapshotInput(column, code, old.pupils_off_task, old.material, minute)  # type: ignore[arg-type]
        elif row == PUPILS_ROW:
            new = SnapshotInput(column, old.activity, code, old.material, minute)  # type: ignore[arg-type]
        else:
            new = SnapshotInput(column, old.activity, old.pupils_off_task, code, minute)  # type: ignore[arg-type]
        if new.is_empty:
            self.values.pop(column, None)
        else:
            self.values[column] = new
        self._show_all()
        self.changed.emit()
