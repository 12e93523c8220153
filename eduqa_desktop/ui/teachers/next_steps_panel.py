"""The profile's "What to suggest, who could help": for each of the teacher's weakest criteria
the checklist's next step, and the colleagues strong in it (`services.mentors`: the same
subject first, then the department), each with *Plan a peer visit*, which puts the teacher's
visit to the colleague's lesson into the visit plan for next month."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.mentors import Mentor, mentors_for, plan_peer_visit
from eduqa_desktop.services.teacher_profile import CriterionComparison, TeacherProfile
from eduqa_desktop.ui import prompts
from eduqa_desktop.ui.app_signals import app_signals
from eduqa_desktop.ui.context import UiContext
from eduqa_desktop.ui.formatting import percent
from eduqa_desktop.ui.teachers.labels import local


def next_month(day: date) -> tuple[int, int]:
    return (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)


class NextStepsPanel(QGroupBox):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("What to suggest, who could help"), parent)
        self.context = context
        self.profile: TeacherProfile | None = None
        self.plan_buttons: list[tuple[QPushButton, CriterionComparison, Mentor]] = []
        self.status = QLabel()
        self.status.setProperty("role", "hint")
        self.status.setWordWrap(True)
        self.body = QWidget()
        self.grid = QGridLayout(self.body)
        self.grid.setContentsMargins(0, 0, 4, 0)
        self.grid.setVerticalSpacing(3)
        # Three criteria with their mentors are taller than a 768-pixel screen leaves: scroll.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.body)
        scroll.setMinimumHeight(150)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status)

    def show_profile(self, profile: TeacherProfile) -> None:
        self.profile = profile
        self.status.clear()
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.plan_buttons = []
        weakest = profile.weakest
        if not weakest:
            self.grid.addWidget(
                QLabel(self.tr("No weak criteria yet: a few scored observations are needed.")),
                0,
                0,
            )
            return
        mentors = mentors_for(
            self.context.db,
            profile.header.id,
            [c.criterion_id for c in weakest],
            as_of=profile.as_of,
        )
        row = 0
        for criterion in weakest:
            title = QLabel(
                f"<b>{html.escape(local(criterion.text))}</b> — "
                + html.escape(percent(criterion.teacher_score))
            )
            title.setWordWrap(True)
            title.setTextFormat(Qt.TextFormat.RichText)
            self.grid.addWidget(title, row, 0, 1, 2)
            row += 1
            step = QLabel(
                self.tr("Suggest: {step}").format(step=local(criterion.next_step))
                if criterion.next_step
                else self.tr("The checklist has no next step for this criterion.")
            )
            step.setWordWrap(True)
            self.grid.addWidget(step, row, 0, 1, 2)
            row += 1
            found = mentors.get(criterion.criterion_id, [])
            if not found:
                none = QLabel(
                    self.tr("No colleague of the same subject or department is strong in it yet.")
                )
                none.setProperty("role", "hint")
                self.grid.addWidget(none, row, 0, 1, 2)
                row += 1
            for mentor in found:
                self.grid.addWidget(QLabel(self._mentor_text(mentor)), row, 0)
                button = QPushButton(self.tr("Plan a peer visit"))
                button.setToolTip(
                    self.tr("Add to the visit plan: {teacher} visits a lesson of {mentor}").format(
                        teacher=profile.header.full_name, mentor=mentor.full_name
                    )
                )
                button.setEnabled(profile.header.active)
                button.clicked.connect(lambda _c=False, c=criterion, m=mentor: self._plan(c, m))
                self.grid.addWidget(button, row, 1, Qt.AlignmentFlag.AlignRight)
                self.plan_buttons.append((button, criterion, mentor))
                row += 1
        self.grid.setColumnStretch(0, 1)
        self.grid.setRowStretch(row, 1)

    def _mentor_text(self, mentor: Mentor) -> str:
        why = self.tr("same subject") if mentor.same_subject else self.tr("same department")
        return self.tr("{name} ({why}): {score} in {visits} visit(s)").format(
            name=mentor.full_name, why=why, score=percent(mentor.score), visits=mentor.scored
        )

    def _plan(self, criterion: CriterionComparison, mentor: Mentor) -> None:
        profile = self.profile
        if profile is None:
            return
        year, month = next_month(date.today())
        note = self.tr("Peer visit to learn: {criterion}").format(criterion=local(criterion.text))
        try:
            plan_peer_visit(
                self.context.db, profile.header.id, mentor.teacher_id, year=year, month=month,
                note=note,
            )  # fmt: skip
        except UserError as problem:
            self.status.setText(prompts.user_error_text(problem))
            return
        app_signals().data_changed.emit("plan")  # the profile refreshes: say it after that
        planned = self.tr("Planned for {month}: {teacher} visits a lesson of {mentor}.")
        self.status.setText(
            planned.format(
                month=f"{month:02d}.{year}",
                teacher=profile.header.full_name,
                mentor=mentor.full_name,
            )
        )
