"""The pupils'-results panels of the dashboard: trend, quality by subject and by grade (with
drill-down), grade distribution, and — with several schools — schools compared and the scatter
of observation score against quality of knowledge.

Every number comes from :class:`services.dashboard.DashboardData`: the bars are the indicators
of summed counts, so they match the cards and the Results tab.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from eduqa_desktop.domain.indicators import MarkCounts, compute_indicators
from eduqa_desktop.domain.observation_labels import BAND_COLOURS
from eduqa_desktop.services.dashboard import (
    CountsBar,
    DashboardData,
    DrillDown,
    SchoolOrder,
    rank_schools,
)
from eduqa_desktop.ui.dashboard import texts
from eduqa_desktop.ui.dashboard.chart_data import Bar, Point, Series
from eduqa_desktop.ui.dashboard.chart_host import ChartHost
from eduqa_desktop.ui.dashboard.chart_panel import ChartPanel, Table, legend_html
from eduqa_desktop.ui.dashboard.palette import (
    BLUE,
    GREY,
    HIGHLIGHT,
    MARK_COLOURS,
    ORANGE,
    band_ranges,
)
from eduqa_desktop.ui.formatting import UNDEFINED, average, number, percent

if TYPE_CHECKING:
    from eduqa_desktop.ui.dashboard.chart_view import ChartView


def percent_ticks() -> list[tuple[float, str]]:
    return [(float(v), number(v)) for v in range(0, 101, 20)]


class DashboardPanel(ChartPanel):
    """What the results panels share: names of bars, tooltips and tables of counts."""

    def no_data(self) -> None:
        self.show_empty(self.tr("No data for this selection"))

    def bar_name(self, bar: CountsBar) -> str:
        return texts.other(bar.other) if bar.other else bar.label

    def counts_tooltip(self, name: str, bar: CountsBar, hint: str = "") -> str:
        counts, values = bar.counts, bar.indicators
        lines = [
            name,
            self.tr("Quality of knowledge: {value}").format(value=percent(values.quality)),
            self.tr("Pass rate: {value}").format(value=percent(values.pass_rate)),
            self.tr("SOU: {value}").format(value=percent(values.sou)),
            self.tr("Average grade: {value}").format(value=average(values.average_grade)),
            self.tr("Pupils assessed: {count}").format(count=number(counts.assessed)),
            self.tr(
                "Marks 5 / 4 / 3 / 2 / 1: {n5} / {n4} / {n3} / {n2} / {n1}; not attested: {na}"
            ).format(
                n5=number(counts.n5),
                n4=number(counts.n4),
                n3=number(counts.n3),
                n2=number(counts.n2),
                n1=number(counts.n1),
                na=number(counts.not_attested),
            ),
        ]
        if hint:
            lines.append(hint)
        return "\n".join(lines)

    def counts_table(self, header: str, bars: Sequence[CountsBar]) -> Table:
        headers = [
            header,
            self.tr("Quality of knowledge, %"),
            self.tr("Pass rate, %"),
            self.tr("SOU, %"),
            self.tr("Average grade"),
            self.tr("Pupils assessed"),
            "5",
            "4",
            "3",
            "2",
            "1",
            self.tr("Not attested"),
        ]
        rows = []
        for bar in bars:
            c, v = bar.counts, bar.indicators
            rows.append(
                [
                    self.bar_name(bar),
                    percent_cell(v.quality),
                    percent_cell(v.pass_rate),
                    percent_cell(v.sou),
                    average(v.average_grade) if v.average_grade is not None else "",
                    number(c.assessed),
                    *(number(x) for x in (c.n5, c.n4, c.n3, c.n2, c.n1, c.not_attested)),
                ]
            )
        return headers, rows

    def quality_bars(
        self,
        view: ChartView | ChartHost,
        bars: Sequence[CountsBar],
        *,
        clickable: bool,
        hint: str = "",
        vertical: bool = False,
        reference: tuple[float, str] | None = None,
        highlight: Any = None,
        category_title: str = "",
        header: str = "",
    ) -> None:
        """Quality of knowledge per bar, "Other" in grey, ``highlight`` (a key) in orange."""
        shown = []
        for bar in bars:
            colour = GREY if bar.other else HIGHLIGHT if bar.key == highlight else BLUE
            value = bar.quality
            shown.append(
                Bar(
                    value or 0.0,
                    colour,
                    self.counts_tooltip(self.bar_name(bar), bar, "" if bar.other else hint),
                    percent(value),
                    None if (bar.other or not clickable) else bar.key,
                )
            )
        labels = [self.bar_name(bar) for bar in bars]
        scale: dict[str, Any] = {
            "maximum": 100,
            "ticks": percent_ticks(),
            "axis_title": self.tr("Quality of knowledge, %"),
            "reference": reference,
        }
        if vertical:
            view.show_vbars(labels, shown, category_title=category_title, **scale)
        else:
            view.show_hbars(labels, shown, **scale)
        view.table = self.counts_table(header, bars)


def short_name(full_name: str) -> str:
    """ "Karimova Dilnoza Akmalovna" → "Karimova D. A." (the axis; tooltips keep the full name)."""
    words = full_name.split()
    if len(words) < 2:
        return full_name
    return " ".join([words[0], *(f"{word[0]}." for word in words[1:3])])


def percent_cell(value: float | None) -> str:
    """A percentage for a copied table: 1 decimal in the language's way, empty if undefined."""
    text = percent(value)
    return "" if text == UNDEFINED else text.replace("%", "").strip()


def period_of(data: DashboardData) -> str:
    return texts.period(data.period.year, data.period.term) if data.period else ""


# --- trend --------------------------------------------------------------------------------------


class TrendPanel(DashboardPanel):
    """An indicator by quarter: the school (or all schools) against the selection."""

    KEYS = ("quality", "pass_rate", "sou", "average_grade", "observation_score")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("trend", parent)
        self.indicator_box = QComboBox()
        self.indicator_box.setAccessibleName(self.tr("Indicator"))
        self.indicator_box.setToolTip(self.tr("Indicator"))
        for key in self.KEYS:
            self.indicator_box.addItem(texts.indicator(key), key)
        self.add_tool(self.indicator_box)
        self.indicator_box.currentIndexChanged.connect(self._redraw)
        self._data: DashboardData | None = None
        self._names = ("", "")

    def draw(self, data: DashboardData, scope_name: str, selection_name: str) -> None:
        self._data = data
        self._names = (scope_name, selection_name)
        self._redraw()

    def _redraw(self) -> None:
        data = self._data
        if data is None:
            return
        key = self.indicator_box.currentData()
        name = texts.indicator(key)
        self.set_title(
            self.tr("{indicator} by quarter — up to {period}").format(
                indicator=name, period=period_of(data)
            )
        )
        points = data.trend
        scope_name, selection_name = self._names
        if key == "observation_score":
            lines = [(selection_name or scope_name, [p.observation_score for p in points])]
        else:
            lines = [(scope_name, [getattr(p.scope, key) for p in points])]
            if data.filter.narrowed:
                lines.append((selection_name, [getattr(p.selection, key) for p in points]))
        values = [v for _name, series in lines for v in series if v is not None]
        if not values:
            self.no_data()
            return
        fmt = average if key == "average_grade" else percent
        labels = [texts.period(p.year, p.term) for p in points]
        styles = [(BLUE, False, "o"), (ORANGE, True, "s")]
        series = [
            Series(
                line_name,
                line_values,
                styles[index][0],
                [
                    f"{line_name}\n{label}: {fmt(v)}"
                    for label, v in zip(labels, line_values, strict=True)
                ],
                dashed=styles[index][1],
                symbol=styles[index][2],
            )
            for index, (line_name, line_values) in enumerate(lines)
        ]
        low, high, ticks = value_scale(values, grade=key == "average_grade")
        unit = "" if key == "average_grade" else ", %"
        self.chart.show_lines(
            [texts.short_period(p.year, p.term) for p in points],
            series,
            value_range=(low, high),
            ticks=ticks,
            axis_title=f"{name}{unit}",
        )
        self.chart.then(lambda view: view.getPlotItem().getAxis("bottom").setHeight(38))
        self.set_legend(
            legend_html(
                [
                    (line.colour, ("— " if not line.dashed else "- - ") + line.name)
                    for line in series
                ]
            )
        )
        headers = [self.tr("Quarter"), *(line.name for line in series)]
        rows = [
            [label, *(fmt(line.values[i]) if line.values[i] is not None else "" for line in series)]
            for i, label in enumerate(labels)
        ]
        self.chart.table = (headers, rows)
        self.show_chart()


def value_scale(
    values: Sequence[float], *, grade: bool = False
) -> tuple[float, float, list[tuple[float, str]]]:
    """A readable axis around the values: percentages in steps of 5 or 10, grades of 0.5."""
    low, high = min(values), max(values)
    if grade:
        bottom = max(1.0, int(low * 2 - 1) / 2)
        top = min(5.0, int(high * 2 + 2) / 2)
        ticks, value = [], bottom
        while value <= top + 1e-9:
            ticks.append((value, number(value, 1)))
            value += 0.5
        return bottom, top, ticks
    span = high - low
    step = 5 if span <= 30 else 10 if span <= 60 else 20
    bottom = max(0, int(low // step) * step - step)
    top = min(100, (int(high // step) + 1) * step + (step if high % step > step * 0.6 else 0))
    top = max(top, bottom + step)
    return bottom, top, [(float(v), number(v)) for v in range(int(bottom), int(top) + 1, step)]


# --- quality by subject and by grade, with drill-down --------------------------------------------


class QualityPanel(DashboardPanel):
    """Quality of knowledge by subject (horizontal) or grade (vertical), weakest first; a click
    on a bar asks for its classes and teachers."""

    drill_requested = Signal(str, object)  # kind ("subject"/"grade"), key

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(f"quality_by_{kind}", parent)
        self.kind = kind
        self.chart.bar_clicked.connect(lambda key: self.drill_requested.emit(self.kind, key))
        self.drill: DrillDown | None = None
        self._data: DashboardData | None = None

    def draw(self, data: DashboardData) -> None:
        self._data = data
        self.drill = None
        bars = data.by_subject if self.kind == "subject" else data.by_grade
        period = period_of(data)
        if self.kind == "subject":
            self.set_title(
                self.tr("Quality of knowledge by subject — {period}").format(period=period),
                self.tr("Weakest first. Click a subject to see its classes and teachers."),
            )
        else:
            self.set_title(
                self.tr("Quality of knowledge by grade — {period}").format(period=period),
                self.tr("Weakest first. Click a grade to see its classes and teachers."),
            )
        if not bars:
            self.no_data()
            return
        reference = None
        if data.cards is not None and data.cards.quality.current is not None:
            overall = data.cards.quality.current
            reference = (overall, self.tr("All: {value}").format(value=percent(overall)))
        header = self.tr("Subject") if self.kind == "subject" else self.tr("Grade")
        self.quality_bars(
            self.chart,
            bars,
            clickable=True,
            hint=self.tr("Click to see its classes and teachers."),
            vertical=self.kind == "grade",
            reference=reference,
            category_title=self.tr("Grade") if self.kind == "grade" else "",
            header=header,
        )
        self.set_legend(
            legend_html(
                [(BLUE, self.tr("Quality of knowledge")), (GREY, self.tr("Other (summed)"))]
            )
            if any(bar.other for bar in bars)
            else ""
        )
        self.show_chart()

    def show_drill(self, drill: DrillDown) -> None:
        self.drill = drill
        period = period_of(self._data) if self._data else ""
        name = drill.label if drill.kind == "subject" else texts.grade(drill.label)
        self.set_title(
            self.tr("{name}: classes and teachers — {period}").format(name=name, period=period),
            self.tr("Quality of knowledge, weakest first."),
        )
        view = DrillView(self, drill)
        self.show_detail(view, view.table)
        self.set_legend("")


class DrillView(QWidget):
    """A subject or grade opened: its classes (left) and its teachers (right)."""

    def __init__(self, panel: DashboardPanel, drill: DrillDown) -> None:
        super().__init__()
        self.panel = panel
        self.drill = drill
        from eduqa_desktop.ui.dashboard.chart_view import ChartView  # (after start-up)

        self.classes = ChartView(label_width=110)
        self.teachers = ChartView(label_width=140)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for title, view, bars in (
            (self.tr("Classes"), self.classes, drill.classes),
            (self.tr("Teachers"), self.teachers, drill.teachers),
        ):
            column = QVBoxLayout()
            caption = QLabel(title)
            caption.setStyleSheet("font-weight: bold;")
            column.addWidget(caption)
            column.addWidget(view, 1)
            layout.addLayout(column, 1)
            # Half a panel is narrow (on the printed page even more): room on the right for
            # the axis title, which is centred under the bars and may be wider than they are.
            view.getPlotItem().layout.setContentsMargins(1, 1, 16, 1)
            if bars:
                panel.quality_bars(view, bars, clickable=False, header=title)
                if view is self.teachers:  # "Surname I. O." on the axis, full names in tips
                    view.getPlotItem().getAxis("left").setTicks(
                        [
                            [
                                (len(bars) - 1 - index, short_name(panel.bar_name(bar)))
                                for index, bar in enumerate(bars)
                            ],
                            [],
                        ]
                    )
                    # Behind the names little room is left: 50 and 100 only.
                    view.getPlotItem().getAxis("bottom").setTicks(
                        [[(float(v), number(v)) for v in range(0, 101, 50)], []]
                    )
            else:
                view.clear_chart()

    def table(self) -> Table:
        headers, rows = self.classes.table
        _teacher_headers, teacher_rows = self.teachers.table
        return headers, [*rows, [""] * len(headers), [self.tr("Teachers")], *teacher_rows]


# --- grade distribution ---------------------------------------------------------------------------


class DistributionPanel(DashboardPanel):
    """Shares of 5, 4, 3, 2 and (1 or not attested) per subject — or per class of a subject."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("grade_distribution", parent)

    def mark_names(self) -> list[str]:
        return ["5", "4", "3", "2", self.tr("1 or not attested")]

    def draw(self, data: DashboardData) -> None:
        period = period_of(data)
        if data.distribution_by_class:
            title = self.tr("Marks by class — {period}").format(period=period)
        else:
            title = self.tr("Marks by subject — {period}").format(period=period)
        self.set_title(title, self.tr("Share of pupils assessed with each term mark."))
        bars = data.distribution
        if not bars:
            self.no_data()
            return
        names = self.mark_names()
        segments = []
        for bar in bars:
            counts = bar.counts
            parts = _mark_parts(counts)
            assessed = counts.assessed
            row = []
            for index, count in enumerate(parts):
                share = count * 100 / assessed if assessed else 0.0
                tip = self.tr("{name}\nMark {mark}: {count} pupils, {share} of {assessed}").format(
                    name=self.bar_name(bar),
                    mark=names[index],
                    count=number(count),
                    share=percent(share),
                    assessed=number(assessed),
                )
                row.append(Bar(share, MARK_COLOURS[index], tip, percent(share)))
            segments.append(row)
        self.chart.show_stacked(
            [self.bar_name(bar) for bar in bars],
            segments,
            ticks=percent_ticks(),
            axis_title=self.tr("Pupils assessed, %"),
        )
        self.set_legend(
            legend_html(
                [(MARK_COLOURS[i], self.tr("Mark {mark}").format(mark=names[i])) for i in range(5)]
            )
        )
        header = self.tr("Class") if data.distribution_by_class else self.tr("Subject")
        self.chart.table = self.counts_table(header, bars)
        self.show_chart()


def _mark_parts(counts: MarkCounts) -> list[int]:
    return [counts.n5, counts.n4, counts.n3, counts.n2, counts.n1 + counts.not_attested]


# --- several schools ------------------------------------------------------------------------------


class SchoolsPanel(DashboardPanel):
    """The schools side by side by quality of knowledge; the chosen school in orange."""

    school_clicked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("schools_compared", parent, height=400)
        self.order_box = QComboBox()
        self.order_box.setAccessibleName(self.tr("Order"))
        self.order_box.setToolTip(self.tr("Order of the schools"))
        self.order_box.addItem(self.tr("Lowest first"), SchoolOrder.LOWEST_FIRST)
        self.order_box.addItem(self.tr("Highest first"), SchoolOrder.HIGHEST_FIRST)
        self.order_box.addItem(self.tr("By name"), SchoolOrder.BY_NAME)
        self.add_tool(self.order_box)
        self.order_box.currentIndexChanged.connect(self._redraw)
        self.chart.bar_clicked.connect(self.school_clicked.emit)
        self._data: DashboardData | None = None

    def draw(self, data: DashboardData) -> None:
        self._data = data
        self._redraw()

    def _redraw(self) -> None:
        data = self._data
        if data is None:
            return
        self.set_title(
            self.tr("Schools compared: quality of knowledge — {period}").format(
                period=period_of(data)
            ),
            self.tr("Click a school to show it alone."),
        )
        if not data.schools:
            self.no_data()
            return
        chosen = data.filter.school_id
        bars = rank_schools(
            data.schools,
            self.order_box.currentData(),
            weights=data.thresholds.sou_weights,
            pinned=chosen,
        )
        everywhere = MarkCounts.total(bar.counts for bar in data.schools)
        overall = compute_indicators(everywhere, data.thresholds.sou_weights).quality
        self.quality_bars(
            self.chart,
            bars,
            clickable=True,
            hint=self.tr("Click to show this school alone."),
            highlight=chosen,
            header=self.tr("School"),
            reference=None
            if overall is None
            else (overall, self.tr("All schools: {value}").format(value=percent(overall))),
        )
        entries = [(BLUE, self.tr("Quality of knowledge"))]
        if chosen is not None:
            entries.append((HIGHLIGHT, self.tr("The chosen school")))
        if any(bar.other for bar in bars):
            entries.append((GREY, self.tr("Other schools (summed)")))
        self.set_legend(legend_html(entries))
        self.show_chart()


class ScatterPanel(DashboardPanel):
    """Average observation score against quality of knowledge, per school or per teacher."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("score_vs_quality", parent, height=400)

    def draw(self, data: DashboardData) -> None:
        period = period_of(data)
        if data.scatter_by_school:
            title = self.tr("Lessons and results by school — {period}").format(period=period)
            header = self.tr("School")
        else:
            title = self.tr("Lessons and results by teacher — {period}").format(period=period)
            header = self.tr("Teacher")
        self.set_title(
            title,
            self.tr("Average observation score against quality of knowledge; one point each."),
        )
        if not data.scatter:
            self.no_data()
            return
        points = [
            Point(
                p.observation_score,
                p.quality,
                self.tr(
                    "{name}\nAverage observation score: {score} ({lessons} lessons)\n"
                    "Quality of knowledge: {quality} ({pupils} pupils)"
                ).format(
                    name=p.label,
                    score=percent(p.observation_score),
                    lessons=number(p.observations),
                    quality=percent(p.quality),
                    pupils=number(p.assessed),
                ),
                None,
            )
            for p in data.scatter
        ]
        regions = [
            (low, high, _band_colour(band))
            for band, low, high in band_ranges(data.thresholds.bands)
        ]
        # The axes span the points (readable when a district's schools lie close together).
        x_low, x_high, x_ticks = value_scale([p.observation_score for p in data.scatter])
        y_low, y_high, y_ticks = value_scale([p.quality for p in data.scatter])
        self.chart.show_scatter(
            points,
            x_ticks=x_ticks,
            y_ticks=y_ticks,
            x_range=(x_low, x_high),
            y_range=(y_low, y_high),
            x_title=self.tr("Average observation score, %"),
            y_title=self.tr("Quality of knowledge, %"),
            regions=regions,
        )
        self.set_legend(
            legend_html(
                [
                    (_band_colour(band), texts.band(band))
                    for band, _l, _h in band_ranges(data.thresholds.bands)
                ]
            )
        )
        self.chart.table = (
            [
                header,
                self.tr("Average observation score, %"),
                self.tr("Lessons observed"),
                self.tr("Quality of knowledge, %"),
                self.tr("Pupils assessed"),
            ],
            [
                [
                    p.label,
                    percent_cell(p.observation_score),
                    number(p.observations),
                    percent_cell(p.quality),
                    number(p.assessed),
                ]
                for p in data.scatter
            ],
        )
        self.show_chart()


def _band_colour(band: str) -> str:
    return BAND_COLOURS[band]
