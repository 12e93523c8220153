"""First start with no data: open the demo school, or set up one's own school."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from eduqa_desktop.domain.school_calendar import YearNameError, parse_year_name, year_name_for


class FirstStartDialog(QDialog):
    """`choice` is "demo" or "setup" after accept; `school_fields()` gives the form."""

    DEMO = "demo"
    SETUP = "setup"

    def __init__(self, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.choice = ""
        self.setWindowTitle(self.tr("Welcome to EduQA Desktop"))
        intro = QLabel(
            self.tr(
                "This database holds no school yet. Look around in a demo school, "
                "or set up your own school to start entering data."
            )
        )
        intro.setWordWrap(True)

        demo_box = QGroupBox(self.tr("Try it out"))
        demo_layout = QVBoxLayout(demo_box)
        demo_text = QLabel(
            self.tr("A made-up school with teachers, results and lesson observations.")
        )
        demo_text.setWordWrap(True)
        self.demo_button = QPushButton(self.tr("Open the demo school"))
        self.demo_button.setProperty("primary", True)
        self.demo_button.clicked.connect(self._choose_demo)
        demo_layout.addWidget(demo_text)
        demo_layout.addWidget(self.demo_button)

        setup_box = QGroupBox(self.tr("Set up my school"))
        form = QFormLayout(setup_box)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. 47-maktab"))
        self.district_edit = QLineEdit()
        self.region_edit = QLineEdit()
        self.year_edit = QLineEdit(year_name_for(today or date.today()))
        self.problem_label = QLabel()
        self.problem_label.setProperty("role", "problem")
        self.problem_label.setWordWrap(True)
        form.addRow(self.tr("School name *:"), self.name_edit)
        form.addRow(self.tr("District:"), self.district_edit)
        form.addRow(self.tr("Region:"), self.region_edit)
        form.addRow(self.tr("Academic year *:"), self.year_edit)
        form.addRow(self.problem_label)
        self.setup_button = QPushButton(self.tr("Set up my school"))
        self.setup_button.clicked.connect(self._choose_setup)
        form.addRow(self.setup_button)
        for edit in (self.name_edit, self.year_edit):
            edit.textChanged.connect(self._validate)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(demo_box)
        layout.addWidget(setup_box)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self._validate()

    def _problem(self) -> str:
        if not self.name_edit.text().strip():
            return self.tr("Enter the name of the school.")
        try:
            parse_year_name(self.year_edit.text())
        except YearNameError:
            return self.tr("Write the academic year like 2025-2026.")
        return ""

    def _validate(self) -> None:
        problem = self._problem()
        # Say what is missing only once the user has started typing.
        self.problem_label.setText(problem if self.name_edit.text() else "")
        self.setup_button.setEnabled(not problem)

    def _choose_demo(self) -> None:
        self.choice = self.DEMO
        self.accept()

    def _choose_setup(self) -> None:
        if self._problem():
            return
        self.choice = self.SETUP
        self.accept()

    def school_fields(self) -> dict[str, str]:
        return {
            "name": self.name_edit.text().strip(),
            "district": self.district_edit.text().strip(),
            "region": self.region_edit.text().strip(),
            "year": parse_year_name(self.year_edit.text()),
        }
