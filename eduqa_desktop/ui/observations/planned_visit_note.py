"""Under the observation form's header: the visit planned for this teacher in this month.

The observer sees that a visit was planned, with which purpose, and that this observation
counts as it once final — also when its purpose is another one (`domain.visit_plan`); a
button gives the observation the planned purpose when that is what the visit is.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from eduqa_desktop.domain.visit_plan import VisitStatus
from eduqa_desktop.domain.vocabulary import Purpose
from eduqa_desktop.services.visit_plan import PlanLine, planned_visits_for
from eduqa_desktop.ui.formatting import short_date
from eduqa_desktop.ui.observations.labels import month_name, purpose_name

if TYPE_CHECKING:
    from eduqa_desktop.ui.context import UiContext


class PlannedVisitNote(QWidget):
    use_purpose = Signal(object)  # the planned Purpose, when the observer takes it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setProperty("role", "hint")
        self.use_button = QPushButton()
        self.use_button.clicked.connect(self._on_use)
        self._planned: Purpose | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.use_button)
        self.setVisible(False)

    def show_for(
        self,
        context: UiContext,
        school_id: int | None,
        teacher_id: int | None,
        on: date,
        purpose: Purpose,
        observation_id: int | None,
        *,
        today: date,
    ) -> None:
        lines = (
            planned_visits_for(context.db, school_id, teacher_id, on, today=today)
            if school_id and teacher_id
            else []
        )
        self.set_lines(lines, on, purpose, observation_id)

    def set_lines(
        self, lines: list[PlanLine], on: date, purpose: Purpose, observation_id: int | None
    ) -> None:
        self._planned = None
        text = ""
        month = month_name(on.year, on.month)
        own = next(
            (x for x in lines if observation_id and x.observation_id == observation_id), None
        )
        pending = [x for x in lines if x.status != VisitStatus.DONE]
        if own is not None:
            text = self.tr("This observation is the visit planned for {month} ({purpose}).").format(
                month=month, purpose=purpose_name(own.data.purpose)
            )
        elif pending:
            line = next((x for x in pending if x.data.purpose == purpose), pending[0])
            if line.data.purpose == purpose:
                text = self.tr(
                    "A visit to this teacher is planned for {month} ({purpose}). "
                    "Once final, this observation counts as it."
                ).format(month=month, purpose=purpose_name(purpose))
            else:
                self._planned = Purpose(line.data.purpose)
                text = self.tr(
                    "A visit to this teacher is planned for {month} as {planned}; this "
                    "observation is {purpose}. Once final, it counts as that visit."
                ).format(
                    month=month,
                    planned=purpose_name(line.data.purpose),
                    purpose=purpose_name(purpose),
                )
        elif lines:
            done = lines[0]
            text = self.tr("The visit planned for {month} was made on {day}.").format(
                month=month, day=short_date(done.observed_on)
            )
        self.text.setText(text)
        if self._planned is not None:
            self.use_button.setText(
                self.tr("Make it {purpose}").format(purpose=purpose_name(self._planned))
            )
        self.use_button.setVisible(self._planned is not None)
        self.setVisible(bool(text))

    def _on_use(self) -> None:
        if self._planned is not None:
            self.use_purpose.emit(self._planned)
