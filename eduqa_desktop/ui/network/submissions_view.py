"""File ▸ Submissions…: every school of the database, whether its package for the quarter has
arrived, when and from which version, the missing ones first; exported for reminder calls."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from eduqa_desktop.domain.school_calendar import quarter_for, year_name_for
from eduqa_desktop.services.calendar import list_years
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.submissions import Submission, export_submissions, submissions
from eduqa_desktop.ui import prompts
from eduqa_desktop.ui.context import UiContext

XLSX = "Excel (*.xlsx)"
MISSING = QColor("#f8d7da")


class SubmissionsDialog(QDialog):
    def __init__(
        self,
        context: UiContext,
        parent: QWidget | None = None,
        *,
        year: str | None = None,
        term: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.items: list[Submission] = []
        self.setWindowTitle(self.tr("Submissions"))
        self.resize(900, 520)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        today = date.today()
        self.year = QComboBox()
        years = list(reversed(list_years(context.db))) or [year_name_for(today)]
        for name in years:
            self.year.addItem(name, name)
        self.year.setCurrentIndex(max(0, self.year.findData(year or year_name_for(today))))
        self.term = QComboBox()
        self.term.addItem(self.tr("Whole year"), None)
        for number in range(1, 5):
            self.term.addItem(self.tr("Quarter {n}").format(n=number), number)
        self.term.setCurrentIndex(term if year is not None else quarter_for(today))
        row.addWidget(QLabel(self.tr("Academic year:")))
        row.addWidget(self.year)
        row.addWidget(QLabel(self.tr("Quarter:")))
        row.addWidget(self.term)
        row.addStretch(1)
        layout.addLayout(row)
        self.summary = QLabel()
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([
            self.tr("School"), self.tr("District"), self.tr("Package"), self.tr("Received"),
            self.tr("App version"), self.tr("File"),
        ])  # fmt: skip
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox()
        self.export_button = buttons.addButton(
            self.tr("Export to Excel…"), QDialogButtonBox.ButtonRole.ActionRole)  # fmt: skip
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        layout.addWidget(buttons)
        self.export_button.clicked.connect(self._on_export)
        close.clicked.connect(self.reject)
        self.year.currentIndexChanged.connect(self.refresh)
        self.term.currentIndexChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        year, term = self.year.currentData(), self.term.currentData()
        self.items = sorted(submissions(self.context.db, year, term),
                            key=lambda s: (s.arrived, s.school))  # fmt: skip
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            received = item.received_at.strftime("%d.%m.%Y %H:%M") if item.received_at else ""
            values = (item.school, item.district,
                      self.tr("arrived") if item.arrived else self.tr("missing"), received,
                      item.app_version, item.file)  # fmt: skip
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if not item.arrived:
                    cell.setBackground(QBrush(MISSING))
                self.table.setItem(row, column, cell)
        arrived = sum(1 for item in self.items if item.arrived)
        self.summary.setText(self.tr("Arrived: {arrived} of {total}; missing: {missing}").format(
            arrived=arrived, total=len(self.items), missing=len(self.items) - arrived))  # fmt: skip

    def missing_schools(self) -> list[str]:
        return [item.school for item in self.items if not item.arrived]

    def _on_export(self) -> None:
        year, term = self.year.currentData(), self.term.currentData()
        suggested = f"submissions-{year}" + (f"-q{term}" if term else "") + ".xlsx"
        path = prompts.save_file(self, self.tr("Save the list as"), suggested, XLSX)
        if not path:
            return
        try:
            export_submissions(self.context.db, path, year=year, term=term,
                               language=self.context.language)  # fmt: skip
        except UserError as error:
            prompts.show_user_error(self, self.windowTitle(), error)
            return
        except OSError as error:
            prompts.warning(self, self.windowTitle(), self.tr(
                "The file could not be written: {reason}").format(
                reason=error.strerror or error))  # fmt: skip
            return
        show = getattr(self.parentWidget(), "show_message", None)
        if show is not None:
            show(self.tr("Saved {path}").format(path=path))
