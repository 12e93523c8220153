"""Needs attention: the top of the school's ranking by signals, each row with its strongest
reasons; a click (or Enter) opens the teacher's profile. The quarter is the Teachers tab's.
Below the list, the subjects behind across the school (the school's signals, with their
teachers), which rank no teacher, and — for the methodologists — the observers whose agreement
with colleagues on co-observed lessons stays low this year."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QModelIndex, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from eduqa_desktop.domain.calibration import CalibrationReport
from eduqa_desktop.domain.flags import render_message
from eduqa_desktop.services.attention import (
    AttentionList,
    AttentionRow,
    SignalDTO,
    SubjectSignalDTO,
)
from eduqa_desktop.services.errors import MESSAGES_CONTEXT
from eduqa_desktop.ui.context import UiContext
from eduqa_desktop.ui.formatting import number, percent, short_date
from eduqa_desktop.ui.teachers.labels import language, period_name
from eduqa_desktop.ui.teachers.rows_model import (
    RECORD_ROLE,
    Column,
    RowsModel,
    fit_columns,
    make_table,
    number_column,
)

translate = QCoreApplication.translate
SHOWN_REASONS = 2  # the strongest reasons in the row; all of them in its tooltip


def signal_text(signal: SignalDTO | SubjectSignalDTO) -> str:
    """The signal's sentence in the interface language, numbers and dates as QLocale writes."""
    return render_message(
        translate(MESSAGES_CONTEXT, signal.message_template),
        signal.params,
        language=language(),
        percent=percent,
        day=short_date,
    )


@dataclass(frozen=True)
class Placed:
    """A row of the list with its place in it."""

    place: int
    row: AttentionRow


def attention_columns() -> list[Column[Placed]]:
    return [
        number_column(translate("AttentionView", "Rank"), lambda p: p.place),
        Column(translate("AttentionView", "Teacher"), lambda p: p.row.teacher_name),
        Column(translate("AttentionView", "Department"), lambda p: p.row.department),
        number_column(
            translate("AttentionView", "Score"),
            lambda p: p.row.score,
            decimals=1,
            tooltip=translate("AttentionView", "The sum of the signals' severities"),
        ),
        Column(
            translate("AttentionView", "Strongest reasons"),
            lambda p: "; ".join(signal_text(s) for s in p.row.signals[:SHOWN_REASONS]),
            lambda p: p.place,
            tooltip=lambda p: "\n".join(f"• {signal_text(s)}" for s in p.row.signals),
        ),
    ]


class AttentionView(QWidget):
    """The list; `teacher_chosen(id)` when a row is clicked."""

    teacher_chosen = Signal(int)

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.found: AttentionList | None = None
        self.heading = QLabel()
        self.heading.setProperty("role", "heading")
        self.heading.setWordWrap(True)
        self.note = QLabel()
        self.note.setProperty("role", "hint")
        self.note.setWordWrap(True)
        self.model: RowsModel[Placed] = RowsModel(attention_columns(), self)
        self.table = make_table(self.model, self, stretch=4)
        self.table.setAccessibleName(translate("AttentionView", "Needs attention"))
        self.table.setWordWrap(False)
        self.subjects = QLabel()
        self.subjects.setAccessibleName(translate("AttentionView", "Subjects behind"))
        self.subjects.setWordWrap(True)
        self.subjects.hide()
        self.observers = QLabel()
        self.observers.setAccessibleName(translate("AttentionView", "Observers with low agreement"))
        self.observers.setWordWrap(True)
        self.observers.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.subjects)
        layout.addWidget(self.observers)
        self.table.clicked.connect(self._on_clicked)
        self.table.activated.connect(self._on_clicked)

    def show_list(self, found: AttentionList | None) -> None:
        self.found = found
        rows = list(found.rows) if found else []
        self.model.set_records([Placed(place, row) for place, row in enumerate(rows, 1)])
        fit_columns(self.table, limit=260)
        self._show_subjects(found.subjects if found else ())
        if found is None:
            self.heading.setText(translate("AttentionView", "No school chosen."))
            self.note.setText("")
            return
        heading = translate("AttentionView", "{shown} of {staff} teachers need attention").format(
            shown=len(rows), staff=found.staff
        )
        if found.term is not None:
            heading += " — " + period_name(found.term.year, found.term.number)
        results = found.results_term
        if results is not None and results != found.term:
            heading += " · " + translate("AttentionView", "results of the {quarter}").format(
                quarter=period_name(results.year, results.number)
            )
        self.heading.setText(heading)
        if rows:
            self.note.setText(
                translate(
                    "AttentionView",
                    "Ranked by their signals: results against peers, declines, lessons, "
                    "follow-ups, the plan, courses and new teachers. At most {share} of the "
                    "staff; {ranked} teachers have some signal. Click a teacher to open the "
                    "profile.",
                ).format(share=percent(found.share * 100), ranked=found.ranked)
            )
        else:
            self.note.setText(
                translate(
                    "AttentionView",
                    "No teacher has signals strong enough for the list in this quarter.",
                )
            )

    def _show_subjects(self, subjects: tuple[SubjectSignalDTO, ...]) -> None:
        lines = [
            translate(
                "AttentionView",
                "Subjects behind across the school (every teacher of the subject; no "
                "teacher is ranked for it):",
            )
        ]
        for subject in subjects:
            teachers = ", ".join(subject.teachers)
            lines.append(f"• {signal_text(subject)} — {teachers}")
        self.subjects.setText("\n".join(lines))
        self.subjects.setVisible(bool(subjects))

    def subject_lines(self) -> list[str]:
        return [] if self.subjects.isHidden() else self.subjects.text().splitlines()[1:]

    def show_observers(self, report: CalibrationReport | None) -> None:
        """The observers whose agreement with colleagues is low (``domain.calibration``)."""
        low = [o for o in report.observers if o.low] if report else []
        lines = [
            translate(
                "AttentionView",
                "Observers whose agreement with colleagues stays low this year (weighted κ "
                "below {kappa} with most colleagues; Observations ▸ Calibration):",
            ).format(kappa=number(report.low_kappa, 2) if report else "")
        ]
        for observer in low:
            kappa = observer.agreement.kappa
            lines.append(
                "• "
                + translate(
                    "AttentionView", "{observer}: κ {kappa} over {lessons} co-observed lessons"
                ).format(
                    observer=observer.observer,
                    kappa="—" if kappa is None else number(kappa, 2),
                    lessons=number(observer.lessons),
                )
            )
        self.observers.setText("\n".join(lines))
        self.observers.setVisible(bool(low))

    def low_observer_lines(self) -> list[str]:
        return [] if self.observers.isHidden() else self.observers.text().splitlines()[1:]

    def _on_clicked(self, index: QModelIndex) -> None:
        placed = index.data(RECORD_ROLE)
        if placed is not None:
            self.teacher_chosen.emit(placed.row.teacher_id)

    def teacher_names(self) -> list[str]:
        return [placed.row.teacher_name for placed in self.model.records]
