"""The Dashboard tab: a vice-principal's and a district office's questions at a glance.

Filter bar (fixed) above a scrolling page: a heading that says what is shown, eight indicator
cards with the change from the previous quarter, and a grid of chart panels. Every filter
change recomputes everything in one service call (:func:`services.dashboard.dashboard_data`)
on the thread pool (:class:`QueryRunner`: no progress dialog — a refresh lasts a fraction of a
second — and only the latest request is drawn), so the window never freezes.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from eduqa_desktop.domain.display import average_2, percent_1
from eduqa_desktop.services.dashboard import (
    Cards,
    DashboardData,
    DashboardFilter,
    DrillDown,
    FilterChoices,
    Measure,
    dashboard_data,
    drill_down,
    filter_choices,
)
from eduqa_desktop.ui import prompts
from eduqa_desktop.ui.app_signals import app_signals
from eduqa_desktop.ui.context import UiContext
from eduqa_desktop.ui.dashboard import texts
from eduqa_desktop.ui.dashboard.chart_panel import ChartPanel
from eduqa_desktop.ui.dashboard.dashboard_pdf import (
    CardText,
    DashboardSheet,
    compared_with,
    paint_dashboard,
    write_dashboard_pdf,
)
from eduqa_desktop.ui.dashboard.filter_bar import DashboardFilterBar
from eduqa_desktop.ui.dashboard.indicator_card import IndicatorCard
from eduqa_desktop.ui.dashboard.observation_panels import (
    CriteriaPanel,
    HeatMapPanel,
    HistogramPanel,
    MechanismsPanel,
)
from eduqa_desktop.ui.dashboard.panels import (
    DistributionPanel,
    QualityPanel,
    ScatterPanel,
    SchoolsPanel,
    TrendPanel,
)
from eduqa_desktop.ui.dashboard.query_runner import QueryRunner
from eduqa_desktop.ui.dashboard.time_on_task_panel import TimeOnTaskPanel
from eduqa_desktop.ui.formatting import UNDEFINED, average, number, percent, short_date
from eduqa_desktop.ui.printing import print_pages
from eduqa_desktop.ui.teachers.attention_view import signal_text
from eduqa_desktop.ui.voices.dashboard_hook import attach_voices_panel

T = TypeVar("T")

# Two columns on screen (criteria and schools, with their long names, across both).
SCREEN_LAYOUT = (
    (("trend_panel", 1), ("subject_panel", 1)),
    (("grade_panel", 1), ("distribution_panel", 1)),
    (("criteria_panel", 2),),
    (("heatmap_panel", 1), ("histogram_panel", 1)),
    (("mechanisms_panel", 1), ("scatter_panel", 1)),
    (("time_on_task_panel", 2),),
    (("schools_panel", 2),),
)
# The printed rows of (panel, columns spanned out of two): the first row under the cards on
# page 1, then two rows a page. One school: three pages. Several: the schools compared stand
# on the first page beside the trend (a district's first question), on four pages.
PRINT_ROWS = (
    (("trend_panel", 1), ("subject_panel", 1)),
    (("grade_panel", 1), ("distribution_panel", 1)),
    (("criteria_panel", 2),),
    (("heatmap_panel", 1), ("histogram_panel", 1)),
    (("mechanisms_panel", 1), ("scatter_panel", 1)),
    (("time_on_task_panel", 2),),  # only where lessons had snapshots: a fourth page
)
PRINT_ROWS_SCHOOLS = (
    (("trend_panel", 1), ("schools_panel", 1)),
    (("subject_panel", 1), ("grade_panel", 1)),
    (("criteria_panel", 2),),
    (("distribution_panel", 1), ("scatter_panel", 1)),
    (("heatmap_panel", 1), ("histogram_panel", 1)),
    (("mechanisms_panel", 1), ("time_on_task_panel", 1)),
)
# Panels of tables and text printed whole after the charts, when they have figures.
PRINT_TABLES = ("voices_panel", "graduates_panel")
ATTENTION_SHOWN = 5  # teachers named below the cards; all of them in the card's tooltip
PRINT_CRITERIA_LABELS = 760  # pixels for the criteria's names on paper (a whole row)

CARD_KEYS = (
    "pass_rate",
    "quality",
    "sou",
    "average_grade",
    "observations",
    "observation_score",
    "attention",
    "pd_compliance",
)


class DashboardTab(QWidget):
    updated = Signal()  # the charts show fresh data
    drilled = Signal()  # a drill-down is shown

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.choices: FilterChoices | None = None
        self.data: DashboardData | None = None
        self.runner = QueryRunner(self)

        self.filter_bar = DashboardFilterBar()
        self.filter_bar.changed.connect(self._on_filter_changed)
        self.filter_bar.pdf_button.clicked.connect(self.print_current)
        self.runner.busy_changed.connect(self.filter_bar.set_busy)
        self.runner.failed.connect(self._on_failed)

        self.heading = QLabel()
        self.heading.setProperty("role", "heading")
        self.heading.setWordWrap(True)
        self.note = QLabel()
        self.note.setProperty("role", "empty-state")
        self.note.setWordWrap(True)
        self.note.hide()

        self.cards: dict[str, IndicatorCard] = {}
        titles = {
            "pass_rate": self.tr("Pass rate"),
            "quality": self.tr("Quality of knowledge"),
            "sou": self.tr("Degree of learning (SOU)"),
            "average_grade": self.tr("Average grade"),
            "observations": self.tr("Observations done / planned"),
            "observation_score": self.tr("Average observation score"),
            "attention": self.tr("Need attention"),
            "pd_compliance": self.tr("Professional development"),
        }
        cards_row = QHBoxLayout()
        cards_row.setSpacing(6)
        for key in CARD_KEYS:
            card = IndicatorCard(key, titles[key])
            self.cards[key] = card
            cards_row.addWidget(card)

        self.trend_panel = TrendPanel()
        self.subject_panel = QualityPanel("subject")
        self.grade_panel = QualityPanel("grade")
        self.distribution_panel = DistributionPanel()
        self.criteria_panel = CriteriaPanel()
        self.heatmap_panel = HeatMapPanel()
        self.histogram_panel = HistogramPanel()
        self.mechanisms_panel = MechanismsPanel()
        self.schools_panel = SchoolsPanel()
        self.scatter_panel = ScatterPanel()
        self.time_on_task_panel = TimeOnTaskPanel()  # shown where lessons had snapshots
        for panel in (self.subject_panel, self.grade_panel):
            panel.drill_requested.connect(self._on_drill_requested)
            panel.back_requested.connect(lambda p=panel: self._on_back(p))
        for panel in (self.criteria_panel, self.heatmap_panel):
            panel.checklist_changed.connect(self._on_checklist_changed)
        self.schools_panel.school_clicked.connect(self._on_school_clicked)
        for panel in self.panels:
            panel.exported.connect(self._on_exported)

        self.grid = QGridLayout()
        self.grid.setSpacing(8)
        self._arrange(SCREEN_LAYOUT)

        self.page = QWidget()
        self.page.setObjectName("dashboard_page")
        page_layout = QVBoxLayout(self.page)
        page_layout.setContentsMargins(8, 6, 8, 8)
        page_layout.setSpacing(6)
        page_layout.addWidget(self.heading)
        page_layout.addLayout(cards_row)
        self.attention_label = QLabel()
        self.attention_label.setWordWrap(True)
        self.attention_label.setTextFormat(Qt.TextFormat.RichText)
        self.attention_label.linkActivated.connect(self._on_attention_link)
        page_layout.addWidget(self.attention_label)
        page_layout.addWidget(self.note)
        page_layout.addLayout(self.grid)
        page_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setWidget(self.page)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.scroll, 1)

        app_signals().data_changed.connect(self._on_data_changed)
        attach_voices_panel(self)
        self.refresh()

    def _arrange(self, layout: tuple[tuple[tuple[str, int], ...], ...]) -> None:
        """Place the panels: rows of (panel attribute, columns spanned)."""
        for panel in self.panels:
            self.grid.removeWidget(panel)
        width = max(sum(span for _name, span in row) for row in layout)
        for row, cells in enumerate(layout):
            column = 0
            for name, span in cells:
                self.grid.addWidget(getattr(self, name), row, column, 1, span)
                column += span
        for column in range(4):
            self.grid.setColumnStretch(column, 1 if column < width else 0)

    @property
    def panels(self) -> tuple[ChartPanel, ...]:
        return (
            self.trend_panel,
            self.subject_panel,
            self.grade_panel,
            self.distribution_panel,
            self.criteria_panel,
            self.heatmap_panel,
            self.histogram_panel,
            self.mechanisms_panel,
            self.schools_panel,
            self.scatter_panel,
            self.time_on_task_panel,
        )

    @property
    def busy(self) -> bool:
        return self.runner.busy

    # --- loading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the filter choices and the data (F5, or after data changed)."""
        db, language, school = self.context.db, self.context.language, self.context.school_id
        keep = self.selection() if self.choices is not None else None

        def load() -> tuple[FilterChoices, DashboardData]:
            choices = filter_choices(db, language=language, school_id=school)
            selection = keep or choices.default
            return choices, dashboard_data(db, selection, language=language)

        self.runner.submit(load, self._on_loaded)

    def selection(self) -> DashboardFilter:
        checklist = self.data.filter.checklist if self.data is not None else None
        return replace(self.filter_bar.selection(), checklist=checklist)

    def show_selection(self, selection: DashboardFilter) -> None:
        """Compute and draw the dashboard of ``selection`` (the filter bar follows)."""
        db, language = self.context.db, self.context.language
        self.runner.submit(lambda: dashboard_data(db, selection, language=language), self._on_data)

    def _on_loaded(self, result: tuple[FilterChoices, DashboardData]) -> None:
        self.choices, data = result
        self.filter_bar.set_choices(self.choices, data.filter)
        self._draw(data)

    def _on_data(self, data: DashboardData) -> None:
        if self.choices is not None:
            self.filter_bar.set_choices(self.choices, data.filter)
        self._draw(data)

    def _on_filter_changed(self, selection: DashboardFilter) -> None:
        checklist = self.data.filter.checklist if self.data is not None else None
        self.show_selection(replace(selection, checklist=checklist))

    def _on_checklist_changed(self, family: Any) -> None:
        self.show_selection(replace(self.filter_bar.selection(), checklist=family))

    def _on_school_clicked(self, school_id: Any) -> None:
        self.filter_bar.select(self.filter_bar.school_box, school_id)

    def _on_data_changed(self, _what: str) -> None:
        self.refresh()

    def _on_failed(self, error: Exception, details: str) -> None:
        from eduqa_desktop.ui.error_reporting import report_exception

        report_exception(error, details, self)

    # --- drawing ------------------------------------------------------------------------------

    def _names(self, data: DashboardData) -> tuple[str, str]:
        """The name of the school scope ("All schools" or the school) and of the selection."""
        choices = self.choices
        selection = data.filter
        schools = {c.key: c.label for c in choices.schools} if choices else {}
        if selection.school_id is not None:
            scope = schools.get(selection.school_id, "")
        elif len(schools) == 1:
            scope = next(iter(schools.values()))
        else:
            scope = self.tr("All schools")
        parts = []
        if selection.grade is not None:
            parts.append(texts.grade(selection.grade))
        if selection.subject_id is not None and choices:
            subjects = {c.key: c.label for c in choices.subjects}
            parts.append(subjects.get(selection.subject_id, ""))
        if selection.department:
            parts.append(selection.department)
        return scope, " · ".join(part for part in parts if part)

    def _draw(self, data: DashboardData) -> None:
        self.data = data
        scope, narrowed = self._names(data)
        if data.period is None:
            self.heading.setText(scope)
            self._show_note(
                self.tr("No school year in this database yet — set up the school first.")
                if self.choices is None or not self.choices.schools
                else self.tr("No quarters in this database yet.")
            )
            for panel in self.panels:
                panel.show_empty(self.tr("No data for this selection"))
            self._draw_cards(data)
            self.updated.emit()
            return
        period = texts.period(data.period.year, data.period.term)
        heading = f"{scope} — {period}"
        if narrowed:
            heading += f" — {narrowed}"
        if data.previous is not None:
            heading += "  " + self.tr("(compared with {period})").format(
                period=texts.period(data.previous.year, data.previous.term)
            )
        self.heading.setText(heading)
        if data.empty:
            self._show_note(
                self.tr(
                    "No results and no lesson observations for this selection. Choose another "
                    "quarter or clear the filters — or enter results and observe lessons."
                )
            )
        else:
            self.note.hide()
        self._draw_cards(data)
        self.trend_panel.draw(data, scope, narrowed)
        self.subject_panel.draw(data)
        self.grade_panel.draw(data)
        self.distribution_panel.draw(data)
        self.criteria_panel.draw(data)
        self.heatmap_panel.draw(data)
        self.histogram_panel.draw(data)
        self.mechanisms_panel.draw(data)
        several = data.school_count > 1
        self.schools_panel.setVisible(several)
        if several:
            self.schools_panel.draw(data)
        self.scatter_panel.draw(data)
        snapshots = data.time_on_task is not None and data.time_on_task.lessons > 0
        self.time_on_task_panel.setVisible(snapshots)
        if snapshots:
            self.time_on_task_panel.draw(data)
        self.updated.emit()

    def _show_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.show()

    def _draw_cards(self, data: DashboardData) -> None:
        cards = data.cards
        previous = texts.period(data.previous.year, data.previous.term) if data.previous else ""
        if cards is None:
            for card in self.cards.values():
                card.set_value(UNDEFINED, change=None, change_text="")
            return
        self._percent_card("pass_rate", cards.pass_rate, previous)
        self._percent_card("quality", cards.quality, previous)
        self._percent_card("sou", cards.sou, previous)
        self._grade_card(cards.average_grade, previous)
        self._observations_card(data, previous)
        self._percent_card("observation_score", cards.observation_score, previous)
        self._attention_card(cards)
        self._percent_card(
            "pd_compliance",
            cards.pd_compliance,
            previous,
            detail=self.tr("up to date: {count} of {total} teachers").format(
                count=number(cards.pd_up_to_date), total=number(cards.teachers)
            ),
        )

    def _attention_card(self, cards: Cards) -> None:
        """The top of the attention list (services.attention, as `eduqa attention`): the count
        on the card, the teachers with their strongest reason below the cards."""
        rows = cards.attention
        lines = [f"{row.teacher_name}: {signal_text(row.signals[0])}" for row in rows]
        self.cards["attention"].set_value(
            number(len(rows)),
            change=None,
            change_text=self.tr("at most a fifth of the staff"),
            detail=self.tr("of {count} teachers").format(count=number(cards.teachers)),
            tooltip="\n".join(lines),
        )
        if not rows:
            self.attention_label.setText("")
            self.attention_label.hide()
            return
        shown = [
            f'<a href="{row.teacher_id}">{html.escape(row.teacher_name)}</a> — '
            f"{html.escape(signal_text(row.signals[0]))}"
            for row in rows[:ATTENTION_SHOWN]
        ]
        more = len(rows) - len(shown)
        tail = self.tr(" … and {count} more").format(count=more) if more > 0 else ""
        self.attention_label.setText(
            "<b>" + html.escape(self.tr("Need attention:")) + "</b> " + "; ".join(shown) + tail
        )
        self.attention_label.show()

    def _on_attention_link(self, link: str) -> None:
        window = self.window()
        if hasattr(window, "teachers_tab"):
            window.teachers_tab.open_teacher_profile(int(link))

    def _no_change_text(self, measure: Measure, previous: str) -> str:
        if not previous:
            return self.tr("no previous quarter")
        if measure.current is None:
            return ""
        return self.tr("no data in {period}").format(period=previous)

    def _tooltip(self, key: str, measure: Measure, shown: str, was: str, previous: str) -> str:
        title = self.cards[key].title.text()
        if not previous or measure.previous is None:
            return f"{title}: {shown}"
        return self.tr("{title}: {value}; {period}: {was}").format(
            title=title, value=shown, period=previous, was=was
        )

    def _percent_card(self, key: str, measure: Measure, previous: str, *, detail: str = "") -> None:
        now, before = percent_1(measure.current), percent_1(measure.previous)
        change = None if now is None or before is None else round(now - before, 1)
        shown, was = percent(measure.current), percent(measure.previous)
        self.cards[key].set_value(
            shown,
            change=change,
            change_text=texts.points(change)
            if change is not None
            else self._no_change_text(measure, previous),
            detail=detail,
            tooltip=self._tooltip(key, measure, shown, was, previous),
        )

    def _grade_card(self, measure: Measure, previous: str) -> None:
        now, before = average_2(measure.current), average_2(measure.previous)
        change = None if now is None or before is None else round(now - before, 2)
        if change is None:
            text = self._no_change_text(measure, previous)
        else:
            text = number(abs(change), 2)
            text = f"+{text}" if change > 0 else f"−{text}" if change < 0 else text
        shown, was = average(measure.current), average(measure.previous)
        self.cards["average_grade"].set_value(
            shown,
            change=change,
            change_text=text,
            tooltip=self._tooltip("average_grade", measure, shown, was, previous),
        )

    def _count_card(
        self,
        key: str,
        measure: Measure,
        previous: str,
        *,
        higher_is_better: bool = True,
        detail: str = "",
        shown: str | None = None,
    ) -> None:
        change = measure.change
        if change is None:
            text = self._no_change_text(measure, previous)
        else:
            text = (
                f"+{number(change)}" if change > 0 else f"−{number(-change)}" if change < 0 else "0"
            )
        shown = shown if shown is not None else number(measure.current)
        self.cards[key].set_value(
            shown,
            change=change,
            change_text=text,
            higher_is_better=higher_is_better,
            detail=detail,
            tooltip=self._tooltip(key, measure, shown, number(measure.previous), previous),
        )

    def _observations_card(self, data: DashboardData, previous: str) -> None:
        """Lessons observed this quarter / visits planned; the change is in lessons observed."""
        cards = data.cards
        assert cards is not None
        planned = int(cards.visits_planned.current or 0)
        done = number(cards.observations_done.current)
        if planned:
            shown = f"{done} / {number(planned)}"
            detail = self.tr("plan: {done} of {planned} visits done").format(
                done=number(cards.visits_done.current), planned=number(planned)
            )
        else:
            shown = f"{done} / {UNDEFINED}"
            detail = self.tr("no visits planned")
        self._count_card(
            "observations", cards.observations_done, previous, detail=detail, shown=shown
        )

    # --- drill down ---------------------------------------------------------------------------

    def _on_drill_requested(self, kind: str, key: Any) -> None:
        db, language = self.context.db, self.context.language
        selection = self.data.filter if self.data is not None else self.selection()
        panel = self.subject_panel if kind == "subject" else self.grade_panel

        def shown(drill: DrillDown) -> None:
            panel.show_drill(drill)
            self.drilled.emit()

        self.runner.submit(lambda: drill_down(db, selection, kind, key, language=language), shown)

    def _on_back(self, panel: QualityPanel) -> None:
        if self.data is not None:
            panel.draw(self.data)

    # --- export ---------------------------------------------------------------------------

    def _on_exported(self, path: str) -> None:
        self._status(self.tr("Saved {path}").format(path=path))

    def _status(self, text: str) -> None:
        window = self.window()
        if hasattr(window, "show_message"):
            window.show_message(text)

    def print_current(self) -> None:
        """Ctrl+P: the whole dashboard as a PDF of A4 pages, for a meeting."""
        path = prompts.save_file(
            self,
            self.tr("Save the dashboard as PDF"),
            "dashboard.pdf",
            self.tr("PDF document (*.pdf)"),
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            self.export_pdf(path)
        except OSError as error:
            prompts.warning(
                self,
                self.tr("Save the dashboard as PDF"),
                self.tr("The PDF could not be written ({error}). Choose another folder.").format(
                    error=error
                ),
            )
            return
        self._status(self.tr("Saved {path}").format(path=path))

    def export_pdf(self, path: str | Path) -> Path:
        """The dashboard as landscape A4 pages (see dashboard_pdf)."""
        return self._lend_panels(lambda sheet: write_dashboard_pdf(path, sheet))

    def print_on_paper(self) -> bool:
        """Print… (Ctrl+P): the pages of the PDF on a printer chosen in the print dialog."""
        return print_pages(
            self,
            self.tr("Dashboard"),
            lambda device: self._lend_panels(lambda sheet: paint_dashboard(device, sheet)),
            landscape=True,
        )

    def _lend_panels(self, draw: Callable[[DashboardSheet], T]) -> T:
        """`draw` the sheet with the panels lent to the printing and put back in place."""
        # The criteria take the page's whole width: their names (elided on screen) in full.
        criteria = self.criteria_panel
        screen_width = criteria.chart.label_width
        widen = self.data is not None and not criteria.showing_empty
        if widen:
            criteria.chart.label_width = PRINT_CRITERIA_LABELS
            criteria.draw(self.data)
        try:
            return draw(self._sheet())
        finally:
            self._arrange(SCREEN_LAYOUT)
            if widen:
                criteria.chart.label_width = screen_width
                criteria.draw(self.data)

    def _sheet(self) -> DashboardSheet:
        """What the printed pages show: the title, the filters, the cards and the panels."""
        data = self.data
        title, context = self.heading.text(), ""
        if data is not None:
            scope, narrowed = self._names(data)
            title = scope
            if data.period is not None:
                title += " — " + texts.period(data.period.year, data.period.term)
            if narrowed:
                title += " — " + narrowed
            parts = [f"{name}: {value}" for name, value in self.filter_bar.described()]
            if data.previous is not None:
                parts.append(compared_with(texts.period(data.previous.year, data.previous.term)))
            context = " · ".join(parts)
        cards = [
            CardText(
                title=card.title.text(),
                value=card.value.text(),
                change=card.change.text(),
                change_colour=card.change_colour,
                change_bold=card.change_bold,
                detail=card.detail.text() if not card.detail.isHidden() else "",
            )
            for card in (self.cards[key] for key in CARD_KEYS)
        ]
        layout = PRINT_ROWS if self.schools_panel.isHidden() else PRINT_ROWS_SCHOOLS
        rows = [
            [
                (getattr(self, name), span)
                for name, span in row
                if not getattr(self, name).isHidden()
            ]
            for row in layout
        ]
        return DashboardSheet(
            title=title,
            context=context,
            note=self.note.text() if not self.note.isHidden() else "",
            made=short_date(date.today()),
            cards=cards,
            rows=rows,
            tables=[
                panel
                for panel in (getattr(self, name, None) for name in PRINT_TABLES)
                if panel is not None and not panel.isHidden() and panel.printable()
            ],
        )
