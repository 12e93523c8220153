"""The school's profile: name and place, the quarter's key indicators, how parents, pupils,
teachers and employers see the school (per group and dimension, with the respondents), and
where its graduates went with the partner organisations — on screen, as PDF, on paper.

Opened from the Dashboard (School profile…) for the school it shows; the figures are loaded
on the thread pool.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from eduqa_desktop.services.school_profile import SchoolProfile, school_profile
from eduqa_desktop.ui import prompts
from eduqa_desktop.ui.context import UiContext
from eduqa_desktop.ui.dashboard.query_runner import QueryRunner
from eduqa_desktop.ui.formatting import short_date
from eduqa_desktop.ui.pdf_rendering import html_to_pdf
from eduqa_desktop.ui.printing import print_html
from eduqa_desktop.ui.schools import profile_texts as words
from eduqa_desktop.ui.voices.fitted_table import FittedTable

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _fill(table: FittedTable, grid: words.Grid) -> None:
    table.clear()
    table.setColumnCount(len(grid.columns))
    table.setRowCount(len(grid.rows))
    table.setHorizontalHeaderLabels(grid.columns)
    table.setVerticalHeaderLabels([label for label, _cells in grid.rows])
    for row, (_label, cells) in enumerate(grid.rows):
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setTextAlignment(RIGHT)
            table.setItem(row, column, item)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.fit()


class SchoolProfileDialog(QDialog):
    loaded = Signal()

    def __init__(
        self,
        context: UiContext,
        school_id: int,
        year: str | None = None,
        term: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.profile: SchoolProfile | None = None
        self.setWindowTitle(self.tr("School profile"))
        self.heading = QLabel(self.tr("Loading…"))
        self.heading.setProperty("role", "heading")
        self.heading.setWordWrap(True)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.subtitle.setProperty("role", "hint")
        self.indicators = FittedTable()
        self.voices = FittedTable()
        self.voices_note = QLabel()
        self.graduates = FittedTable()
        self.partners = QLabel()
        for label in (self.voices_note, self.partners):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.voices_empty = QLabel(
            self.tr("No survey yet — File ▸ Surveys: print a questionnaire, then import it.")
        )
        self.graduates_empty = QLabel(
            self.tr("No graduates entered yet — File ▸ Surveys ▸ Where the graduates went…")
        )
        for label in (self.voices_empty, self.graduates_empty):
            label.setProperty("role", "empty-state")
            label.setWordWrap(True)
        figures = self._box(self.tr("The quarter in figures"), self.indicators)
        self.voices_box = self._box(
            self.tr("How parents, pupils, teachers and employers see the school"),
            self.voices,
            self.voices_note,
            self.voices_empty,
        )
        top = QHBoxLayout()
        top.addWidget(figures, 2)
        top.addWidget(self.voices_box, 3)
        graduates_body = QWidget()
        row = QHBoxLayout(graduates_body)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.graduates, 3)
        row.addWidget(self.partners, 2)
        self.graduates_box = self._box(
            self.tr("Where the graduates went"), graduates_body, self.graduates_empty
        )
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.addWidget(self.heading)
        page_layout.addWidget(self.subtitle)
        page_layout.addLayout(top)
        page_layout.addWidget(self.graduates_box)
        page_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.pdf_button = buttons.addButton(
            self.tr("Save as PDF…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button = buttons.addButton(
            self.tr("Print…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.pdf_button.clicked.connect(lambda: self.export_pdf())
        self.print_button.clicked.connect(self.print_on_paper)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_on_paper)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(1180, 700)
        self._set_enabled(False)
        self.runner = QueryRunner(self)
        db, language = context.db, context.language
        self.runner.submit(
            lambda: school_profile(db, school_id, year=year, term=term, language=language),
            self.show_profile,
        )

    @staticmethod
    def _box(title: str, *widgets: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        for widget in widgets:
            layout.addWidget(widget)
        layout.addStretch(1)  # the tables at the top when the box beside is taller
        return box

    def _set_enabled(self, on: bool) -> None:
        self.pdf_button.setEnabled(on)
        self.print_button.setEnabled(on)

    def show_profile(self, profile: SchoolProfile) -> None:
        self.profile = profile
        self.heading.setText(words.title(profile))
        self.subtitle.setText(words.subtitle(profile))
        lines = words.indicator_lines(profile)
        _fill(
            self.indicators,
            words.Grid(
                [words.value_heading(), words.change_heading()],
                [(line.label, [line.value, line.change]) for line in lines],
            ),
        )
        voices = words.voices_grid(profile)
        for widget in (self.voices, self.voices_note):
            widget.setVisible(voices is not None)
        self.voices_empty.setVisible(voices is None)
        if voices is not None:
            _fill(self.voices, voices)
            self.voices_note.setText("\n".join(voices.notes))
        graduates = words.graduates_grid(profile)
        self.graduates_box.setTitle(words.graduates_heading(profile))
        for widget in (self.graduates, self.partners):
            widget.setVisible(graduates is not None)
        self.graduates_empty.setVisible(graduates is None)
        if graduates is not None:
            _fill(self.graduates, graduates)
            self.partners.setText("\n".join(graduates.notes))
        self._set_enabled(True)
        self.loaded.emit()

    def cell(self, table: FittedTable, row_label: str, column: int) -> str:
        """What a table shows in the row named `row_label` ("" when there is none)."""
        labels = [table.verticalHeaderItem(r).text() for r in range(table.rowCount())]
        if row_label not in labels:
            return ""
        item = table.item(labels.index(row_label), column)
        return item.text() if item is not None else ""

    # --- paper -----------------------------------------------------------------------------------

    def _html(self) -> str:
        assert self.profile is not None
        return words.profile_html(self.profile, short_date(date.today()))

    def export_pdf(self, path: str | None = None) -> str | None:
        if self.profile is None:
            return None
        name = re.sub(r"[^\w]+", "-", self.profile.school.name, flags=re.UNICODE).strip("-")
        path = path or prompts.save_file(
            self, self.tr("Save as PDF"), f"{name or 'school'}.pdf", "PDF (*.pdf)"
        )
        if not path:
            return None
        try:
            html_to_pdf(self._html(), path, title=words.title(self.profile), paginated=True)
        except OSError as error:
            prompts.error(
                self,
                self.windowTitle(),
                self.tr("The PDF could not be written. Close it or choose another folder."),
                str(error),
            )
            return None
        return path

    def print_on_paper(self) -> bool:
        if self.profile is None:
            return False
        return print_html(self, self._html(), title=words.title(self.profile), paginated=True)
