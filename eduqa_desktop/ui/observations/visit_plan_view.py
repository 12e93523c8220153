"""The visit plan of internal school control: planned visits by month with done / due /
upcoming / overdue from the observations made; add, change, delete, *Generate plan…*,
observe a planned visit, export to .xlsx and PDF."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from eduqa_desktop.domain.names import search_key
from eduqa_desktop.domain.school_calendar import year_name_for
from eduqa_desktop.domain.visit_plan import VisitStatus
from eduqa_desktop.services.calendar import list_years
from eduqa_desktop.services.checklists import checklists_for_form
from eduqa_desktop.services.conflicts import EditConflict
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.observation_queries import form_choices
from eduqa_desktop.services.observation_records import ObservationInput
from eduqa_desktop.services.visit_plan import (
    PlanLine,
    PlannedVisitInput,
    PlanYear,
    SavedVisit,
    add_proposals,
    add_visit,
    count_by_status,
    delete_visits,
    list_plan,
    plan_year,
    update_visit,
)
from eduqa_desktop.ui import prompts
from eduqa_desktop.ui.app_signals import app_signals
from eduqa_desktop.ui.context import UiContext
from eduqa_desktop.ui.dialogs.conflict_dialog import Choice, ConflictDialog
from eduqa_desktop.ui.formatting import short_date
from eduqa_desktop.ui.look import icon
from eduqa_desktop.ui.observations.labels import (
    month_name,
    purpose_name,
    visit_status_colour,
    visit_status_name,
)
from eduqa_desktop.ui.observations.visit_conflict import (
    deleted_visit_differences,
    visit_differences,
)
from eduqa_desktop.ui.observations.visit_plan_dialogs import GeneratePlanDialog, PlannedVisitDialog
from eduqa_desktop.ui.observations.visit_plan_files import export_plan

MONTH, DAY, TEACHER, DEPARTMENT, PURPOSE, OBSERVER, STATUS, OBSERVED, NOTE = range(9)
LINE_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3


class SortedItem(QTableWidgetItem):
    """A cell that sorts by its SORT_ROLE value when it has one (months and days by date,
    not by their text: "April" before "September" is no order)."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if mine is not None and theirs is not None:
            return bool(mine < theirs)
        # (QTableWidgetItem.__lt__ would call this override again in PySide6)
        return search_key(self.text()) < search_key(other.text())


def _date_key(value: date | None, year: int, month: int) -> str:
    """Sorts by the day; a visit without one comes after the days of its month."""
    return value.isoformat() if value else f"{year:04d}-{month:02d}-99"


class VisitPlanView(QWidget):
    observe_requested = Signal(object)  # an ObservationInput prefilled from the planned visit
    open_requested = Signal(int)  # the observation that made a visit done

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.year: PlanYear | None = None
        self.lines: list[PlanLine] = []
        self.year_box = QComboBox()
        self.year_box.setAccessibleName(self.tr("Academic year"))
        self.month_box = QComboBox()
        self.month_box.setAccessibleName(self.tr("Month"))
        self.month_box.setMinimumContentsLength(14)
        self.status_box = QComboBox()
        self.status_box.addItem(self.tr("Every status"), None)
        for status in VisitStatus:
            self.status_box.addItem(visit_status_name(status), status)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search teacher…"))
        self.search.setClearButtonEnabled(True)
        self.summary = QLabel()
        self.summary.setProperty("role", "hint")
        buttons = QHBoxLayout()
        self.add_button = self._button(self.tr("Plan a visit…"), self.add, "add")
        self.edit_button = self._button(self.tr("Change…"), self.edit, "edit")
        self.delete_button = self._button(self.tr("Delete"), self.delete, "delete")
        self.generate_button = self._button(self.tr("Generate plan…"), self.generate, "plan")
        self.observe_button = self._button(self.tr("Observe this visit"), self.observe, "new")
        self.observe_button.setToolTip(self.tr("A new observation for the chosen planned visit"))
        self.xlsx_button = self._button(self.tr("Export .xlsx…"), self.export_xlsx, "export")
        self.pdf_button = self._button(self.tr("PDF…"), lambda: self.export_pdf(), "export")
        self.print_button = self._button(self.tr("Print…"), self.print_on_paper, "print")
        for button in (
            self.add_button,
            self.edit_button,
            self.delete_button,
            self.generate_button,
            self.observe_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.xlsx_button)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.print_button)
        filters = QHBoxLayout()
        for widget in (self.year_box, self.month_box, self.status_box):
            filters.addWidget(widget)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.summary)
        self.table = QTableWidget(0, 9)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Month"),
                self.tr("Day"),
                self.tr("Teacher"),
                self.tr("Department"),
                self.tr("Purpose"),
                self.tr("Observer"),
                self.tr("Status"),
                self.tr("Observed on"),
                self.tr("Note"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self._on_double_click())
        self.empty = QLabel(
            self.tr("No visits are planned for this period — use Generate plan… or Plan a visit…")
        )
        self.empty.setProperty("role", "empty-state")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addLayout(filters)
        layout.addWidget(self.stack, 1)
        self._fill_years()
        self.year_box.currentIndexChanged.connect(self._on_year)
        self.month_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.status_box.currentIndexChanged.connect(lambda _i: self._show_lines())
        self.search.textChanged.connect(lambda _t: self._show_lines())

    def _button(self, text: str, slot: object, icon_name: str) -> QPushButton:
        button = QPushButton(icon(icon_name), text)
        button.clicked.connect(slot)
        return button

    # --- period ---------------------------------------------------------------------------------

    def _fill_years(self) -> None:
        years = list_years(self.context.db)
        self.year_box.blockSignals(True)
        self.year_box.clear()
        for name in years:
            self.year_box.addItem(name, name)
        current = year_name_for(date.today())
        index = self.year_box.findData(current)
        self.year_box.setCurrentIndex(index if index >= 0 else len(years) - 1)
        self.year_box.blockSignals(False)
        self._on_year()

    def _on_year(self, *_args: object) -> None:
        name = self.year_box.currentData()
        self.year = None
        if name:
            try:
                self.year = plan_year(self.context.db, name)
            except UserError:
                self.year = None
        self.month_box.blockSignals(True)
        self.month_box.clear()
        self.month_box.addItem(self.tr("Whole year"), None)
        for year, month in self.year.months if self.year else ():
            self.month_box.addItem(month_name(year, month), year * 100 + month)
        today = date.today()
        self.month_box.setCurrentIndex(
            max(0, self.month_box.findData(today.year * 100 + today.month))
        )
        self.month_box.blockSignals(False)
        self.refresh()

    def _period(self) -> tuple[tuple[int, int], tuple[int, int]] | None:
        if self.year is None or not self.year.months:
            return None
        key = self.month_box.currentData()
        if key is not None:
            return divmod(key, 100), divmod(key, 100)
        return self.year.months[0], self.year.months[-1]

    def period_title(self) -> str:
        key = self.month_box.currentData()
        return month_name(*divmod(key, 100)) if key else (self.year.name if self.year else "")

    # --- data -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        period, school_id = self._period(), self.context.school_id
        self.lines = (
            list_plan(self.context.db, school_id, *period, today=date.today())
            if period and school_id is not None
            else []
        )
        self._show_lines()

    def visible_lines(self) -> list[PlanLine]:
        status = self.status_box.currentData()
        words = search_key(self.search.text()).split()
        return [
            line
            for line in self.lines
            if (status is None or line.status == status)
            and all(word in search_key(line.teacher) for word in words)
        ]

    def _show_lines(self) -> None:
        lines = self.visible_lines()
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            data = line.data
            other_purpose = line.observed_purpose not in (None, data.purpose)
            status = visit_status_name(line.status)
            if other_purpose:
                status = self.tr("{status} (as {purpose})").format(
                    status=status, purpose=purpose_name(line.observed_purpose)
                )
            values = [
                month_name(data.year, data.month),
                short_date(data.planned_on),
                line.teacher,
                line.department,
                purpose_name(data.purpose),
                data.observer,
                status,
                short_date(line.observed_on),
                data.note,
            ]
            day_key = _date_key(data.planned_on, data.year, data.month)
            sort_keys = {
                MONTH: f"{data.year:04d}-{data.month:02d}|{day_key}|{line.teacher}",
                DAY: f"{day_key}|{line.teacher}",
                OBSERVED: line.observed_on.isoformat() if line.observed_on else "9999",
            }
            for column, value in enumerate(values):
                item = SortedItem(value)
                if column in sort_keys:
                    item.setData(SORT_ROLE, sort_keys[column])
                if column == MONTH:
                    item.setData(LINE_ROLE, line)
                    item.setData(Qt.ItemDataRole.UserRole, f"{data.year:04d}{data.month:02d}")
                if column == STATUS:
                    item.setForeground(visit_status_colour(line.status))
                    if other_purpose:
                        item.setToolTip(
                            self.tr(
                                "Planned as {planned}, observed as {observed}: the visit "
                                "took place, so it counts as done."
                            ).format(
                                planned=purpose_name(data.purpose),
                                observed=purpose_name(line.observed_purpose),
                            )
                        )
                self.table.setItem(row, column, item)
        self.table.setSortingEnabled(True)
        self.table.resizeColumnsToContents()
        counts = count_by_status(self.lines)
        self.summary.setText(
            " · ".join(f"{visit_status_name(s)}: {counts[s]}" for s in VisitStatus)
        )
        self.stack.setCurrentIndex(0 if lines else 1)
        self._update_buttons()

    def selected(self) -> list[PlanLine]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.table.item(r, MONTH).data(LINE_ROLE) for r in rows]

    def _update_buttons(self) -> None:
        chosen = self.selected()
        has_school = self.context.school_id is not None and self.year is not None
        self.add_button.setEnabled(has_school)
        self.generate_button.setEnabled(has_school)
        self.edit_button.setEnabled(len(chosen) == 1)
        self.delete_button.setEnabled(bool(chosen))
        self.observe_button.setEnabled(len(chosen) == 1 and chosen[0].status != VisitStatus.DONE)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # --- actions ----------------------------------------------------------------------------------

    def _teachers(self):  # type: ignore[no-untyped-def]
        return form_choices(self.context.db, self.context.school_id or 0, date.today()).teachers

    def _changed(self) -> None:
        app_signals().data_changed.emit("plan")
        self.refresh()

    def add(self) -> None:
        if self.context.school_id is None or self.year is None:
            return
        dialog = PlannedVisitDialog(
            self.context.school_id, self._teachers(), self.year.months, None, self
        )
        key = self.month_box.currentData()
        if key is not None:
            dialog.month.setCurrentIndex(max(0, dialog.month.findData(key)))
        if dialog.exec():
            self._save(lambda: add_visit(self.context.db, dialog.result_input()))

    def edit(self) -> None:
        chosen = self.selected()
        if len(chosen) != 1 or self.year is None:
            return
        line = chosen[0]
        dialog = PlannedVisitDialog(
            line.data.school_id, self._teachers(), self.year.months, line.data, self
        )
        if dialog.exec():
            self._update(line.id, dialog.result_input(), line.row_version)

    def _update(self, entry_id: int, data: PlannedVisitInput, version: int) -> None:
        """Save the visit; when someone saved it meanwhile, both versions are shown: reload
        theirs (the plan refreshed) or save mine over theirs."""
        try:
            update_visit(self.context.db, entry_id, data, expected_version=version)
        except EditConflict as conflict:
            theirs: SavedVisit = conflict.theirs
            choice = ConflictDialog(
                self.tr("Someone else saved this planned visit"),
                visit_differences(data, theirs.data, {t.id: t.name for t in self._teachers()}),
                conflict.saved_at,
                self,
            ).ask()
            if choice == Choice.KEEP_MINE:
                self._update(entry_id, data, theirs.row_version)
            elif choice == Choice.RELOAD:
                self._changed()
            return
        except UserError as problem:
            prompts.show_user_error(self, self.tr("Visit plan"), problem)
            return
        self._changed()

    def _save(self, action) -> None:  # type: ignore[no-untyped-def]
        try:
            action()
        except UserError as problem:
            prompts.show_user_error(self, self.tr("Visit plan"), problem)
            return
        self._changed()

    def delete(self) -> None:
        chosen = self.selected()
        if chosen and prompts.question(
            self,
            self.tr("Delete planned visits"),
            self.tr("Delete {count} planned visits from the plan?").format(count=len(chosen)),
        ):
            self._delete({line.id: line.row_version for line in chosen}, chosen)

    def _delete(self, versions: dict[int, int], chosen: list[PlanLine]) -> None:
        """Delete the visits as they were read; when someone changed some of them meanwhile,
        what they saved is shown: reload (nothing deleted) or delete them all the same."""
        try:
            delete_visits(self.context.db, versions)
        except EditConflict as conflict:
            theirs: dict[int, SavedVisit] = conflict.theirs
            choice = ConflictDialog(
                self.tr("Someone else changed these planned visits"),
                deleted_visit_differences(
                    {line.id: line.data for line in chosen}, theirs,
                    {t.id: t.name for t in self._teachers()},
                ),
                conflict.saved_at,
                self,
            ).ask()  # fmt: skip
            if choice == Choice.KEEP_MINE:
                saved = {entry_id: visit.row_version for entry_id, visit in theirs.items()}
                self._delete({**versions, **saved}, chosen)
            elif choice == Choice.RELOAD:
                self._changed()
            return
        except UserError as problem:
            prompts.show_user_error(self, self.tr("Visit plan"), problem)
            return
        self._changed()

    def generate(self) -> None:
        if self.context.school_id is None or self.year is None:
            return
        today = date.today()
        month = divmod(self.month_box.currentData() or today.year * 100 + today.month, 100)
        term = next((t.number for t in self.year.terms if month in t.months), 1)
        dialog = GeneratePlanDialog(self.context, self.year, term, self, today=today)
        if dialog.exec() and dialog.proposals:
            school_id = self.context.school_id
            self._save(lambda: add_proposals(self.context.db, school_id, dialog.proposals))
            show = getattr(self.window(), "show_message", None)
            if show is not None:
                show(
                    self.tr("{count} visits added to the plan.").format(count=len(dialog.proposals))
                )

    def observe(self) -> None:
        chosen = self.selected()
        if len(chosen) != 1 or self.context.school_id is None:
            return
        data = chosen[0].data
        checklists = checklists_for_form(self.context.db, self.context.school_id)
        today = date.today()
        # The planned day; else today when it falls in the planned month; else the month's
        # first day (the observer corrects it): a visit counts only within its month.
        in_month = (today.year, today.month) == (data.year, data.month)
        day = data.planned_on or (today if in_month else date(data.year, data.month, 1))
        self.observe_requested.emit(
            ObservationInput(
                school_id=data.school_id,
                teacher_id=data.teacher_id,
                template_id=checklists[0].id if checklists else 0,
                observed_on=day,
                observer=data.observer or self.context.preferences.user_name,
                purpose=data.purpose,
            )
        )

    def _on_double_click(self) -> None:
        chosen = self.selected()
        if len(chosen) == 1 and chosen[0].observation_id is not None:
            self.open_requested.emit(chosen[0].observation_id)
        else:
            self.edit()

    def export_xlsx(self) -> None:
        export_plan(self, self.context, self.visible_lines(), self.period_title(), pdf=False)

    def print_on_paper(self) -> None:
        """Print… (Ctrl+P): the plan as shown, on a printer."""
        self.export_pdf(paper=True)

    def export_pdf(self, *, paper: bool = False) -> None:
        export_plan(
            self, self.context, self.visible_lines(), self.period_title(), pdf=True, paper=paper
        )
