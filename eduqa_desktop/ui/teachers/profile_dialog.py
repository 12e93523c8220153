"""A teacher's profile: where the teacher stands and why a flag is raised, printable.

Header; cards (observations, average score, trend, quality, professional development); flags
with their explanations and the criteria against the school; the observation history with a
small trend chart; results per class and subject over the quarters; activities by mechanism.
Export to PDF (for the attestation file) and to .xlsx.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from eduqa_desktop.domain.indicators import Indicators, MarkCounts
from eduqa_desktop.domain.observation_labels import BAND_COLOURS
from eduqa_desktop.exchange.teacher_report import TITLE, profile_html, profile_workbook
from eduqa_desktop.services.activities import ActivityLine
from eduqa_desktop.services.indicators import TeacherResultLine
from eduqa_desktop.services.teacher_profile import (
    CriterionComparison,
    MechanismActivity,
    ObservationPoint,
    TeacherProfile,
    TermTotal,
    teacher_profile,
)
from eduqa_desktop.services.teachers import PdStatus, get_teacher
from eduqa_desktop.ui import prompts
from eduqa_desktop.ui.app_signals import app_signals
from eduqa_desktop.ui.context import UiContext
from eduqa_desktop.ui.dashboard.chart_view import ChartView, Series
from eduqa_desktop.ui.dashboard.indicator_card import IndicatorCard
from eduqa_desktop.ui.formatting import UNDEFINED, average, number, percent, short_date
from eduqa_desktop.ui.look import icon
from eduqa_desktop.ui.observations.labels import band_name, mechanism_name, purpose_name
from eduqa_desktop.ui.pdf_rendering import html_to_pdf
from eduqa_desktop.ui.printing import print_html
from eduqa_desktop.ui.teachers.activities_view import activity_columns
from eduqa_desktop.ui.teachers.activity_dialog import ActivityDialog
from eduqa_desktop.ui.teachers.labels import (
    category_name,
    flag_text,
    language,
    local,
    pd_status_name,
    signed,
    term_name,
)
from eduqa_desktop.ui.teachers.next_steps_panel import NextStepsPanel
from eduqa_desktop.ui.teachers.rows_model import (
    Column,
    RowsModel,
    date_column,
    fit_columns,
    make_table,
    number_column,
    percent_column,
    term_order,
)
from eduqa_desktop.ui.teachers.teacher_dialog import TeacherDialog

translate = QCoreApplication.translate
VERMILLION = "#D55E00"
GREEN = "#009E73"
BLUE = "#0072B2"
ORANGE = "#E69F00"


def _band(point: ObservationPoint) -> str | None:
    return BAND_COLOURS[point.band] if point.band else None


def observation_columns() -> list[Column[ObservationPoint]]:
    return [
        date_column(translate("TeacherProfileDialog", "Date"), lambda o: o.observed_on),
        Column(translate("TeacherProfileDialog", "Class"), lambda o: o.class_name or UNDEFINED),
        Column(translate("TeacherProfileDialog", "Subject"), lambda o: local(o.subject)),
        Column(translate("TeacherProfileDialog", "Purpose"), lambda o: purpose_name(o.purpose)),
        Column(translate("TeacherProfileDialog", "Observer"), lambda o: o.observer or UNDEFINED),
        percent_column(translate("TeacherProfileDialog", "Score"), lambda o: o.score),
        Column(
            translate("TeacherProfileDialog", "Band"), lambda o: band_name(o.band), colour=_band
        ),
        percent_column(translate("TeacherProfileDialog", "Instruction"), lambda o: o.instruction),
        percent_column(translate("TeacherProfileDialog", "Management"), lambda o: o.management),
        Column(
            translate("TeacherProfileDialog", "Correction"),
            lambda o: o.corrections[-1] if o.corrections else UNDEFINED,
            tooltip=lambda o: "\n".join(o.corrections) or None,
        ),
    ]


def criterion_columns() -> list[Column[CriterionComparison]]:
    return [
        Column(
            translate("TeacherProfileDialog", "Criterion"),
            lambda c: c.text.get(language()),
            tooltip=lambda c: c.text.get(language()),
        ),
        percent_column(translate("TeacherProfileDialog", "Teacher"), lambda c: c.teacher_score),
        percent_column(translate("TeacherProfileDialog", "School"), lambda c: c.school_score),
        Column(
            translate("TeacherProfileDialog", "Difference"),
            lambda c: signed(c.difference),
            lambda c: c.difference,
            numeric=True,
        ),
    ]


def _indicator_columns(
    first: list[Column[Any]],
    counts: Callable[[Any], MarkCounts],
    indicators: Callable[[Any], Indicators],
) -> list[Column[Any]]:
    return [
        *first,
        number_column(
            translate("TeacherProfileDialog", "Pupils assessed"), lambda r: counts(r).assessed
        ),
        percent_column(
            translate("TeacherProfileDialog", "Pass rate"), lambda r: indicators(r).pass_rate
        ),
        percent_column(
            translate("TeacherProfileDialog", "Quality"), lambda r: indicators(r).quality
        ),
        percent_column(translate("TeacherProfileDialog", "SOU"), lambda r: indicators(r).sou),
        Column(
            translate("TeacherProfileDialog", "Average grade"),
            lambda r: average(indicators(r).average_grade),
            lambda r: indicators(r).average_grade,
            numeric=True,
        ),
    ]


def term_columns() -> list[Column[TermTotal]]:
    return _indicator_columns(
        [
            Column(
                translate("TeacherProfileDialog", "Quarter"),
                lambda t: term_name(t.year, t.number),
                lambda t: term_order(t.year, t.number),
            )
        ],
        lambda t: t.counts,
        lambda t: t.indicators,
    )


def _change(line: TeacherResultLine) -> float | None:
    return line.change.quality if line.change else None


def result_columns() -> list[Column[TeacherResultLine]]:
    columns = _indicator_columns(
        [
            Column(
                translate("TeacherProfileDialog", "Quarter"),
                lambda r: term_name(r.term.year, r.term.number),
                lambda r: term_order(r.term.year, r.term.number),
            ),
            Column(
                translate("TeacherProfileDialog", "Class"),
                lambda r: r.class_name,
                lambda r: f"{r.grade:02d} {r.class_name}",
            ),
            Column(translate("TeacherProfileDialog", "Subject"), lambda r: r.subject),
        ],
        lambda r: r.counts,
        lambda r: r.indicators,
    )
    columns.append(
        Column(
            translate("TeacherProfileDialog", "Change in quality"),
            lambda r: signed(_change(r)),
            _change,
            numeric=True,
            colour=lambda r: VERMILLION if (_change(r) or 0) < 0 else None,
            tooltip=_change_tooltip,
        )
    )
    return columns


def _change_tooltip(line: TeacherResultLine) -> str:
    """Which term, and which class: in quarter 1 the pupils were in last year's class."""
    if line.previous_term is None:
        return translate("TeacherProfileDialog", "No results of the previous quarter")
    term = term_name(line.previous_term.year, line.previous_term.number)
    if line.previous_class_name and line.previous_class_name != line.class_name:
        return translate("TeacherProfileDialog", "Compared with {class_name}, {term}").format(
            class_name=line.previous_class_name, term=term
        )
    return translate("TeacherProfileDialog", "Compared with {term}").format(term=term)


def mechanism_columns() -> list[Column[MechanismActivity]]:
    return [
        Column(
            translate("TeacherProfileDialog", "Mechanism"), lambda m: mechanism_name(m.mechanism)
        ),
        number_column(translate("TeacherProfileDialog", "This year"), lambda m: m.this_year),
        number_column(translate("TeacherProfileDialog", "All years"), lambda m: m.total),
        date_column(translate("TeacherProfileDialog", "Last"), lambda m: m.last_done),
    ]


@dataclass(frozen=True)
class ListedFlags:
    """What the staff list the profile was opened from shows: flags as of its quarter's day."""

    as_of: date
    flags: int


class TeacherProfileDialog(QDialog):
    def __init__(
        self,
        context: UiContext,
        teacher_id: int,
        parent: QWidget | None = None,
        *,
        listed: ListedFlags | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.teacher_id = teacher_id
        self.listed = listed
        self.profile: TeacherProfile | None = None
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.name_label = QLabel()
        self.name_label.setProperty("role", "heading")
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts_label = QLabel()
        self.facts_label.setWordWrap(True)
        self.facts_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.add_activity_button = QPushButton(icon("add"), self.tr("Add activity…"))
        self.edit_button = QPushButton(icon("edit"), self.tr("Edit…"))
        self.print_button = QPushButton(icon("print"), self.tr("Print…"))
        self.pdf_button = QPushButton(icon("export"), self.tr("Export PDF…"))
        self.xlsx_button = QPushButton(icon("export"), self.tr("Export .xlsx…"))
        header_buttons = QHBoxLayout()
        for button in (
            self.add_activity_button,
            self.edit_button,
            self.print_button,
            self.pdf_button,
            self.xlsx_button,
        ):
            header_buttons.addWidget(button)
        header = QGridLayout()
        header.addWidget(self.name_label, 0, 0)
        header.addLayout(header_buttons, 0, 1, Qt.AlignmentFlag.AlignRight)
        header.addWidget(self.facts_label, 1, 0, 1, 2)
        header.setColumnStretch(0, 1)

        self.cards = {
            "observations": IndicatorCard("observations", self.tr("Observations this year")),
            "average": IndicatorCard("average", self.tr("Average score this year")),
            "latest": IndicatorCard("latest", self.tr("Latest observation")),
            "quality": IndicatorCard("quality", self.tr("Quality of knowledge")),
            "pd": IndicatorCard("pd", self.tr("Professional development")),
            "flags": IndicatorCard("flags", self.tr("Signals")),
        }
        cards = QHBoxLayout()
        for card in self.cards.values():
            cards.addWidget(card)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._summary_page(), self.tr("Summary"))
        self.tabs.addTab(self._observations_page(), self.tr("Observations"))
        self.tabs.addTab(self._results_page(), self.tr("Results"))
        self.tabs.addTab(self._activities_page(), self.tr("Activities"))
        self.status = QLabel()
        self.status.setProperty("role", "hint")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(cards)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

        self.add_activity_button.clicked.connect(self.add_activity)
        self.edit_button.clicked.connect(self.edit_teacher)
        app_signals().data_changed.connect(self._on_data_changed)
        self.pdf_button.clicked.connect(lambda: self.export_pdf())
        self.xlsx_button.clicked.connect(self.export_xlsx)
        self.print_button.clicked.connect(self.print_on_paper)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, self.print_on_paper)
        self.resize(1240, 700)
        self.refresh()

    # --- pages -------------------------------------------------------------------------------

    def _summary_page(self) -> QWidget:
        page = QWidget()
        self.flags_box = QGroupBox(self.tr("Where to look"))
        self.flags_label = QLabel()
        self.flags_label.setWordWrap(True)
        self.flags_label.setTextFormat(Qt.TextFormat.RichText)
        self.flags_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        flags_layout = QVBoxLayout(self.flags_box)
        flags_layout.addWidget(self.flags_label)
        self.strongest: RowsModel[CriterionComparison] = RowsModel(criterion_columns(), self)
        self.weakest: RowsModel[CriterionComparison] = RowsModel(criterion_columns(), self)
        self.strongest_table = make_table(self.strongest, page, stretch=0)
        self.weakest_table = make_table(self.weakest, page, stretch=0)
        self.strongest_table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        self.weakest_table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
        for table in (self.strongest_table, self.weakest_table):
            table.setWordWrap(True)
            table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.criteria_note = QLabel(
            self.tr(
                "Average level reached on each criterion (% of the scale), the teacher against "
                "every teacher of the school."
            )
        )
        self.criteria_note.setProperty("role", "hint")
        self.criteria_note.setWordWrap(True)
        criteria = QGridLayout()
        criteria.addWidget(QLabel(self.tr("Strongest criteria")), 0, 0)
        criteria.addWidget(QLabel(self.tr("Weakest criteria")), 0, 1)
        criteria.addWidget(self.strongest_table, 1, 0)
        criteria.addWidget(self.weakest_table, 1, 1)
        criteria.addWidget(self.criteria_note, 2, 0, 1, 2)
        self.next_steps = NextStepsPanel(self.context, page)
        layout = QVBoxLayout(page)
        layout.addWidget(self.flags_box)
        layout.addLayout(criteria, 1)
        layout.addWidget(self.next_steps, 1)
        return page

    def _observations_page(self) -> QWidget:
        self.chart = ChartView(label_width=60)
        self.chart.setMinimumHeight(170)
        self.observations: RowsModel[ObservationPoint] = RowsModel(observation_columns(), self)
        self.observation_table = make_table(self.observations, stretch=2)
        self.observation_table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.no_observations = QLabel(
            self.tr(
                "No final observation of this teacher yet — observe a lesson on the "
                "Observations tab."
            )
        )
        self.no_observations.setProperty("role", "empty-state")
        self.no_observations.setWordWrap(True)
        self.no_observations.setAlignment(Qt.AlignmentFlag.AlignCenter)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.chart)
        splitter.addWidget(self.observation_table)
        splitter.setSizes([200, 300])
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.no_observations)
        layout.addWidget(splitter, 1)
        self.observation_splitter = splitter
        return page

    def _results_page(self) -> QWidget:
        self.terms: RowsModel[TermTotal] = RowsModel(term_columns(), self)
        self.term_table = make_table(self.terms, stretch=0)
        self.results: RowsModel[TeacherResultLine] = RowsModel(result_columns(), self)
        self.result_table = make_table(self.results, stretch=2)
        self.term_filter = QComboBox()
        self.term_filter.setAccessibleName(self.tr("Quarter"))
        self.term_filter.currentIndexChanged.connect(lambda _i: self._show_results())
        self.no_results = QLabel(
            self.tr("No results of this teacher yet — enter them on the Results tab.")
        )
        self.no_results.setProperty("role", "empty-state")
        self.no_results.setWordWrap(True)
        self.no_results.setAlignment(Qt.AlignmentFlag.AlignCenter)
        line = QHBoxLayout()
        line.addWidget(QLabel(self.tr("By class and subject in")))
        line.addWidget(self.term_filter)
        line.addStretch(1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.no_results)
        layout.addWidget(QLabel(self.tr("All the teacher's classes, by quarter")))
        layout.addWidget(self.term_table, 1)
        layout.addLayout(line)
        layout.addWidget(self.result_table, 2)
        return page

    def _activities_page(self) -> QWidget:
        self.pd_label = QLabel()
        self.pd_label.setWordWrap(True)
        self.mechanisms: RowsModel[MechanismActivity] = RowsModel(mechanism_columns(), self)
        self.mechanism_table = make_table(self.mechanisms, stretch=0)
        self.activities: RowsModel[ActivityLine] = RowsModel(activity_columns(), self)
        self.activity_table = make_table(self.activities, stretch=6)
        self.activity_table.setColumnHidden(1, True)  # the teacher: always this one
        self.activity_table.setColumnHidden(5, True)  # mechanisms: the table beside says them
        self.activities_title = QLabel()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.mechanism_table)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.activities_title)
        right_layout.addWidget(self.activity_table, 1)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([560, 700])
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.pd_label)
        layout.addWidget(splitter, 1)
        return page

    # --- data --------------------------------------------------------------------------------

    def refresh(self) -> None:
        profile = teacher_profile(self.context.db, self.teacher_id, language=language())
        self.profile = profile
        header = profile.header
        self.setWindowTitle(self.tr("Teacher profile — {name}").format(name=header.full_name))
        self.name_label.setText(header.full_name)
        facts = [
            header.department or self.tr("No department"),
            ", ".join(local(s) for s in header.subjects) or self.tr("no subjects"),
            self.tr("category: {category}").format(category=category_name(header.category)),
            self.tr("experience: %n years", "", header.experience_years),
        ]
        if header.personnel_number:
            facts.append(self.tr("No. {number}").format(number=header.personnel_number))
        if not header.active:
            facts.append(self.tr("left on {date}").format(date=short_date(header.left_on)))
        # The staff list may show an earlier quarter: say which day these numbers are from.
        facts.append(self.tr("as of {date}").format(date=short_date(profile.as_of)))
        self.facts_label.setText(" · ".join(facts))
        self._show_cards(profile)
        self._show_flags(profile)
        self.strongest.set_records(profile.strongest)
        self.weakest.set_records(profile.weakest)
        self.next_steps.show_profile(profile)
        for table in (self.strongest_table, self.weakest_table):
            for column in (1, 2, 3):
                table.resizeColumnToContents(column)
        self._show_observations(profile)
        self.terms.set_records(profile.terms)
        fit_columns(self.term_table)
        self.term_filter.blockSignals(True)
        self.term_filter.clear()
        for total in reversed(profile.terms):
            self.term_filter.addItem(
                term_name(total.year, total.number), (total.year, total.number)
            )
        self.term_filter.blockSignals(False)
        self._show_results()
        self._show_activities(profile)

    def _show_cards(self, profile: TeacherProfile) -> None:
        cards = self.cards
        cards["observations"].set_value(
            number(profile.observations_this_year),
            change=None,
            change_text=self.tr("{count} in all").format(count=len(profile.observations)),
        )
        cards["average"].set_value(
            percent(profile.average_this_year),
            change=profile.trend,
            change_text=self.tr("{trend} a month").format(trend=signed(profile.trend)),
            tooltip=self.tr("Trend over the last 12 months, score points a month"),
        )
        latest = profile.latest
        cards["latest"].set_value(
            percent(latest.score) if latest else UNDEFINED,
            change=None,
            change_text=band_name(latest.band) if latest else "",
            detail=short_date(latest.observed_on) if latest else "",
        )
        last_term = profile.terms[-1] if profile.terms else None
        previous = profile.terms[-2] if len(profile.terms) > 1 else None
        change = (
            None
            if last_term is None
            or previous is None
            or last_term.indicators.quality is None
            or previous.indicators.quality is None
            else last_term.indicators.quality - previous.indicators.quality
        )
        cards["quality"].set_value(
            percent(last_term.indicators.quality) if last_term else UNDEFINED,
            change=change,
            change_text=signed(change),
            detail=term_name(last_term.year, last_term.number) if last_term else "",
        )
        pd = profile.pd
        cards["pd"].set_value(
            short_date(pd.last_course),
            change=None,
            change_text=pd_status_name(pd.status),
            detail=self.tr("{hours} h in %n years", "", pd.window_years).format(
                hours=number(pd.hours, 0 if pd.hours.is_integer() else 1)
            ),
        )
        colour = GREEN if pd.status is PdStatus.CURRENT else VERMILLION
        cards["pd"].change.setStyleSheet(f"font-size: 9.5pt; color: {colour};")
        cards["flags"].set_value(
            number(len(profile.signals)),
            change=None,
            change_text=self.tr("see Summary") if profile.signals else self.tr("none"),
        )
        cards["flags"].setToolTip(self.list_difference(profile))

    def list_difference(self, profile: TeacherProfile) -> str:
        """Why the staff list may count other flags: it shows them as of its quarter's last
        day, the profile as of today ("" when both are the same day)."""
        listed = self.listed
        if listed is None or listed.as_of == profile.as_of:
            return ""
        return self.tr(
            "The staff list shows flags as of {list_date}, the last day of the quarter chosen "
            "there: {list_count}. This profile is the teacher as of {date}: {count}."
        ).format(
            list_date=short_date(listed.as_of),
            list_count=number(listed.flags) if listed.flags else UNDEFINED,
            date=short_date(profile.as_of),
            count=number(len(profile.signals)) if profile.signals else UNDEFINED,
        )

    def _show_flags(self, profile: TeacherProfile) -> None:
        note = self.list_difference(profile)
        note_html = (
            f'<p style="margin: 2px 0 6px 0; color: #5a6470;">{html.escape(note)}</p>'
            if note
            else ""
        )
        subjects = "".join(
            f'<p style="margin: 2px 0; color: #5a6470;">◆ {html.escape(flag_text(subject))} — '
            + html.escape(
                self.tr("the subject across the school, all its teachers: {teachers}").format(
                    teachers=", ".join(subject.teachers)
                )
            )
            + "</p>"
            for subject in profile.school_subjects
        )
        if not profile.signals:
            self.flags_label.setText(
                note_html
                + html.escape(self.tr("No signals: nothing here asks for attention."))
                + subjects
            )
            return
        items = "".join(
            f'<p style="margin: 2px 0;"><span style="color: {VERMILLION};">⚑</span> '
            f"{html.escape(flag_text(signal))}</p>"
            for signal in profile.signals
        )
        self.flags_label.setText(note_html + items + subjects)

    def _show_observations(self, profile: TeacherProfile) -> None:
        points = profile.observations
        self.no_observations.setVisible(not points)
        self.observation_splitter.setVisible(bool(points))
        self.observations.set_records(points)
        fit_columns(self.observation_table)
        scored = [o for o in points if o.score is not None]
        labels = [short_date(o.observed_on) for o in scored]
        tooltips = [
            f"{short_date(o.observed_on)} — {percent(o.score)} ({band_name(o.band)})"
            for o in scored
        ]
        lines = [Series(self.tr("Observation score"), [o.score for o in scored], BLUE, tooltips)]
        if any(o.instruction is not None for o in scored):  # visits with time-on-task snapshots
            lines.append(
                Series(
                    self.tr("Time on instruction"),
                    [o.instruction for o in scored],
                    ORANGE,
                    [
                        self.tr("{date} — instruction {share} (reference ≥ 50 %)").format(
                            date=short_date(o.observed_on), share=percent(o.instruction)
                        )
                        for o in scored
                    ],
                    dashed=True,
                    symbol="s",
                )
            )
        ticks = [(value, f"{value}") for value in (0, 25, 50, 75, 100)]
        self.chart.show_lines(
            labels, lines, value_range=(0, 100), ticks=ticks, axis_title=self.tr("Score, %")
        )

    def _show_results(self) -> None:
        profile = self.profile
        if profile is None:
            return
        chosen = self.term_filter.currentData()
        lines = [line for line in profile.results if (line.term.year, line.term.number) == chosen]
        self.results.set_records(lines)
        fit_columns(self.result_table)
        self.no_results.setVisible(not profile.results)

    def _show_activities(self, profile: TeacherProfile) -> None:
        pd = profile.pd
        self.pd_label.setText(
            self.tr(
                "Professional development: last course {last}, next due {due} ({status}); "
                "{hours} course hours in the last {years} years."
            ).format(
                last=short_date(pd.last_course),
                due=short_date(pd.next_due),
                status=pd_status_name(pd.status),
                hours=number(pd.hours, 0 if pd.hours.is_integer() else 1),
                years=pd.window_years,
            )
        )
        self.mechanisms.set_records(profile.mechanisms)
        fit_columns(self.mechanism_table)
        self.activities.set_records(profile.activities)
        fit_columns(self.activity_table)
        self.activities_title.setText(
            self.tr("Activities in the last %n years: {count}", "", pd.window_years).format(
                count=len(profile.activities)
            )
        )

    # --- actions -----------------------------------------------------------------------------

    def _on_data_changed(self, _what: str) -> None:
        if self.isVisible():
            self.refresh()

    def add_activity(self) -> ActivityDialog:
        dialog = ActivityDialog(self.context, teacher_id=self.teacher_id, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def edit_teacher(self) -> TeacherDialog:
        dialog = TeacherDialog(self.context, get_teacher(self.context.db, self.teacher_id), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- export ------------------------------------------------------------------------------

    def _suggested(self, suffix: str) -> str:
        name = self.profile.header.full_name if self.profile else "teacher"
        safe = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in name).strip()
        return f"{safe or 'teacher'}{suffix}"

    def print_on_paper(self) -> bool:
        """Print… (Ctrl+P): the pages of the PDF on a printer chosen in the print dialog."""
        if self.profile is None:
            return False
        title = f"{translate('TeacherReport', TITLE)}: {self.profile.header.full_name}"
        html = profile_html(self.profile, language=language(), tr=translate)
        if not print_html(self, html, title=title):
            return False
        self.status.setText(self.tr("Sent to the printer"))
        return True

    def export_pdf(self, path: str | None = None) -> Path | None:
        """Ask where to save (unless `path` is given) and write the profile as a PDF."""
        if self.profile is None:
            return None
        path = path or prompts.save_file(
            self, self.tr("Export PDF"), self._suggested(".pdf"), self.tr("PDF (*.pdf)")
        )
        if not path:
            return None
        title = f"{translate('TeacherReport', TITLE)}: {self.profile.header.full_name}"
        html = profile_html(self.profile, language=language(), tr=translate)
        try:
            written = html_to_pdf(html, path, title=title)
        except OSError as error:
            prompts.error(
                self,
                self.tr("Export PDF"),
                self.tr("The file could not be written. Choose another folder."),
                str(error),
            )
            return None
        self.status.setText(self.tr("Saved to {path}").format(path=written))
        return written

    def export_xlsx(self) -> Path | None:
        if self.profile is None:
            return None
        path = prompts.save_file(
            self,
            self.tr("Export .xlsx"),
            self._suggested(".xlsx"),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if not path:
            return None
        try:
            written = profile_workbook(self.profile, path, language=language(), tr=translate)
        except OSError as error:
            prompts.error(
                self,
                self.tr("Export .xlsx"),
                self.tr("The file could not be written. Choose another folder."),
                str(error),
            )
            return None
        self.status.setText(self.tr("Saved to {path}").format(path=written))
        return written
