"""The Teachers tab: the staff list, the activities, the team analysis and teacher profiles.

The staff list shows one quarter, chosen above it (default: the latest with results): quality
of knowledge in that quarter, observations, last course and flags as of its last day. The choice
is kept per database and school while the app runs, so a language or school switch (which
rebuilds the window) does not lose it.
"""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from eduqa_desktop.domain.vocabulary import Category
from eduqa_desktop.services.attention import school_attention
from eduqa_desktop.services.calibration import calibration_view
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.teachers import (
    StaffList,
    StaffRow,
    StaffTerm,
    StaffTerms,
    archive_teacher,
    get_teacher,
    list_departments,
    restore_teacher,
    staff_list,
    staff_terms,
)
from eduqa_desktop.ui import prompts
from eduqa_desktop.ui.app_signals import app_signals
from eduqa_desktop.ui.context import UiContext
from eduqa_desktop.ui.formatting import short_date
from eduqa_desktop.ui.look import icon
from eduqa_desktop.ui.pdf_rendering import html_to_pdf
from eduqa_desktop.ui.printing import print_html
from eduqa_desktop.ui.teachers.activities_view import ActivitiesView
from eduqa_desktop.ui.teachers.activity_dialog import ActivityDialog
from eduqa_desktop.ui.teachers.attention_view import AttentionView
from eduqa_desktop.ui.teachers.labels import category_name, period_name
from eduqa_desktop.ui.teachers.profile_dialog import ListedFlags, TeacherProfileDialog
from eduqa_desktop.ui.teachers.rows_model import make_table
from eduqa_desktop.ui.teachers.staff_model import (
    AVERAGE_SCORE,
    CATEGORY,
    DEPARTMENT,
    EXPERIENCE,
    FLAGS,
    NAME,
    OBSERVATIONS,
    PD,
    QUALITY,
    SUBJECTS,
    StaffFilter,
    StaffModel,
)
from eduqa_desktop.ui.teachers.teacher_dialog import TeacherDialog
from eduqa_desktop.ui.teachers.team_view import TeamView
from eduqa_desktop.ui.teachers.term_choice import StaffTermChoice

HEADER_STATE_KEY = "teachers/staff_header"
# Widths that fit 1366 pixels, the subjects taking the rest (wider where a header needs it).
COLUMN_WIDTHS = {
    NAME: 240,
    DEPARTMENT: 160,
    CATEGORY: 90,
    EXPERIENCE: 90,
    OBSERVATIONS: 90,
    AVERAGE_SCORE: 80,
    QUALITY: 90,
    PD: 90,
    FLAGS: 60,
}
STAFF, ACTIVITIES, TEAM, ATTENTION = range(4)
# The quarter the user chose, by (database, school id), while the app runs.
_chosen_terms: dict[tuple[str, int], tuple[str, int]] = {}


class TeachersTab(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.profile_dialog: TeacherProfileDialog | None = None
        self.dialog: QWidget | None = None  # the add/edit dialog that is open, if any
        self.terms = StaffTerms((), None)
        self.staff: StaffList | None = None
        self.stale: set[int] = {ACTIVITIES, TEAM, ATTENTION}  # pages to reload when shown

        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.pages.addTab(self._staff_page(), icon("teachers"), self.tr("Staff"))
        # The other pages are built when first shown: nothing of theirs is read at start-up.
        self._activities_view: ActivitiesView | None = None
        self._team_view: TeamView | None = None
        self.activities_page = QWidget()
        self.team_page = QWidget()
        for page in (self.activities_page, self.team_page):
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
        self.pages.addTab(self.activities_page, icon("plan"), self.tr("Activities"))
        self.pages.addTab(self.team_page, icon("chart"), self.tr("Team analysis"))
        self.attention_page = QWidget()
        QVBoxLayout(self.attention_page).setContentsMargins(0, 0, 0, 0)
        self._attention_view: AttentionView | None = None
        self.pages.addTab(self.attention_page, icon("search"), self.tr("Needs attention"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.pages)
        self.pages.currentChanged.connect(self._on_page)
        app_signals().data_changed.connect(self._on_data_changed)
        self.refresh()
        self._restore_header()

    @property
    def activities_view(self) -> ActivitiesView:
        if self._activities_view is None:
            self._activities_view = ActivitiesView(self.context)
            self.activities_page.layout().addWidget(self._activities_view)
        return self._activities_view

    @property
    def team_view(self) -> TeamView:
        if self._team_view is None:
            self._team_view = TeamView(self.context)
            self.team_page.layout().addWidget(self._team_view)
        return self._team_view

    @property
    def attention_view(self) -> AttentionView:
        if self._attention_view is None:
            self._attention_view = AttentionView(self.context)
            self._attention_view.teacher_chosen.connect(self.open_teacher_profile)
            self.attention_page.layout().addWidget(self._attention_view)
        return self._attention_view

    def _load_attention(self) -> None:
        """The attention list of the quarter the staff list shows."""
        school_id, chosen = self.context.school_id, self.term_choice.chosen()
        self.attention_view.show_list(
            None
            if school_id is None
            else school_attention(
                self.context.db,
                school_id,
                year=chosen.year if chosen else None,
                term=chosen.number if chosen else None,
            )
        )
        self.attention_view.show_observers(
            None
            if school_id is None
            else calibration_view(
                self.context.db, school_id=school_id, year=chosen.year if chosen else None
            ).report
        )

    # --- the staff page ------------------------------------------------------------------------

    def _staff_page(self) -> QWidget:
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search teacher, subject…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search_edit.setAccessibleName(self.tr("Search"))
        self.department_box = QComboBox()
        self.department_box.setAccessibleName(self.tr("Department"))
        self.department_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.department_box.setMinimumContentsLength(14)
        self.category_box = QComboBox()
        self.category_box.setAccessibleName(self.tr("Category"))
        self.category_box.addItem(self.tr("All categories"), None)
        for category in Category:
            self.category_box.addItem(category_name(category), category.value)
        self.flagged_box = QCheckBox(self.tr("On the attention list"))
        self.archived_box = QCheckBox(self.tr("Show archived"))
        self.clear_button = QPushButton(self.tr("Clear"))
        self.count_label = QLabel()
        self.count_label.setProperty("role", "hint")
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 3)
        filters.addWidget(self.department_box, 2)
        filters.addWidget(self.category_box, 1)
        filters.addWidget(self.flagged_box)
        filters.addWidget(self.archived_box)
        filters.addWidget(self.clear_button)
        filters.addWidget(self.count_label)

        self.add_button = QPushButton(icon("add"), self.tr("Add teacher…"))
        self.add_button.setProperty("primary", True)
        self.edit_button = QPushButton(icon("edit"), self.tr("Edit…"))
        self.archive_button = QPushButton(self.tr("Archive…"))
        self.activity_button = QPushButton(icon("plan"), self.tr("Add activity…"))
        self.profile_button = QPushButton(icon("teachers"), self.tr("Open profile"))
        actions = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.archive_button):
            actions.addWidget(button)
        actions.addSpacing(16)
        actions.addWidget(self.activity_button)
        actions.addWidget(self.profile_button)
        actions.addStretch(1)
        self.term_choice = StaffTermChoice()
        actions.addWidget(self.term_choice)
        # Why a column is empty: no results in the quarter (with the ways out), no quarters.
        self.term_note = QLabel()
        self.term_note.setProperty("role", "hint")
        self.term_note.setWordWrap(True)
        self.term_note.setTextFormat(Qt.TextFormat.RichText)
        self.term_note.hide()

        self.model = StaffModel(self)
        self.table = make_table(self.model, self, stretch=SUBJECTS)
        header = self.table.horizontalHeader()
        for column, width in COLUMN_WIDTHS.items():  # never narrower than the header's words
            self.table.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
        self.proxy = StaffFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table.setModel(self.proxy)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.empty = QWidget()
        self.empty_label = QLabel()
        self.empty_label.setProperty("role", "empty-state")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_add = QPushButton(icon("add"), self.tr("Add a teacher…"))
        self.empty_add.setProperty("primary", True)
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addWidget(self.empty_add, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.term_note)
        layout.addWidget(self.stack, 1)

        self.search_edit.textChanged.connect(lambda text: self._filter(query=text))
        self.department_box.currentIndexChanged.connect(
            lambda _i: self._filter(department_id=self.department_box.currentData())
        )
        self.category_box.currentIndexChanged.connect(
            lambda _i: self._filter(category=self.category_box.currentData())
        )
        self.flagged_box.toggled.connect(lambda on: self._filter(flagged_only=on))
        self.archived_box.toggled.connect(lambda on: self._filter(show_archived=on))
        self.clear_button.clicked.connect(self.clear_filters)
        self.term_choice.changed.connect(self._on_term_chosen)
        self.term_note.linkActivated.connect(self._on_note_link)
        self.add_button.clicked.connect(self.add_teacher)
        self.empty_add.clicked.connect(self.add_teacher)
        self.edit_button.clicked.connect(self.edit_teacher)
        self.archive_button.clicked.connect(self.archive_or_restore)
        self.activity_button.clicked.connect(self.add_activity)
        self.profile_button.clicked.connect(self.open_profile)
        self.table.doubleClicked.connect(lambda _i: self.open_profile())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        header.sectionResized.connect(lambda *_a: self._save_header())
        header.sortIndicatorChanged.connect(lambda *_a: self._save_header())
        return page

    def _restore_header(self) -> None:
        state = QSettings().value(HEADER_STATE_KEY)
        if state is not None:
            self.table.horizontalHeader().restoreState(state)

    def _save_header(self) -> None:
        if self.model.records:
            QSettings().setValue(HEADER_STATE_KEY, self.table.horizontalHeader().saveState())

    def _fill_departments(self) -> None:
        chosen = self.department_box.currentData()
        self.department_box.blockSignals(True)
        self.department_box.clear()
        self.department_box.addItem(self.tr("All departments"), None)
        for department in list_departments(self.context.db, self.context.school_id or 0):
            self.department_box.addItem(department.name, department.id)
        self.department_box.addItem(self.tr("No department"), 0)
        index = self.department_box.findData(chosen) if chosen is not None else 0
        self.department_box.setCurrentIndex(max(0, index))
        self.department_box.blockSignals(False)
        self.proxy.set_filter(department_id=self.department_box.currentData())

    def _filter(self, **values: object) -> None:
        self.proxy.set_filter(**values)
        self._show_count()

    def _show_count(self) -> None:
        shown, total = self.proxy.rowCount(), sum(1 for r in self.model.records if r.active)
        self.count_label.setText(
            self.tr("{shown} of {total} teachers").format(shown=shown, total=total)
        )
        if self.model.records:
            self.stack.setCurrentWidget(self.table if shown else self.empty)
            self.empty_label.setText(
                self.tr("No teacher fits these filters — change them or press Clear.")
            )
            self.empty_add.hide()
        else:
            self.stack.setCurrentWidget(self.empty)
            self.empty_label.setText(
                self.tr(
                    "No teachers yet — add them one by one, or import a staff list from Excel "
                    "(File ▸ Import)."
                )
                if self.context.school_id is not None
                else self.tr("No school in this database yet — set one up first.")
            )
            self.empty_add.setVisible(self.context.school_id is not None)
        self._update_buttons()

    def clear_filters(self) -> None:
        for widget in (self.search_edit, self.department_box, self.category_box):
            widget.blockSignals(True)
        self.search_edit.clear()
        self.department_box.setCurrentIndex(0)
        self.category_box.setCurrentIndex(0)
        for widget in (self.search_edit, self.department_box, self.category_box):
            widget.blockSignals(False)
        self.flagged_box.setChecked(False)
        self.archived_box.setChecked(False)
        self._filter(query="", department_id=None, category=None)

    def selected_row(self) -> StaffRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        row = self.selected_row()
        for button in (self.edit_button, self.archive_button, self.profile_button):
            button.setEnabled(row is not None)
        self.archive_button.setText(
            self.tr("Restore") if row is not None and not row.active else self.tr("Archive…")
        )
        has_school = self.context.school_id is not None
        self.add_button.setEnabled(has_school)
        self.activity_button.setEnabled(has_school and bool(self.model.records))

    # --- refreshing -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the quarters and the staff list (and the other pages when they are shown)."""
        school_id = self.context.school_id
        self.terms = (
            staff_terms(self.context.db, school_id)
            if school_id is not None
            else StaffTerms((), None)
        )
        remembered = _chosen_terms.get(self._memory_key())
        chosen = (remembered and self.terms.find(*remembered)) or self.terms.default
        self.term_choice.set_terms(self.terms, chosen)
        self.term_choice.setVisible(school_id is not None)
        self._load_staff()
        self._fill_departments()
        self._show_count()
        self.stale = {ACTIVITIES, TEAM, ATTENTION}
        self._on_page(self.pages.currentIndex())

    def _memory_key(self) -> tuple[str, int]:
        return (self.context.db.url, self.context.school_id or 0)

    def _load_staff(self) -> None:
        """The staff list of the chosen quarter, and what its columns mean."""
        school_id = self.context.school_id
        chosen = self.term_choice.chosen()
        self.staff = (
            None
            if school_id is None
            else staff_list(
                self.context.db,
                school_id,
                year=chosen.year if chosen else None,
                term=chosen.number if chosen else None,
            )
        )
        self.model.set_staff(self.staff)
        scope = self.staff.scope if self.staff else None
        term = scope.term if scope else None
        self.term_choice.show_as_of(scope.as_of if scope and term else None, self.term_explained())
        self._show_term_note()

    def term_explained(self) -> str:
        """Which columns follow the chosen quarter, and how (the choice's tooltip, the PDF)."""
        scope = self.staff.scope if self.staff else None
        if scope is None or scope.term is None:
            return ""
        return self.tr(
            "Quality of knowledge: the results of this quarter. Lessons observed and average "
            "score: this academic year up to {date}. Last course and flags: as of {date}."
        ).format(date=short_date(scope.as_of))

    def _show_term_note(self) -> None:
        staff = self.staff
        if staff is None or not staff.rows:  # the empty state speaks
            self.term_note.hide()
            return
        term = staff.scope.term
        if term is None:
            text = html.escape(
                self.tr("No quarters in this database yet — the numbers stay empty (—).")
            )
        elif staff.has_results:
            self.term_note.hide()
            return
        else:
            text = html.escape(
                self.tr("{period}: no results yet — quality of knowledge shows “—”.").format(
                    period=period_name(term.year, term.number)
                )
            )
            links = []
            latest = self._latest_with_results()
            if latest is not None:
                period = period_name(latest.year, latest.number)
                links.append(("latest", self.tr("Show {period}").format(period=period)))
            links.append(("results", self.tr("Enter results")))
            text += " " + " · ".join(
                f'<a href="{href}">{html.escape(words)}</a>' for href, words in links
            )
        self.term_note.setText(text)
        self.term_note.show()

    def _latest_with_results(self) -> StaffTerm | None:
        with_results = [t for t in self.terms.terms if t.has_results]
        return with_results[-1] if with_results else None

    def _on_note_link(self, link: str) -> None:
        latest = self._latest_with_results()
        if link == "latest" and latest is not None:
            self.term_choice.choose(latest.year, latest.number)
        elif link == "results" and hasattr(self.window(), "show_tab"):
            self.window().show_tab("results")

    def _on_term_chosen(self, chosen: tuple[str, int]) -> None:
        _chosen_terms[self._memory_key()] = chosen
        self._load_staff()
        self._show_count()
        self.stale.add(ATTENTION)
        self._on_page(self.pages.currentIndex())

    def _on_page(self, index: int) -> None:
        if index in self.stale:
            self.stale.discard(index)
            if index == ACTIVITIES:
                self.activities_view.reload_choices()
            elif index == TEAM:
                self.team_view.refresh()
            elif index == ATTENTION:
                self._load_attention()

    def _on_data_changed(self, what: str) -> None:
        if what in ("teachers", "activities", "observations", "results", "settings", "database"):
            self.refresh()

    # --- actions --------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.pages.setCurrentIndex(STAFF)
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def _open(self, dialog: QWidget) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()  # type: ignore[attr-defined]

    def add_teacher(self) -> None:
        if self.context.school_id is not None:
            self._open(TeacherDialog(self.context, parent=self))

    def edit_teacher(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        try:
            detail = get_teacher(self.context.db, row.id)
        except UserError as problem:
            prompts.show_user_error(self, self.tr("Edit teacher"), problem)
            return
        self._open(TeacherDialog(self.context, detail, self))

    def archive_or_restore(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        if not row.active:
            restore_teacher(self.context.db, row.id)
        elif prompts.question(
            self,
            self.tr("Archive teacher"),
            self.tr(
                "Archive {name}? The teacher leaves the staff list; observations, results and "
                "activities stay."
            ).format(name=row.full_name),
        ):
            archive_teacher(self.context.db, row.id, left_on=date.today())
        else:
            return
        app_signals().data_changed.emit("teachers")

    def add_activity(self) -> None:
        row = self.selected_row()
        teacher_id = row.id if row is not None and row.active else None
        self._open(ActivityDialog(self.context, teacher_id=teacher_id, parent=self))

    def open_profile(self) -> TeacherProfileDialog | None:
        row = self.selected_row()
        if row is None:
            return None
        return self.open_teacher_profile(row.id)

    def open_teacher_profile(self, teacher_id: int) -> TeacherProfileDialog:
        if self.profile_dialog is not None:
            self.profile_dialog.close()
        # The profile is the teacher today (what is added from it shows in it), whatever
        # quarter the list shows; its header says the day.
        # ... and when the list shows another day, the profile says what the list counts.
        row = next((r for r in self.staff.rows if r.id == teacher_id), None) if self.staff else None
        listed = ListedFlags(self.staff.scope.as_of, row.signals) if row and self.staff else None
        dialog = TeacherProfileDialog(self.context, teacher_id, self, listed=listed)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _o=None: self._forget_profile(dialog))
        self.profile_dialog = dialog
        dialog.show()
        return dialog

    def _forget_profile(self, dialog: TeacherProfileDialog) -> None:
        if self.profile_dialog is dialog:
            self.profile_dialog = None

    def print_current(self) -> Path | None:
        """Ctrl+P: the open profile as a PDF, otherwise the staff list as shown."""
        if self.profile_dialog is not None and self.profile_dialog.isVisible():
            return self.profile_dialog.export_pdf()
        return self.export_staff_pdf()

    def print_on_paper(self) -> bool:
        """Print… (Ctrl+P): the open profile, otherwise the staff list as shown, on a printer."""
        if self.profile_dialog is not None and self.profile_dialog.isVisible():
            return self.profile_dialog.print_on_paper()
        if not self.proxy.rowCount():
            return False
        return print_html(self, self.staff_html(), title=self.tr("Teachers"), landscape=True)

    def export_staff_pdf(self, path: str | None = None) -> Path | None:
        if not self.proxy.rowCount():
            return None
        path = path or prompts.save_file(
            self, self.tr("Print the staff list"), "teachers.pdf", self.tr("PDF (*.pdf)")
        )
        if not path:
            return None
        written = html_to_pdf(self.staff_html(), path, title=self.tr("Teachers"), landscape=True)
        window = self.window()
        if hasattr(window, "show_message"):
            window.show_message(self.tr("Saved to {path}").format(path=written))
        return written

    def staff_html(self) -> str:
        """The staff list as shown (filters and order) as an HTML table."""
        columns = range(self.proxy.columnCount())
        head = "".join(
            f'<th bgcolor="#eef1f5" align="left">'
            f"{html.escape(str(self.proxy.headerData(c, Qt.Orientation.Horizontal)))}</th>"
            for c in columns
        )
        body = ""
        for row in range(self.proxy.rowCount()):
            cells = ""
            for column in columns:
                index = self.proxy.index(row, column)
                align = index.data(Qt.ItemDataRole.TextAlignmentRole)
                side = (
                    "right" if align and int(align) & int(Qt.AlignmentFlag.AlignRight) else "left"
                )
                cells += f'<td align="{side}">{html.escape(str(index.data() or ""))}</td>'
            body += f"<tr>{cells}</tr>"
        school = self.context.school.name if self.context.school else ""
        title = self.tr("Teachers — {school}, {date}").format(
            school=school, date=short_date(date.today())
        )
        term = self.staff.scope.term if self.staff else None
        period = (
            f'<h3 style="color: #1f4e79;">{html.escape(period_name(term.year, term.number))}</h3>'
            f'<p style="color: #5a6470;">{html.escape(self.term_explained())}</p>'
            if term is not None
            else ""
        )
        return (
            f'<h2 style="color: #1f4e79;">{html.escape(title)}</h2>{period}'
            f'<table width="100%" border="1" cellspacing="0" cellpadding="3">'
            f"<tr>{head}</tr>{body}</table>"
        )
