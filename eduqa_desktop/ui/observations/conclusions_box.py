"""The end of the observation form: strengths, recommendations, next steps with a due date
(optional; typed day, month, year; never before the lesson) and whether the teacher has seen
the observation."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from eduqa_desktop.ui.observations.observation_header import OptionalDateField, to_qdate


def _text_edit(placeholder: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)  # Tab moves on, as everywhere in the form
    edit.setPlaceholderText(placeholder)
    edit.setFixedHeight(64)
    return edit


class ConclusionsBox(QGroupBox):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Conclusions"), parent)
        self.strengths = _text_edit(self.tr("What went well"))
        self.recommendations = _text_edit(self.tr("What to improve"))
        self.next_steps = _text_edit(self.tr("Agreed with the teacher"))
        self.due = OptionalDateField()
        self.due.setAccessibleName(self.tr("Next steps due by"))
        self.due.setToolTip(self.tr("Type day, month, year; Ctrl+A, Delete leaves it empty"))
        self.due_problem = QLabel()
        self.due_problem.setProperty("role", "problem")
        self.due_problem.setWordWrap(True)
        self.due_problem.hide()
        self.seen = QCheckBox(self.tr("The teacher has seen this observation"))
        layout = QFormLayout(self)
        layout.addRow(self.tr("Strengths"), self.strengths)
        layout.addRow(self.tr("Recommendations"), self.recommendations)
        layout.addRow(self.tr("Next steps"), self.next_steps)
        self.due.setMaximumWidth(150)
        due_row = QHBoxLayout()
        due_row.addWidget(self.due)
        due_row.addWidget(self.due_problem, 1)
        layout.addRow(self.tr("Due by"), due_row)
        layout.addRow("", self.seen)
        for edit in (self.strengths, self.recommendations, self.next_steps):
            edit.textChanged.connect(self.changed)
        self.due.dateChanged.connect(lambda _d: self.changed.emit())
        self.seen.toggled.connect(lambda _b: self.changed.emit())

    def chain_after(self, previous: QWidget) -> None:
        """Tab goes from `previous` through the texts, the due date and the check box."""
        for first, second in (
            (previous, self.strengths),
            (self.strengths, self.recommendations),
            (self.recommendations, self.next_steps),
            (self.next_steps, self.due),
            (self.due, self.seen),
        ):
            QWidget.setTabOrder(first, second)

    def set_values(
        self, strengths: str, recommendations: str, next_steps: str, due: date | None, seen: bool
    ) -> None:
        self.blockSignals(True)
        for edit, text in (
            (self.strengths, strengths),
            (self.recommendations, recommendations),
            (self.next_steps, next_steps),
        ):
            edit.blockSignals(True)
            edit.setPlainText(text)
            edit.blockSignals(False)
        self.due.blockSignals(True)
        self.due.set_value(due)
        self.due.blockSignals(False)
        self.seen.blockSignals(True)
        self.seen.setChecked(seen)
        self.seen.blockSignals(False)
        self.blockSignals(False)

    def add_next_step(self, step: str) -> None:
        """Append a suggested step on a line of its own (once), as if typed."""
        step = step.strip()
        current = self.next_steps.toPlainText()
        if not step or self.next_steps.isReadOnly() or step in current:
            return
        self.next_steps.setPlainText(f"{current.rstrip()}\n{step}" if current.strip() else step)

    def due_date(self) -> date | None:
        return self.due.value()

    def set_lesson_date(self, lesson: date) -> None:
        """A due date typed into "—" starts from the day of the lesson."""
        self.due.start = to_qdate(lesson)

    def show_due_problem(self, text: str) -> None:
        self.due_problem.setText(text)
        self.due_problem.setVisible(bool(text))

    def set_read_only(self, read_only: bool) -> None:
        for edit in (self.strengths, self.recommendations, self.next_steps):
            edit.setReadOnly(read_only)
        self.due.setEnabled(not read_only)
        self.seen.setEnabled(not read_only)
