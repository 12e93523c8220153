"""File ▸ Surveys ▸ Graduates…: where one grade (9 or 11) of one year went, in a small form.

A count per destination, and the partner organisations that took graduates for dual
education, an internship or work. Choosing another year or grade loads what is entered for
it; *Save* stays disabled, with the reason in words, while the figures do not add up.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from eduqa_desktop.domain.graduates import (
    DESTINATION_ORDER,
    GRADUATING_GRADES,
    PLACED_WITH_PARTNER,
    Destination,
)
from eduqa_desktop.services.calendar import list_years
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.graduates import (
    CohortEntry,
    Placement,
    check_entry,
    cohort_entry,
    partner_names,
    save_cohort,
)
from eduqa_desktop.ui import prompts
from eduqa_desktop.ui.app_signals import app_signals
from eduqa_desktop.ui.context import UiContext
from eduqa_desktop.ui.formatting import number
from eduqa_desktop.ui.voices.labels import destination_name

MOST = 5000  # more graduates than any school has: a typing slip


class GraduatesDialog(QDialog):
    saved = Signal(object)  # the CohortEntry written

    def __init__(
        self, context: UiContext, parent: QWidget | None = None, year: str | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Where the graduates went"))
        self.year_box = QComboBox()
        years = list_years(context.db)
        for name in reversed(years):
            self.year_box.addItem(name, name)
        # the last year that has ended: graduates are counted after the year
        default = year or (years[-2] if len(years) > 1 else (years[-1] if years else ""))
        self.year_box.setCurrentIndex(max(0, self.year_box.findData(default)))
        self.grade_box = QComboBox()
        for grade in GRADUATING_GRADES:
            self.grade_box.addItem(self.tr("Grade {grade}").format(grade=grade), grade)

        form = QFormLayout()
        form.addRow(self.tr("Academic year:"), self.year_box)
        form.addRow(self.tr("Grade:"), self.grade_box)
        self.count_boxes: dict[Destination, QSpinBox] = {}
        for destination in DESTINATION_ORDER:
            box = QSpinBox()
            box.setRange(0, MOST)
            box.setAccessibleName(destination_name(str(destination)))
            box.valueChanged.connect(self._check)
            self.count_boxes[destination] = box
            form.addRow(destination_name(str(destination)) + ":", box)
        self.total_label = QLabel()
        form.addRow(self.tr("Graduates:"), self.total_label)

        self.partners_title = QLabel(
            self.tr("Partner organisations (dual education, internships, work):")
        )
        self.placements = QTableWidget(0, 3)
        self.placements.setHorizontalHeaderLabels(
            [self.tr("Partner organisation"), self.tr("How"), self.tr("Graduates")]
        )
        self.placements.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.placements.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        self.placements.verticalHeader().setVisible(False)
        self.add_button = QPushButton(self.tr("Add a partner"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.add_button.clicked.connect(lambda: self.add_placement())
        self.remove_button.clicked.connect(self._on_remove)
        partner_buttons = QHBoxLayout()
        partner_buttons.addWidget(self.add_button)
        partner_buttons.addWidget(self.remove_button)
        partner_buttons.addStretch(1)

        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setProperty("role", "error")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.clicked.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.partners_title)
        layout.addWidget(self.placements, 1)
        layout.addLayout(partner_buttons)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(700, 720)

        self._known_partners = (
            partner_names(context.db, context.school_id) if context.school_id else []
        )
        self.year_box.currentIndexChanged.connect(self._load)
        self.grade_box.currentIndexChanged.connect(self._load)
        self._load()

    # --- the form ------------------------------------------------------------------------------

    def choose(self, year: str, grade: int) -> None:
        self.year_box.setCurrentIndex(self.year_box.findData(year))
        self.grade_box.setCurrentIndex(self.grade_box.findData(grade))

    def add_placement(
        self,
        partner: str = "",
        destination: Destination = Destination.DUAL_EDUCATION,
        count: int = 0,
    ) -> int:
        row = self.placements.rowCount()
        self.placements.insertRow(row)
        name = QLineEdit(partner)
        name.setPlaceholderText(self.tr("Name of the organisation"))
        name.setCompleter(QCompleter(self._known_partners, name))
        name.textChanged.connect(self._check)
        how = QComboBox()
        for way in PLACED_WITH_PARTNER:
            how.addItem(destination_name(str(way)), way)
        how.setCurrentIndex(max(0, how.findData(destination)))
        how.currentIndexChanged.connect(self._check)
        graduates = QSpinBox()
        graduates.setRange(0, MOST)
        graduates.setValue(count)
        graduates.valueChanged.connect(self._check)
        self.placements.setCellWidget(row, 0, name)
        self.placements.setCellWidget(row, 1, how)
        self.placements.setCellWidget(row, 2, graduates)
        self._check()
        return row

    def placement_widgets(self, row: int) -> tuple[QLineEdit, QComboBox, QSpinBox]:
        return (
            self.placements.cellWidget(row, 0),  # type: ignore[return-value]
            self.placements.cellWidget(row, 1),
            self.placements.cellWidget(row, 2),
        )

    def _on_remove(self) -> None:
        row = self.placements.currentRow()
        if row < 0:
            row = self.placements.rowCount() - 1
        if row >= 0:
            self.placements.removeRow(row)
            self._check()

    def _load(self) -> None:
        year, grade = self.year_box.currentData(), self.grade_box.currentData()
        found = None
        if year and self.context.school_id is not None:
            found = cohort_entry(self.context.db, self.context.school_id, year, grade)
        for destination, box in self.count_boxes.items():
            box.blockSignals(True)
            box.setValue(int(found.counts.get(destination, 0)) if found else 0)
            box.blockSignals(False)
        self.placements.setRowCount(0)
        for placement in found.placements if found else ():
            self.add_placement(placement.partner, placement.destination, placement.graduates)
        self._check()

    def entry(self) -> CohortEntry | None:
        if self.context.school_id is None or not self.year_box.currentData():
            return None
        placements = []
        for row in range(self.placements.rowCount()):
            name, how, graduates = self.placement_widgets(row)
            if not name.text().strip() and graduates.value() == 0:
                continue  # an empty line added and not filled
            placements.append(Placement(name.text().strip(), how.currentData(), graduates.value()))
        return CohortEntry(
            school_id=self.context.school_id,
            year=self.year_box.currentData(),
            grade=self.grade_box.currentData(),
            counts={d: box.value() for d, box in self.count_boxes.items()},
            placements=tuple(placements),
        )

    def _check(self) -> None:
        total = sum(box.value() for box in self.count_boxes.values())
        self.total_label.setText(number(total))
        entry = self.entry()
        problem = ""
        if entry is None:
            problem = self.tr("Choose a school and an academic year first.")
        else:
            try:
                check_entry(entry)
            except UserError as error:
                params = dict(error.params)
                if "destination" in params:  # the service names it by its code
                    params["destination"] = destination_name(str(params["destination"]))
                problem = prompts.translate_message(error.template, **params)
        if not problem and total == 0:
            problem = self.tr("Type how many graduates went to each destination.")
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.save_button.setEnabled(not problem)

    def _on_save(self) -> None:
        entry = self.entry()
        if entry is None:
            return
        try:
            save_cohort(self.context.db, entry)
        except UserError as error:
            prompts.show_user_error(self, self.windowTitle(), error)
            return
        app_signals().data_changed.emit("graduates")
        self.saved.emit(entry)
        self.accept()
