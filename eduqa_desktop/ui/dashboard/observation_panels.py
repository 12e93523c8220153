"""The lesson-observation panels: weakest criteria, teachers × sections heat map, the score
histogram with the bands, and the evidence of each mechanism of quality."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from eduqa_desktop.domain.observation_labels import BAND_COLOURS
from eduqa_desktop.domain.observation_scoring import band_for
from eduqa_desktop.services.dashboard import DashboardData
from eduqa_desktop.ui.dashboard import texts
from eduqa_desktop.ui.dashboard.chart_data import Bar, count_ticks
from eduqa_desktop.ui.dashboard.chart_panel import legend_html
from eduqa_desktop.ui.dashboard.palette import (
    BLUE,
    GREEN,
    GREY,
    ORANGE,
    band_colour,
    band_ranges,
)
from eduqa_desktop.ui.dashboard.panels import (
    DashboardPanel,
    percent_cell,
    percent_ticks,
    period_of,
    short_name,
)
from eduqa_desktop.ui.formatting import UNDEFINED, number, percent

NO_VALUE = "#eeeeee"


def band_legend(data: DashboardData) -> str:
    return legend_html(
        [
            (BAND_COLOURS[band], texts.band(band))
            for band, _low, _high in reversed(band_ranges(data.thresholds.bands))
        ]
    )


class ChecklistPanel(DashboardPanel):
    """A panel about one checklist, with a box to choose it (shared by criteria and heat map)."""

    checklist_changed = Signal(object)  # the family uuid

    def __init__(self, name: str, parent: QWidget | None = None, *, height: int = 370) -> None:
        super().__init__(name, parent, height=height)
        self.checklist_box = QComboBox()
        self.checklist_box.setAccessibleName(self.tr("Checklist"))
        self.checklist_box.setToolTip(self.tr("Checklist"))
        self.checklist_box.setMinimumContentsLength(26)
        self.checklist_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.add_tool(self.checklist_box)
        self.checklist_box.activated.connect(
            lambda _index: self.checklist_changed.emit(self.checklist_box.currentData())
        )

    def fill_checklists(self, data: DashboardData) -> None:
        self.checklist_box.blockSignals(True)
        self.checklist_box.clear()
        for choice in data.checklists:
            self.checklist_box.addItem(choice.label, choice.key)
        if data.checklist is not None:
            self.checklist_box.setCurrentIndex(self.checklist_box.findData(data.checklist.key))
        self.checklist_box.setVisible(len(data.checklists) > 1)
        self.checklist_box.blockSignals(False)


class CriteriaPanel(ChecklistPanel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("weakest_criteria", parent, height=400)
        self.chart.label_width = 560

    def draw(self, data: DashboardData) -> None:
        self.fill_checklists(data)
        checklist = data.checklist.label if data.checklist else ""
        self.set_title(
            self.tr("Weakest checklist criteria — {period}").format(period=period_of(data)),
            self.tr("{checklist}: average score of each criterion, weakest first.").format(
                checklist=checklist
            )
            if checklist
            else "",
        )
        if not data.criteria:
            self.show_empty(self.tr("No lessons observed in this selection — observe a lesson."))
            return
        bands = data.thresholds.bands
        bars, labels, rows = [], [], []
        for item in data.criteria:
            label = texts.other(item.other) if item.other else item.label
            band = band_for(item.average, bands)
            band_name = texts.band(band) if band else UNDEFINED
            tip = self.tr(
                "{criterion}\n{section}\nAverage: {value} ({band}), scored {count} times"
            ).format(
                criterion=label,
                section=item.section,
                value=percent(item.average),
                band=band_name,
                count=number(item.ratings),
            )
            colour = GREY if item.other else band_colour(item.average, bands)
            bars.append(Bar(item.average, colour, tip, percent(item.average)))
            labels.append(label)
            rows.append(
                [label, item.section, percent_cell(item.average), band_name, number(item.ratings)]
            )
        self.chart.show_hbars(
            labels,
            bars,
            maximum=100,
            ticks=percent_ticks(),
            axis_title=self.tr("Average score, % of the scale"),
        )
        self.chart.table = (
            [
                self.tr("Criterion"),
                self.tr("Section"),
                self.tr("Average score, %"),
                self.tr("Band"),
                self.tr("Times scored"),
            ],
            rows,
        )
        self.set_legend(band_legend(data))
        self.show_chart()


class HeatMapPanel(ChecklistPanel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("sections_heat_map", parent)
        self.chart.label_width = 170

    def draw(self, data: DashboardData) -> None:
        self.fill_checklists(data)
        heatmap = data.heatmap
        period = period_of(data)
        if heatmap is not None and heatmap.by_school:
            title = self.tr("Checklist sections by school — {period}").format(period=period)
        else:
            title = self.tr("Checklist sections by teacher — {period}").format(period=period)
        if heatmap is None or not heatmap.rows:
            self.set_title(title)
            self.show_empty(self.tr("No lessons observed in this selection — observe a lesson."))
            return
        shown = len(heatmap.rows)
        if heatmap.total_rows > shown:
            note = self.tr("Section scores, %; the lowest {shown} of {total}.").format(
                shown=number(shown), total=number(heatmap.total_rows)
            )
        else:
            note = self.tr("Section scores, %; lowest first.")
        checklist = data.checklist.label if data.checklist else ""
        self.set_title(title, f"{checklist}. {note}" if checklist else note)
        bands = data.thresholds.bands
        cells = []
        for row, values in zip(heatmap.rows, heatmap.values, strict=True):
            line = []
            for column, value in zip(heatmap.columns, values, strict=True):
                band = band_for(value, bands)
                tip = self.tr("{row}\n{section}: {value}").format(
                    row=row.label, section=column, value=percent(value)
                )
                if band is not None:
                    tip += f" ({texts.band(band)})"
                line.append(
                    Bar(
                        value if value is not None else 0.0,
                        band_colour(value, bands) if value is not None else NO_VALUE,
                        tip,
                        number(value) if value is not None else UNDEFINED,
                    )
                )
            cells.append(line)
        rows = [row.label if heatmap.by_school else short_name(row.label) for row in heatmap.rows]
        self.chart.show_heatmap(rows, heatmap.columns, cells, column_title=self.tr("Section"))
        sections = " · ".join(
            f"<b>{index}</b>&nbsp;{title}" for index, title in enumerate(heatmap.columns, start=1)
        )
        self.set_legend(f"{sections}<br>{band_legend(data)}")
        header = self.tr("School") if heatmap.by_school else self.tr("Teacher")
        self.chart.table = (
            [header, *heatmap.columns, self.tr("Lessons observed")],
            [
                [row.label, *(percent_cell(v) for v in values), number(lessons)]
                for row, values, lessons in zip(
                    heatmap.rows, heatmap.values, heatmap.observations, strict=True
                )
            ],
        )
        self.show_chart()


class HistogramPanel(DashboardPanel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("observation_scores", parent)

    def draw(self, data: DashboardData) -> None:
        title = self.tr("Observation scores — {period}").format(period=period_of(data))
        histogram = data.histogram
        if histogram is None or histogram.total == 0:
            self.set_title(title)
            self.show_empty(self.tr("No lessons observed in this selection — observe a lesson."))
            return
        self.set_title(
            title,
            self.tr("{count} lessons observed, average score {value}.").format(
                count=number(histogram.total), value=percent(histogram.average)
            ),
        )
        bands = histogram.bands
        width = histogram.bin_width
        edges = [float(i * width) for i in range(len(histogram.counts) + 1)]
        bars, rows = [], []
        for index, count in enumerate(histogram.counts):
            low, high = edges[index], edges[index + 1]
            band = band_for(low, bands)
            band_name = texts.band(band) if band else ""
            span = self.tr("{low}–{high} %").format(low=number(low), high=number(high))
            tip = self.tr("{span}: {count} lessons ({band})").format(
                span=span, count=number(count), band=band_name
            )
            bars.append(Bar(float(count), BLUE, tip, number(count) if count else ""))
            rows.append([span, number(count), band_name])
        regions = [(low, high, BAND_COLOURS[band]) for band, low, high in band_ranges(bands)]
        top = max(histogram.counts)
        self.chart.show_histogram(
            edges,
            bars,
            regions,
            maximum=top,
            ticks=[(float(v), number(v)) for v in range(0, 101, 10)],
            count_ticks=count_ticks(top, fmt=number),
            axis_title=self.tr("Observation score, %"),
            count_title=self.tr("Lessons"),
        )
        legend = []
        for band, low, high in reversed(band_ranges(bands)):
            legend.append(
                (
                    BAND_COLOURS[band],
                    self.tr("{band} ({low}–{high} %): {count}").format(
                        band=texts.band(band),
                        low=number(low),
                        high=number(high),
                        count=number(histogram.band_counts.get(band, 0)),
                    ),
                )
            )
        self.set_legend(legend_html(legend))
        self.chart.table = (
            [self.tr("Observation score"), self.tr("Lessons"), self.tr("Band")],
            rows,
        )
        self.show_chart()


class MechanismsPanel(DashboardPanel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("mechanisms_evidence", parent)
        self.chart.label_width = 270

    def draw(self, data: DashboardData) -> None:
        self.set_title(
            self.tr("Evidence of the mechanisms of quality — {period}").format(
                period=period_of(data)
            ),
            self.tr(
                "Observed lessons that show each mechanism, activities recorded and "
                "graduates placed with partners; the thinnest first."
            ),
        )
        items = data.mechanisms
        if not items or all(item.evidence == 0 for item in items):
            self.show_empty(
                self.tr(
                    "No evidence of any mechanism in this selection — observe a lesson "
                    "or record an activity."
                )
            )
            return
        placed = any(item.graduates for item in items)  # graduates' bars only when entered
        groups, labels, rows = [], [], []
        for item in items:
            name = texts.mechanism(item.mechanism)
            tip_lessons = self.tr(
                "{name}\nLessons showing it: {count}\nAverage score of its criteria: {value}"
            ).format(name=name, count=number(item.lessons), value=percent(item.lesson_score))
            tip_activities = self.tr(
                "{name}\nActivities recorded: {count} (by {teachers} teachers)"
            ).format(name=name, count=number(item.activities), teachers=number(item.teachers))
            lessons_text = number(item.lessons)
            if item.evidence == 0:
                lessons_text = self.tr("0 — no evidence")
            bars = [
                Bar(float(item.lessons), BLUE, tip_lessons, lessons_text),
                Bar(float(item.activities), ORANGE, tip_activities, number(item.activities)),
            ]
            if placed:
                tip_graduates = self.tr(
                    "{name}\nGraduates placed so (last year with graduates): {count}"
                ).format(name=name, count=number(item.graduates))
                text = number(item.graduates) if item.graduates else ""
                bars.append(Bar(float(item.graduates), GREEN, tip_graduates, text))
            groups.append(bars)
            labels.append(name)
            rows.append(
                [
                    name,
                    number(item.lessons),
                    percent_cell(item.lesson_score),
                    number(item.activities),
                    number(item.teachers),
                    number(item.graduates),
                ]
            )
        top = max(max(item.lessons, item.activities, item.graduates) for item in items)
        self.chart.show_grouped_hbars(
            labels,
            groups,
            maximum=float(top),
            ticks=count_ticks(top, fmt=number),
            axis_title=self.tr("Lessons, activities or graduates"),
        )
        legend = [(BLUE, self.tr("Observed lessons")), (ORANGE, self.tr("Activities recorded"))]
        if placed:
            legend.append((GREEN, self.tr("Graduates placed")))
        self.set_legend(legend_html(legend))
        self.chart.table = (
            [
                self.tr("Mechanism"),
                self.tr("Observed lessons"),
                self.tr("Average score of its criteria, %"),
                self.tr("Activities recorded"),
                self.tr("Teachers"),
                self.tr("Graduates placed"),
            ],
            rows,
        )
        self.show_chart()
