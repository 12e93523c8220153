"""The Results tab: enter or paste a term's results, and see the indicators they give.

Top: the term, a search, and the grid of class × subject rows with their indicators computed
as one types; a row that cannot be saved is marked and its reason written below the grid,
and *Save* stays disabled until every row is right. Bottom: the saved results of the term
by class, grade, subject, teacher and the school, with the change from the previous term.

Unsaved rows are kept per database, school and term while the application runs (a language
or school change rebuilds the window; switching terms leaves them too) and come back when
the term is shown again — nothing typed is lost before it is saved or discarded.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from eduqa_desktop.domain.names import search_key
from eduqa_desktop.exchange.results_report import (
    NumberFormat,
    ReportSection,
    ReportWords,
    indicator_report_html,
)
from eduqa_desktop.services.conflicts import EditConflict
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.indicators import GroupBy, indicator_table, previous_term
from eduqa_desktop.services.results import (
    ResultLine,
    ResultRowError,
    TermChoice,
    default_term_id,
    reference_lists,
    result_lines,
    save_results,
    term_choices,
)
from eduqa_desktop.services.thresholds import load_thresholds
from eduqa_desktop.ui import prompts
from eduqa_desktop.ui.app_signals import app_signals
from eduqa_desktop.ui.context import UiContext
from eduqa_desktop.ui.dialogs.conflict_dialog import Choice, ConflictDialog
from eduqa_desktop.ui.formatting import average, percent
from eduqa_desktop.ui.look import icon
from eduqa_desktop.ui.results.indicators_panel import LEVELS, IndicatorsPanel
from eduqa_desktop.ui.results.result_conflict import result_differences
from eduqa_desktop.ui.results.result_texts import (
    problem_text,
    row_error_text,
    signed_change,
    term_label,
)
from eduqa_desktop.ui.results.results_grid_model import COLUMN, ResultsGridModel
from eduqa_desktop.ui.results.results_grid_view import ResultsGridView

MAX_PROBLEMS_SHOWN = 3

# Unsaved grids: (database, school, term) → ResultsGridModel.snapshot().
_DRAFTS: dict[tuple[str, int, int], dict[str, Any]] = {}


class ResultsTab(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._terms: list[TermChoice] = []
        self._term_id: int | None = None

        self.grid = ResultsGridModel(self)
        self.view = ResultsGridView(self.grid)
        self.view.setAccessibleName(self.tr("Results of the term"))
        self._build_toolbar()
        self._build_empty_state()
        self.problem_label = QLabel()
        self.problem_label.setProperty("role", "problem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.note_label = QLabel()
        self.note_label.setProperty("role", "hint")
        self.note_label.setWordWrap(True)

        self.pages = QStackedWidget()
        self.pages.addWidget(self.view)
        self.pages.addWidget(self.empty_state)
        entry = QWidget()
        entry_layout = QVBoxLayout(entry)
        entry_layout.setContentsMargins(0, 0, 0, 0)
        entry_layout.setSpacing(4)
        entry_layout.addWidget(self.pages, 1)
        entry_layout.addWidget(self.problem_label)
        entry_layout.addWidget(self.note_label)

        self.indicators = IndicatorsPanel()
        self.print_button = QPushButton(icon("print"), self.tr("PDF…"))
        self.print_button.setToolTip(self.tr("Save the indicator tables as PDF (Ctrl+P)"))
        self.indicators.top.addWidget(self.print_button)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(entry)
        self.splitter.addWidget(self.indicators)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(self.toolbar)
        layout.addWidget(self.splitter, 1)

        self.term_combo.currentIndexChanged.connect(self._on_term_chosen)
        self.search.textChanged.connect(self._apply_search)
        self.add_button.clicked.connect(self._on_add_row)
        self.delete_button.clicked.connect(self._on_delete_rows)
        self.paste_button.clicked.connect(self._on_paste)
        self.discard_button.clicked.connect(self._on_discard)
        self.save_button.clicked.connect(self._on_save)
        self.print_button.clicked.connect(self.print_current)
        self.enter_button.clicked.connect(self._on_add_row)
        self.import_button.clicked.connect(self._on_import)
        self.view.paste_requested.connect(self._on_paste)
        # Ctrl+V anywhere in the tab but a text field (the empty state too) pastes into the grid.
        self.paste_shortcut = QShortcut(QKeySequence.StandardKey.Paste, self)
        self.paste_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.paste_shortcut.activated.connect(self._on_paste)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.grid.state_changed.connect(self._on_grid_changed)
        self.grid.rowsInserted.connect(lambda *_: self._apply_search())
        app_signals().data_changed.connect(self._on_data_changed)
        self.refresh()

    # --- building ---------------------------------------------------------------------------

    def _button(self, text: str, icon_name: str, tip: str) -> QPushButton:
        button = QPushButton(icon(icon_name), text)
        button.setToolTip(tip)
        return button

    def _build_toolbar(self) -> None:
        self.term_label = QLabel(self.tr("Term:"))
        self.term_combo = QComboBox()
        self.term_combo.setMinimumContentsLength(18)
        self.term_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.term_combo.setAccessibleName(self.tr("Term"))
        self.term_label.setBuddy(self.term_combo)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search class, subject, teacher…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setMinimumWidth(200)
        self.add_button = self._button(
            self.tr("Add row"), "add", self.tr("Add a row for a class and subject")
        )
        self.delete_button = self._button(
            self.tr("Delete"), "delete", self.tr("Delete the selected rows (when you save)")
        )
        self.paste_button = self._button(
            self.tr("Paste"),
            "import",
            self.tr("Paste cells copied from Excel from the current cell on (Ctrl+V)"),
        )
        self.discard_button = QPushButton(self.tr("Discard changes"))
        self.discard_button.setToolTip(self.tr("Forget the changes not saved yet"))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setProperty("primary", True)
        self.save_button.setShortcut("Ctrl+S")
        toolbar = QHBoxLayout()
        toolbar.addWidget(self.term_label)
        toolbar.addWidget(self.term_combo)
        toolbar.addWidget(self.search, 1)
        toolbar.addSpacing(8)
        for button in (
            self.add_button,
            self.delete_button,
            self.paste_button,
            self.discard_button,
            self.save_button,
        ):
            toolbar.addWidget(button)
        self.toolbar = toolbar

    def _build_empty_state(self) -> None:
        self.empty_state = QWidget()
        self.empty_label = QLabel()
        self.empty_label.setProperty("role", "empty-state")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.enter_button = QPushButton(self.tr("Enter results"))
        self.enter_button.setProperty("primary", True)
        self.import_button = QPushButton(icon("import"), self.tr("Import from Excel"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.enter_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self.empty_state)
        layout.addStretch(1)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)
        layout.addStretch(1)

    # --- loading -----------------------------------------------------------------------------

    def _draft_key(self) -> tuple[str, int, int] | None:
        if self.context.school_id is None or self._term_id is None:
            return None
        return (self.context.db.url, self.context.school_id, self._term_id)

    def current_term(self) -> TermChoice | None:
        return next((t for t in self._terms if t.id == self._term_id), None)

    def refresh(self) -> None:
        """Terms, names and indicators again; the grid too unless it holds unsaved changes."""
        school_id = self.context.school_id
        if school_id is None:
            self._terms, self._term_id = [], None
            self.term_combo.clear()
            self.grid.load([], reference_lists(self.context.db, -1))
            self.indicators.clear(self.tr("No school in this database yet."))
            self._update_buttons()
            return
        self._fill_terms(term_choices(self.context.db, school_id))
        self._load_grid(keep_unsaved=True)
        self._load_indicators()

    def _fill_terms(self, terms: list[TermChoice]) -> None:
        self._terms = terms
        wanted = self._term_id if any(t.id == self._term_id for t in terms) else None
        if wanted is None:
            wanted = default_term_id(terms)
        self.term_combo.blockSignals(True)
        self.term_combo.clear()
        for term in terms:
            self.term_combo.addItem(term_label(term.year, term.number), term.id)
        self.term_combo.setCurrentIndex(max(0, self.term_combo.findData(wanted)))
        self.term_combo.blockSignals(False)
        self._term_id = wanted

    def _load_grid(self, *, keep_unsaved: bool) -> None:
        school_id = self.context.school_id
        assert school_id is not None
        refs = reference_lists(self.context.db, school_id, self.context.language)
        weights = load_thresholds(self.context.db).sou_weights
        key = self._draft_key()
        self.note_label.clear()
        if keep_unsaved and self.grid.is_dirty() and key is not None and key in _DRAFTS:
            self.grid.restore(self.grid.snapshot(), refs, weights)  # names again
        elif key is not None and key in _DRAFTS:
            self.grid.restore(_DRAFTS[key], refs, weights)
            self.note_label.setText(
                self.tr("Your unsaved changes to this term were kept: save or discard them.")
            )
        else:
            lines = (
                []
                if self._term_id is None
                else result_lines(
                    self.context.db,
                    school_id=school_id,
                    term_id=self._term_id,
                    language=self.context.language,
                )
            )
            self.grid.load(lines, refs, weights)
        self._apply_search()

    def _load_indicators(self) -> None:
        term = self.current_term()
        school_id = self.context.school_id
        if term is None or school_id is None:
            self.indicators.clear(self.tr("No terms in this database yet."))
            return
        tables = {
            level: indicator_table(
                self.context.db,
                school_id=school_id,
                year=term.year,
                term=term.number,
                by=level,
                language=self.context.language,
            )
            for level in LEVELS
        }
        before = previous_term(self.context.db, term.id)
        self.indicators.set_tables(
            tables,
            term_label(term.year, term.number),
            None if before is None else term_label(before.year, before.number),
            unsaved=self.grid.is_dirty(),
        )

    # --- state ----------------------------------------------------------------------------------

    def _on_grid_changed(self) -> None:
        key = self._draft_key()
        if key is not None:
            if self.grid.is_dirty():
                _DRAFTS[key] = self.grid.snapshot()
            else:
                _DRAFTS.pop(key, None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_school = self.context.school_id is not None and self._term_id is not None
        dirty = self.grid.is_dirty()
        problems = self.grid.problems()
        self.pages.setCurrentWidget(
            self.empty_state if self.grid.is_empty() and not dirty else self.view
        )
        self.empty_label.setText(
            self.tr("No results for this term — Enter results or Import from Excel")
            if has_school
            else self.tr("No school in this database yet.")
        )
        self.enter_button.setVisible(has_school)
        self.import_button.setVisible(has_school)
        for widget in (self.add_button, self.paste_button, self.search, self.term_combo):
            widget.setEnabled(has_school)
        self.delete_button.setEnabled(has_school and bool(self.view.selectedIndexes()))
        self.discard_button.setEnabled(dirty)
        self.save_button.setEnabled(self.grid.can_save())
        if problems:
            rows = len(self.grid.problem_rows())
            lines = [self.tr("⚠ Rows that cannot be saved yet: {count}").format(count=rows)]
            lines += [problem_text(p, row) for row, p in problems[:MAX_PROBLEMS_SHOWN]]
            if len(problems) > MAX_PROBLEMS_SHOWN:
                lines.append(
                    self.tr("…and {count} more (point at a row number to read them).").format(
                        count=len(problems) - MAX_PROBLEMS_SHOWN
                    )
                )
            self.problem_label.setText("\n".join(lines))
            self.save_button.setToolTip(self.tr("Correct the rows marked ⚠ first"))
        else:
            self.problem_label.clear()
            self.save_button.setToolTip(self.tr("Save the changed rows (Ctrl+S)"))
        self.problem_label.setVisible(bool(problems))

    def _apply_search(self, *_args: object) -> None:
        key = search_key(self.search.text())
        for row in range(self.grid.rowCount()):
            hidden = False
            if key:
                texts = (
                    self.grid.index(row, COLUMN[name]).data()
                    for name in ("class_name", "subject", "teacher")
                )
                hidden = not any(key in search_key(str(text or "")) for text in texts)
            self.view.setRowHidden(row, hidden)
        self.indicators.set_filter(self.search.text())

    def _show_message(self, text: str) -> None:
        show = getattr(self.window(), "show_message", None)
        if show is not None:
            show(text)

    def _import_action(self) -> Any:
        return getattr(self.window(), "import_action", None)

    # --- actions ----------------------------------------------------------------------------

    def _on_term_chosen(self, index: int) -> None:
        term_id = self.term_combo.itemData(index)
        if term_id is None or term_id == self._term_id:
            return
        self._term_id = int(term_id)
        self._load_grid(keep_unsaved=False)
        self._load_indicators()
        self._update_buttons()

    def _on_data_changed(self, _what: str) -> None:
        self.refresh()

    def _on_add_row(self) -> None:
        self.search.clear()
        row = self.grid.add_row()
        self._update_buttons()
        index = self.grid.index(row, COLUMN["class_name"])
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        self.view.setFocus()

    def _on_delete_rows(self) -> None:
        rows = {index.row() for index in self.view.selectedIndexes()}
        if rows:
            self.grid.remove_rows(rows)

    def _on_paste(self) -> None:
        text = QApplication.clipboard().text()
        if not text.strip() or self.context.school_id is None:
            return
        self.search.clear()
        current = self.view.currentIndex()
        row = current.row() if current.isValid() else self.grid.rowCount()
        column = current.column() if current.isValid() else 0
        outcome = self.grid.paste(text, row, column)
        message = self.tr("Pasted: {changed} rows changed, {added} rows added.").format(
            changed=outcome.rows_changed, added=outcome.rows_added
        )
        if outcome.problems:
            message += " " + self.tr("Cells beyond the last column were left out.")
        self.note_label.setText(message)
        self._show_message(message)

    def _on_discard(self) -> None:
        if not prompts.question(
            self,
            self.tr("Discard changes"),
            self.tr("Forget the changes to this term that are not saved?"),
        ):
            return
        key = self._draft_key()
        if key is not None:
            _DRAFTS.pop(key, None)
        self.grid.load([], self.grid.references)  # not dirty any more
        self._load_grid(keep_unsaved=False)
        self._load_indicators()

    def _on_save(self) -> None:
        school_id = self.context.school_id
        if school_id is None or self._term_id is None or not self.grid.can_save():
            return
        try:
            summary = save_results(
                self.context.db,
                school_id=school_id,
                term_id=self._term_id,
                rows=self.grid.inputs(),
                delete_ids=self.grid.deleted_ids(),
            )
        except EditConflict as conflict:
            self._lost_the_race(conflict)
            return
        except ResultRowError as error:
            self._select_problem(error.row, error.field)
            self.problem_label.setText(row_error_text(error))
            self.problem_label.setVisible(True)
            prompts.warning(self, self.tr("Results not saved"), row_error_text(error))
            return
        except UserError as error:
            prompts.show_user_error(self, self.tr("Results not saved"), error)
            return
        key = self._draft_key()
        if key is not None:
            _DRAFTS.pop(key, None)
        self.grid.load([], self.grid.references)  # saved: nothing unsaved to keep
        message = self.tr(
            "Saved: {created} new, {updated} changed, {deleted} deleted rows."
        ).format(created=summary.created, updated=summary.updated, deleted=summary.deleted)
        if summary.classes_created:
            message += " " + self.tr("New classes: {names}.").format(
                names=", ".join(summary.classes_created)
            )
        app_signals().data_changed.emit("results")  # refreshes this tab too
        self.note_label.setText(message)
        self._show_message(message)

    def _select_problem(self, row: int, field: str) -> None:
        if 1 <= row <= self.grid.rowCount():
            self.view.setCurrentIndex(self.grid.index(row - 1, COLUMN.get(field, 0)))

    def _on_import(self) -> None:
        action = self._import_action()
        if action is not None:
            action.trigger()
        else:
            prompts.information(
                self,
                self.tr("Import from Excel"),
                self.tr("Choose File ▸ Import… to import results from Excel."),
            )

    # --- what the main window asks of every tab -------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        return self.grid.is_dirty()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def print_current(self) -> None:
        """Ctrl+P: the term's indicator tables (every level) as a PDF."""
        term = self.current_term()
        tables = self.indicators.tables()
        if term is None or not any(tables.values()):
            prompts.information(
                self,
                self.tr("Nothing to print"),
                self.tr("There are no saved results in this term yet."),
            )
            return
        path = prompts.save_file(
            self,
            self.tr("Save the indicators as PDF"),
            f"indicators-{term.year}-q{term.number}.pdf",
            self.tr("PDF files (*.pdf)"),
        )
        if not path:
            return
        from eduqa_desktop.ui.pdf_rendering import html_to_pdf

        numbers = NumberFormat(
            percent=percent,
            average=average,
            change=lambda value, is_average: signed_change(value, average=is_average),
        )
        words = self._report_words(term)
        html = indicator_report_html(self._report_sections(tables), words, numbers)
        # landscape: eleven columns at 9 pt do not fit a portrait page without breaking words
        html_to_pdf(html, path, title=words.title, landscape=True)
        self._show_message(self.tr("Saved {path}").format(path=path))

    def _report_sections(self, tables: dict[GroupBy, list[Any]]) -> list[ReportSection]:
        model = self.indicators.model
        return [
            ReportSection(
                title=self.indicators.level_title(level),
                rows=tables.get(level, []),
                labels=[model.group_label(row, level) for row in tables.get(level, [])],
                group_header=model.group_header(level),
            )
            for level in LEVELS
        ]

    def _report_words(self, term: TermChoice) -> ReportWords:
        school = self.context.school.name if self.context.school else ""
        before = previous_term(self.context.db, term.id)
        subtitle = term_label(term.year, term.number)
        if before is not None:
            subtitle = self.tr("{term}, change from {previous}").format(
                term=subtitle, previous=term_label(before.year, before.number)
            )
        return ReportWords(
            title=self.tr("Pupils' results — {school}").format(school=school),
            subtitle=subtitle,
            group=self.tr("Group"),
            pupils=self.tr("Pupils"),
            graded=self.tr("Marks (N)"),
            pass_rate=self.tr("Pass rate"),
            quality=self.tr("Quality"),
            sou=self.tr("SOU"),
            average_grade=self.tr("Average"),
            change=self.tr("Change"),
            empty=self.tr("No results."),
            footnote=self.tr(
                "N: marks, one for each pupil in each subject, a mark or not attested. "
                "Pass rate (5+4+3)/N, quality (5+4)/N, SOU with Simonov's weights; "
                "totals from summed counts. Change in points.",
            ),
        )

    def _lost_the_race(self, conflict: EditConflict) -> None:
        """Someone saved some of these rows meanwhile: both versions shown; reload theirs
        (my unsaved input goes) or save mine over theirs."""
        theirs: list[ResultLine] = conflict.theirs
        choice = ConflictDialog(
            self.tr("Someone else saved these results"),
            result_differences(self.grid.inputs(), theirs, self.grid.deleted_ids()),
            conflict.saved_at,
            self,
        ).ask()
        if choice == Choice.RELOAD:
            key = self._draft_key()
            if key is not None:
                _DRAFTS.pop(key, None)
            self.grid.load([], self.grid.references)  # not dirty any more
            self._load_grid(keep_unsaved=False)
        elif choice == Choice.KEEP_MINE:
            self.grid.take_versions({line.id: line.row_version for line in theirs})
            self._on_save()
