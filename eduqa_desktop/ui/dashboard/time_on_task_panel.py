"""Time on task on the Dashboard: the school's lessons by their share of instruction, with the
reference (≥ 50 %) marked, and the snapshots of the selection pooled."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from eduqa_desktop.domain.snapshots import INSTRUCTION_REFERENCE, MANAGEMENT_REFERENCE
from eduqa_desktop.services.dashboard import DashboardData
from eduqa_desktop.ui.dashboard.chart_data import Bar, count_ticks
from eduqa_desktop.ui.dashboard.chart_panel import legend_html
from eduqa_desktop.ui.dashboard.palette import BLUE
from eduqa_desktop.ui.dashboard.panels import DashboardPanel, period_of
from eduqa_desktop.ui.formatting import number, percent

REFERENCE_REGION = "#009E73"  # the green of "high": where effective teachers' lessons lie


class TimeOnTaskPanel(DashboardPanel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("time_on_task", parent)

    def draw(self, data: DashboardData) -> None:
        title = self.tr("Time on instruction — {period}").format(period=period_of(data))
        summary = data.time_on_task
        if summary is None or summary.lessons == 0:
            self.set_title(title)
            self.show_empty(
                self.tr(
                    "No time-on-task snapshots in this selection — choose a checklist with "
                    "snapshots (Observations ▸ Checklists…) and take them during a lesson."
                )
            )
            return
        pooled = summary.pooled
        self.set_title(
            title,
            self.tr(
                "{count} lessons with snapshots: instruction {instruction}, management "
                "{management}, pupils engaged {engaged}; {meeting} meet both references "
                "(instruction ≥ {top}, management ≤ {low})."
            ).format(
                count=number(summary.lessons),
                instruction=percent(pooled.instruction),
                management=percent(pooled.management),
                engaged=percent(pooled.pupils_engaged),
                meeting=number(summary.meeting_both),
                top=percent(INSTRUCTION_REFERENCE),
                low=percent(MANAGEMENT_REFERENCE),
            ),
        )
        width = summary.bin_width
        edges = [float(i * width) for i in range(len(summary.bins) + 1)]
        bars, rows = [], []
        for index, count in enumerate(summary.bins):
            low, high = edges[index], edges[index + 1]
            span = self.tr("{low}–{high} %").format(low=number(low), high=number(high))
            tip = self.tr("{span} of the snapshots on instruction: {count} lessons").format(
                span=span, count=number(count)
            )
            bars.append(Bar(float(count), BLUE, tip, number(count) if count else ""))
            rows.append([span, number(count)])
        top = max(summary.bins)
        self.chart.show_histogram(
            edges,
            bars,
            [(INSTRUCTION_REFERENCE, 100.0, REFERENCE_REGION)],
            maximum=top,
            ticks=[(float(v), number(v)) for v in range(0, 101, 10)],
            count_ticks=count_ticks(top, fmt=number),
            axis_title=self.tr("Share of snapshots on instruction, %"),
            count_title=self.tr("Lessons"),
        )
        self.set_legend(
            legend_html(
                [
                    (
                        REFERENCE_REGION,
                        self.tr(
                            "Reference for effective teachers: ≥ {value} on instruction"
                        ).format(value=percent(INSTRUCTION_REFERENCE)),
                    )
                ]
            )
        )
        self.chart.table = ([self.tr("Share on instruction"), self.tr("Lessons")], rows)
        self.show_chart()
