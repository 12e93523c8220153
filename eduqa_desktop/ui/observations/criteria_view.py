"""The scrolling middle of the observation form: the sections with their live scores, one row
per criterion, then the conclusions."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from eduqa_desktop.services.checklist_views import TemplateView, localized
from eduqa_desktop.services.observation_records import ScoreInput
from eduqa_desktop.ui.formatting import percent
from eduqa_desktop.ui.observations.conclusions_box import ConclusionsBox
from eduqa_desktop.ui.observations.criterion_row import CriterionRow


class CriteriaView(QScrollArea):
    changed = Signal()
    left_above = Signal()  # ↑ on the first criterion

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[CriterionRow] = []
        self.section_labels: list[QLabel] = []
        self.criteria = QVBoxLayout()
        self.criteria.setSpacing(2)
        self.conclusions = ConclusionsBox()
        self.conclusions.changed.connect(self.changed)
        content = QWidget()
        column = QVBoxLayout(content)
        column.addLayout(self.criteria)
        column.addWidget(self.conclusions)
        column.addStretch(1)
        self.setWidgetResizable(True)
        self.setWidget(content)

    def build(self, template: TemplateView | None, language: str, previous: QWidget) -> None:
        """Rows for `template`; Tab goes from `previous` through each row and its comment."""
        while self.criteria.count():
            item = self.criteria.takeAt(0)
            if item.widget():
                item.widget().hide()
                item.widget().deleteLater()
        self.rows, self.section_labels = [], []
        if template is None:
            self.criteria.addWidget(QLabel(self.tr("Choose a checklist to see its criteria.")))
            return
        for section in template.sections:
            heading = QLabel(localized(section.title, language))
            heading.setProperty("role", "heading")
            heading.setProperty("title", heading.text())
            heading.setWordWrap(True)
            self.section_labels.append(heading)
            self.criteria.addWidget(heading)
            for criterion in section.criteria:
                row = CriterionRow(criterion, template.levels, language)
                row.changed.connect(self.changed)
                row.suggested.connect(self.conclusions.add_next_step)
                row.advance.connect(lambda delta, r=row: self._move(r, delta))
                self.criteria.addWidget(row)
                self.rows.append(row)
                QWidget.setTabOrder(previous, row)
                QWidget.setTabOrder(row, row.comment)
                previous = row.comment
        self.conclusions.chain_after(previous)
        for widget in (*self.section_labels, *self.rows):
            widget.show()  # at once: a layout would show them only on the next event loop turn
        self.verticalScrollBar().setValue(0)

    def set_answers(self, scores: tuple[ScoreInput, ...]) -> None:
        answers = {s.criterion_id: s for s in scores}
        for row in self.rows:
            item = answers.get(row.criterion.id)
            if item is not None:
                row.set_answer(item.score, item.not_applicable, item.comment)

    def answers(self) -> tuple[ScoreInput, ...]:
        return tuple(
            ScoreInput(r.criterion.id, r.level(), r.is_not_applicable(), r.comment.text())
            for r in self.rows
            if r.is_answered() or r.comment.text().strip()
        )

    def levels(self) -> dict[int, int | None]:
        return {r.criterion.id: r.level() for r in self.rows if r.is_answered()}

    def has_input(self) -> bool:
        """Whether a level, N/A or comment is given (what a change of checklist clears)."""
        return any(r.is_answered() or r.comment.text().strip() for r in self.rows)

    def unanswered(self) -> list[CriterionRow]:
        return [r for r in self.rows if not r.is_answered()]

    def show_section_scores(self, scores: tuple[float | None, ...]) -> None:
        for label, score in zip(self.section_labels, scores, strict=False):
            title = label.property("title")
            label.setText(title if score is None else f"{title} — {percent(score)}")

    def set_read_only(self, read_only: bool) -> None:
        """Levels and comments can be given before the teacher is chosen: the form keeps
        them and saves them with the teacher."""
        for row in self.rows:
            row.set_read_only(read_only)
        self.conclusions.set_read_only(read_only)

    def focus_row(self, row: CriterionRow) -> None:
        row.setFocus(Qt.FocusReason.OtherFocusReason)
        self.ensureWidgetVisible(row, 10, 60)

    def _move(self, row: CriterionRow, delta: int) -> None:
        index = self.rows.index(row) + delta
        if index >= len(self.rows):
            self.conclusions.strengths.setFocus(Qt.FocusReason.TabFocusReason)
            self.ensureWidgetVisible(self.conclusions.strengths)
        elif index < 0:
            self.left_above.emit()
        else:
            self.focus_row(self.rows[index])
