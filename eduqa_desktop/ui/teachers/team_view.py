"""Team analysis: the departments side by side, teachers per band, and evidence per mechanism."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from eduqa_desktop.domain.observation_labels import BAND_COLOURS
from eduqa_desktop.domain.observation_scoring import Band
from eduqa_desktop.services.team import DepartmentSummary, MechanismEvidence, team_analysis
from eduqa_desktop.ui.context import UiContext
from eduqa_desktop.ui.dashboard.chart_view import Bar, ChartView
from eduqa_desktop.ui.dashboard.palette import GREY
from eduqa_desktop.ui.formatting import UNDEFINED, average, number, percent
from eduqa_desktop.ui.observations.labels import band_name, mechanism_name
from eduqa_desktop.ui.teachers.labels import term_name
from eduqa_desktop.ui.teachers.rows_model import (
    Column,
    RowsModel,
    fit_columns,
    make_table,
    number_column,
    percent_column,
)

translate = QCoreApplication.translate
BANDS_HIGH_TO_LOW = (Band.HIGH, Band.GOOD, Band.NEEDS_IMPROVEMENT, Band.UNSATISFACTORY, None)
VERMILLION = "#D55E00"
GREEN = "#009E73"


def _department_name(summary: DepartmentSummary) -> str:
    if summary.name:
        return summary.name
    return translate("TeamView", "No department")


def department_columns() -> list[Column[DepartmentSummary]]:
    return [
        Column(translate("TeamView", "Department"), _department_name),
        number_column(translate("TeamView", "Teachers"), lambda d: d.teachers),
        number_column(translate("TeamView", "Observations"), lambda d: d.observations),
        percent_column(translate("TeamView", "Average\nscore"), lambda d: d.average_score),
        percent_column(
            translate("TeamView", "Quality"),
            lambda d: d.indicators.quality,
            tooltip=translate("TeamView", "Quality of knowledge"),
        ),
        percent_column(
            translate("TeamView", "SOU"),
            lambda d: d.indicators.sou,
            tooltip=translate("TeamView", "Degree of learning (SOU)"),
        ),
        Column(
            translate("TeamView", "Average\ngrade"),
            lambda d: average(d.indicators.average_grade),
            lambda d: d.indicators.average_grade,
            numeric=True,
        ),
        percent_column(
            translate("TeamView", "Course\non time"),
            lambda d: d.pd_compliance,
            tooltip=translate(
                "TeamView", "Share of teachers whose last course is within the period"
            ),
        ),
        number_column(
            translate("TeamView", "Activities\nper teacher"),
            lambda d: d.activities_per_teacher,
            decimals=1,
        ),
        percent_column(
            translate("TeamView", "Not\nobserved"),
            lambda d: d.band_share(None),
            tooltip=translate("TeamView", "Share of teachers with no observation this year"),
        ),
    ]


def _evidence(m: MechanismEvidence) -> str:
    if m.has_evidence:
        return translate("TeamView", "Yes")
    return translate("TeamView", "No evidence")


def mechanism_columns() -> list[Column[MechanismEvidence]]:
    return [
        Column(translate("TeamView", "Mechanism"), lambda m: mechanism_name(m.mechanism)),
        Column(
            translate("TeamView", "Evidence"),
            _evidence,
            lambda m: m.criterion_scores + m.activities,
            colour=lambda m: GREEN if m.has_evidence else VERMILLION,
        ),
        number_column(
            translate("TeamView", "Criteria\nscored"),
            lambda m: m.criterion_scores,
            tooltip=translate(
                "TeamView", "Scores of checklist criteria tagged with the mechanism this year"
            ),
        ),
        percent_column(translate("TeamView", "Their\naverage"), lambda m: m.criterion_average),
        number_column(translate("TeamView", "Activities"), lambda m: m.activities),
        number_column(
            translate("TeamView", "Teachers"),
            lambda m: m.active_teachers,
            tooltip=translate("TeamView", "Teachers with such an activity this year"),
        ),
    ]


class TeamView(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.heading = QLabel()
        self.heading.setProperty("role", "heading")
        self.heading.setWordWrap(True)
        self.note = QLabel()
        self.note.setProperty("role", "hint")
        self.note.setWordWrap(True)
        self.departments: RowsModel[DepartmentSummary] = RowsModel(department_columns(), self)
        self.department_table = make_table(self.departments, self, stretch=0)
        self.bands_chart = ChartView(self, label_width=190)
        self.bands_title = QLabel()
        self.bands_title.setWordWrap(True)
        self.mechanisms: RowsModel[MechanismEvidence] = RowsModel(mechanism_columns(), self)
        self.mechanism_table = make_table(self.mechanisms, self)
        self.mechanism_title = QLabel(
            self.tr("Mechanisms of quality: where the school has evidence")
        )
        self.mechanism_title.setWordWrap(True)
        chart_box = QWidget()
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.addWidget(self.bands_title)
        chart_layout.addWidget(self.bands_chart, 1)
        mechanism_box = QWidget()
        mechanism_layout = QVBoxLayout(mechanism_box)
        mechanism_layout.setContentsMargins(0, 0, 0, 0)
        mechanism_layout.addWidget(self.mechanism_title)
        mechanism_layout.addWidget(self.mechanism_table, 1)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(chart_box)
        lower.addWidget(mechanism_box)
        lower.setStretchFactor(0, 1)
        lower.setStretchFactor(1, 1)
        upper = QSplitter(Qt.Orientation.Vertical)
        upper.addWidget(self.department_table)
        upper.addWidget(lower)
        upper.setStretchFactor(0, 1)
        upper.setStretchFactor(1, 1)
        self.empty = QLabel(
            self.tr("No teachers yet — add them on the Staff page or import a list.")
        )
        self.empty.setProperty("role", "empty-state")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(upper)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addWidget(self.stack, 1)

    def refresh(self) -> None:
        if self.context.school_id is None:
            self.stack.setCurrentWidget(self.empty)
            return
        analysis = team_analysis(self.context.db, self.context.school_id)
        if analysis.year is not None:
            self.heading.setText(
                self.tr("Departments side by side — {year}").format(year=analysis.year)
            )
        else:
            self.heading.setText(self.tr("Departments side by side"))
        results = (
            term_name(analysis.results_year, analysis.results_term)
            if analysis.results_year and analysis.results_term
            else UNDEFINED
        )
        self.note.setText(
            self.tr(
                "Observations and activities of this academic year; pupils' results of {term}. "
                "The last row is the whole school."
            ).format(term=results)
        )
        whole = DepartmentSummary(
            department_id=-1,
            name=self.tr("Whole school"),
            teachers=analysis.school.teachers,
            observations=analysis.school.observations,
            average_score=analysis.school.average_score,
            counts=analysis.school.counts,
            indicators=analysis.school.indicators,
            pd_current=analysis.school.pd_current,
            activities=analysis.school.activities,
            bands=analysis.school.bands,
        )
        rows = [*analysis.departments, whole] if analysis.departments else []
        self.departments.set_records(rows)
        fit_columns(self.department_table, 240)
        self.mechanisms.set_records(analysis.mechanisms)
        fit_columns(self.mechanism_table, 260)
        self._show_bands(rows)
        self.stack.setCurrentIndex(0 if rows else 1)

    def _show_bands(self, rows: list[DepartmentSummary]) -> None:
        self.bands_title.setText(
            self.tr("Teachers by the band of their average observation score this year, %")
        )
        labels = [_department_name(d) for d in rows]
        segments = []
        for summary in rows:
            parts = []
            for band in BANDS_HIGH_TO_LOW:
                share = summary.band_share(band) or 0.0
                name = band_name(band) if band else self.tr("Not observed")
                count = summary.bands.get(band, 0)
                parts.append(
                    Bar(
                        share,
                        BAND_COLOURS[band] if band else GREY,
                        tooltip=f"{_department_name(summary)} — {name}: {number(count)} "
                        f"({percent(share)})",
                        text=percent(share) if share else "",
                    )
                )
            segments.append(parts)
        ticks = [(value, f"{value}") for value in (0, 25, 50, 75, 100)]
        self.bands_chart.show_stacked(
            labels, segments, ticks=ticks, axis_title=self.tr("Share of teachers, %")
        )
        legend = " · ".join(
            f'<span style="color:{BAND_COLOURS[b] if b else GREY}">■</span> '
            f"{band_name(b) if b else self.tr('Not observed')}"
            for b in BANDS_HIGH_TO_LOW
        )
        self.bands_chart.setToolTip("")
        self.bands_title.setText(f"{self.bands_title.text()}<br>{legend}")
