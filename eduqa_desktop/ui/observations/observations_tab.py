"""The Observations tab: the lesson visits (list with filters), the visit plan, the form.

New observation (Ctrl+N), open, *Follow-up visit*, delete a draft, print (Ctrl+P), the
checklist editor; the visit plan as a second view. The form replaces the list while open.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelectionModel, QSettings, Qt
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from eduqa_desktop.domain.vocabulary import ObservationStatus
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.observation_queries import (
    ObservationLine,
    count_observations,
    filter_options,
    list_observations,
)
from eduqa_desktop.services.observation_records import ObservationInput
from eduqa_desktop.services.observations import delete_draft, follow_up_input
from eduqa_desktop.ui import prompts
from eduqa_desktop.ui.app_signals import app_signals
from eduqa_desktop.ui.context import UiContext
from eduqa_desktop.ui.formatting import short_date
from eduqa_desktop.ui.look import icon
from eduqa_desktop.ui.observations.checklist_editor import ChecklistEditor
from eduqa_desktop.ui.observations.co_observation_actions import (
    co_observe,
    mark_low_agreement,
    open_calibration,
)
from eduqa_desktop.ui.observations.observation_filters import ObservationFilters
from eduqa_desktop.ui.observations.observation_form import ObservationForm
from eduqa_desktop.ui.observations.observation_list import (
    DATE,
    ObservationListModel,
    ObservationProxy,
)
from eduqa_desktop.ui.observations.observation_printing import print_observations
from eduqa_desktop.ui.observations.visit_plan_view import VisitPlanView

HEADER_KEY = "observations/list_header"
# At most this wide when first sized, so that every column fits at 1366 pixels.
WIDTH_CAPS = (100, 210, 60, 140, 150, 150, 150, 75, 170, 160)


class ObservationsTab(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = ObservationListModel(self)
        self.proxy = ObservationProxy(self)
        self.proxy.setSourceModel(self.model)
        self.total = 0
        self.form = ObservationForm(context)
        self.form.closed.connect(self._show_main)
        self.form.follow_up_requested.connect(self.follow_up)
        self.form.show_requested.connect(self._show_form)
        self.plan_view = VisitPlanView(context)
        self.plan_view.observe_requested.connect(self.new_observation)
        self.plan_view.open_requested.connect(self.open_observation)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._main_page())
        self.pages.addWidget(self.form)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.pages)
        app_signals().data_changed.connect(self._on_data_changed)
        self.refresh()

    # --- layout ---------------------------------------------------------------------------------

    def _button(self, text: str, slot: object, icon_name: str = "", tip: str = "") -> QPushButton:
        button = QPushButton(icon(icon_name), text) if icon_name else QPushButton(text)
        button.clicked.connect(slot)
        if tip:
            button.setToolTip(tip)
        return button

    def _main_page(self) -> QWidget:
        self.list_button = QPushButton(icon("observations"), self.tr("Observations"))
        self.plan_button = QPushButton(icon("plan"), self.tr("Visit plan"))
        switch = QButtonGroup(self)
        for index, button in enumerate((self.list_button, self.plan_button)):
            button.setCheckable(True)
            button.setStyleSheet(
                "QPushButton:checked { background: #dce7f3; border-color: #0072B2;"
                " color: #1f4e79; }"
            )
            switch.addButton(button, index)
        self.list_button.setChecked(True)
        switch.idClicked.connect(self._show_view)
        self.checklists_button = self._button(self.tr("Checklists…"), self.edit_checklists, "edit")
        top = QHBoxLayout()
        top.addWidget(self.list_button)
        top.addWidget(self.plan_button)
        top.addStretch(1)
        top.addWidget(self.checklists_button)
        self.views = QStackedWidget()
        self.views.addWidget(self._list_page())
        self.views.addWidget(self.plan_view)
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self.views, 1)
        return page

    def _list_page(self) -> QWidget:
        self.new_button = self._button(
            self.tr("New observation"),
            lambda: self.new_observation(),
            "new",
            self.tr("Observe a lesson (Ctrl+N)"),
        )
        self.new_button.setProperty("primary", True)
        self.open_button = self._button(self.tr("Open"), self.open_selected, "open")
        self.follow_up_button = self._button(
            self.tr("Follow-up visit"),
            self._follow_up_selected,
            "add",
            self.tr("A new observation prefilled from the chosen one"),
        )
        self.co_observe_button = self._button(
            self.tr("Co-observe"),
            lambda: co_observe(self),
            "add",
            self.tr("Another observer's record of the same lesson, to compare the two"),
        )
        self.calibration_button = self._button(
            self.tr("Calibration…"), lambda: open_calibration(self), "open"
        )
        self.delete_button = self._button(self.tr("Delete draft"), self.delete_selected, "delete")
        self.print_button = self._button(
            self.tr("Print…"),
            self.print_on_paper,
            "print",
            self.tr("The chosen observations on a printer"),
        )
        self.pdf_button = self._button(
            self.tr("PDF…"),
            lambda: self.print_current(),
            "export",
            self.tr("The chosen observations as PDF"),
        )
        bar = QHBoxLayout()
        for button in (
            self.new_button,
            self.open_button,
            self.follow_up_button,
            self.co_observe_button,
            self.calibration_button,
            self.delete_button,
            self.print_button,
            self.pdf_button,
        ):
            bar.addWidget(button)
        bar.addStretch(1)
        self.filters = ObservationFilters()
        self.filters.changed.connect(self._reload)
        self.filters.search_changed.connect(self._on_search)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.sortByColumn(DATE, Qt.SortOrder.DescendingOrder)
        state = QSettings().value(HEADER_KEY)
        self._widths_set = state is not None and header.restoreState(state)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        for keys, slot in (
            ("Return", self.open_selected),
            ("Enter", self.open_selected),
            ("Delete", self.delete_selected),
        ):
            QShortcut(
                QKeySequence(keys), self.table, slot, context=Qt.ShortcutContext.WidgetShortcut
            )
        self.empty_label = QLabel()
        self.empty_label.setProperty("role", "empty-state")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_action = QPushButton()
        self.empty_action.clicked.connect(self._on_empty_action)
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addWidget(self.empty_action, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(1)
        self.table_stack = QStackedWidget()
        self.table_stack.addWidget(self.table)
        self.table_stack.addWidget(empty)
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(bar)
        column.addWidget(self.filters)
        column.addWidget(self.table_stack, 1)
        return page

    def hideEvent(self, event: QHideEvent) -> None:
        """The column widths and the sort are remembered (once they were set)."""
        if self._widths_set:
            QSettings().setValue(HEADER_KEY, self.table.horizontalHeader().saveState())
        super().hideEvent(event)

    # --- data -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        school_id = self.context.school_id
        if school_id is None:
            self.model.set_lines([])
            self.total = 0
        else:
            self.filters.set_options(
                filter_options(self.context.db, school_id), self.context.language
            )
            mark_low_agreement(self, self.filters.observer)
            self._reload()
        if self.views.currentWidget() is self.plan_view:
            self.plan_view.refresh()

    def _reload(self) -> None:
        school_id = self.context.school_id
        if school_id is None:
            return
        chosen = {line.id for line in self.selected_lines()}
        self.total = count_observations(self.context.db, school_id)
        self.model.set_lines(
            list_observations(
                self.context.db, school_id, self.filters.current(), language=self.context.language
            )
        )
        for row in range(self.proxy.rowCount()):
            line = self.proxy.line(row)
            if line is not None and line.id in chosen:
                self.table.selectionModel().select(
                    self.proxy.index(row, 0),
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
        if not self._widths_set and self.model.rowCount():
            self.table.resizeColumnsToContents()
            for column, cap in enumerate(WIDTH_CAPS):
                self.table.setColumnWidth(column, min(self.table.columnWidth(column), cap))
            self._widths_set = True
        self._update_counts()

    def _on_search(self, text: str) -> None:
        self.proxy.set_query(text)
        self._update_counts()

    def _update_counts(self) -> None:
        shown = self.proxy.rowCount()
        self.filters.show_count(shown, self.total)
        if self.context.school_id is None:
            self.empty_label.setText(self.tr("No school is set up in this file yet."))
            self.empty_action.hide()
        elif self.total == 0:
            self.empty_label.setText(self.tr("No observations yet."))
            self.empty_action.setText(self.tr("Observe a lesson"))
            self.empty_action.show()
        else:
            self.empty_label.setText(self.tr("No observation matches the filters."))
            self.empty_action.setText(self.tr("Clear filters"))
            self.empty_action.show()
        self.table_stack.setCurrentIndex(0 if shown else 1)
        self._update_buttons()

    def _on_empty_action(self) -> None:
        if self.total == 0:
            self.new_observation()
        else:
            self.filters.clear()

    def _on_data_changed(self, what: str) -> None:
        if what in ("observations", "teachers", "checklists", "plan", "settings", "database"):
            self.refresh()

    def selected_lines(self) -> list[ObservationLine]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [line for line in (self.proxy.line(r) for r in rows) if line is not None]

    def _update_buttons(self) -> None:
        lines = self.selected_lines()
        one = len(lines) == 1
        self.open_button.setEnabled(one)
        self.follow_up_button.setEnabled(one and lines[0].status == ObservationStatus.FINAL)
        self.co_observe_button.setEnabled(one)
        self.delete_button.setEnabled(
            bool(lines) and all(line.status == ObservationStatus.DRAFT for line in lines)
        )
        self.print_button.setEnabled(bool(lines))
        self.new_button.setEnabled(self.context.school_id is not None)

    # --- actions --------------------------------------------------------------------------------

    def _bring_to_front(self) -> None:
        widget = self.parentWidget()
        while widget is not None and not isinstance(widget, QTabWidget):
            widget = widget.parentWidget()
        if widget is not None:
            widget.setCurrentWidget(self)

    def _show_view(self, index: int) -> None:
        self.views.setCurrentIndex(index)
        if index == 1:
            self.plan_view.refresh()

    def _show_form(self) -> None:
        self._bring_to_front()
        self.pages.setCurrentWidget(self.form)

    def _show_main(self) -> None:
        self.pages.setCurrentIndex(0)
        self.table.setFocus()

    def new_observation(self, prefill: ObservationInput | None = None) -> None:
        """Ctrl+N: the form for a new observation (prefilled: a follow-up, a planned visit)."""
        if self.context.school_id is None:
            return
        self._bring_to_front()
        if self.pages.currentWidget() is self.form and not self.form.save_now(True):
            return
        self.pages.setCurrentWidget(self.form)
        self.form.start_new(prefill)

    def open_observation(self, observation_id: int) -> None:
        self._bring_to_front()
        if self.pages.currentWidget() is self.form and not self.form.save_now(True):
            return
        self.pages.setCurrentWidget(self.form)
        self.form.open_observation(observation_id)

    def open_selected(self) -> None:
        lines = self.selected_lines()
        if len(lines) == 1:
            self.open_observation(lines[0].id)

    def follow_up(self, observation_id: int) -> None:
        prefill = follow_up_input(
            self.context.db,
            observation_id,
            today=date.today(),
            observer=self.context.preferences.user_name,
        )
        self.new_observation(prefill)

    def _follow_up_selected(self) -> None:
        lines = self.selected_lines()
        if len(lines) == 1 and lines[0].status == ObservationStatus.FINAL:
            self.follow_up(lines[0].id)

    def delete_selected(self) -> None:
        lines = self.selected_lines()
        if not lines or any(line.status != ObservationStatus.DRAFT for line in lines):
            return
        question = (
            self.tr("Delete the draft of {teacher} of {date}?").format(
                teacher=lines[0].teacher, date=short_date(lines[0].observed_on)
            )
            if len(lines) == 1
            else self.tr("Delete {count} drafts?").format(count=len(lines))
        )
        if not prompts.question(self, self.tr("Delete draft"), question):
            return
        try:
            for line in lines:
                delete_draft(
                    self.context.db, line.id, who=self.context.preferences.user_name or None
                )
        except UserError as problem:
            prompts.show_user_error(self, self.tr("Delete draft"), problem)
        app_signals().data_changed.emit("observations")

    def edit_checklists(self) -> None:
        if self.pages.currentWidget() is self.form:
            self.form.save_now()
        ChecklistEditor(self.context, self).exec()

    def focus_search(self) -> None:
        """Ctrl+F."""
        if self.pages.currentWidget() is self.form:
            return
        if self.views.currentWidget() is self.plan_view:
            self.plan_view.focus_search()
            return
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    def print_on_paper(self) -> None:
        """Print… (Ctrl+P): what print_current saves as PDF, on a printer."""
        self.print_current(paper=True)

    def print_current(self, *, paper: bool = False) -> None:
        """The open observation, the chosen ones, or the visit plan, as PDF (or on paper)."""
        if self.pages.currentWidget() is self.form:
            self.form.print_pdf(paper=paper)
        elif self.views.currentWidget() is self.plan_view:
            self.plan_view.export_pdf(paper=paper)
        elif self.selected_lines():
            ids = [line.id for line in self.selected_lines()]
            print_observations(self, self.context, ids, paper=paper)
        else:
            prompts.information(
                self, self.tr("Print"), self.tr("Choose the observations to print in the list.")
            )
