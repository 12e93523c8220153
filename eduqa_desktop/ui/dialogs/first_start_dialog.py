"""First start with no data: open the demo school, or set up one's own school — and, if the
PC is shared, protect it with a first administrator account (optional)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
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

from eduqa_desktop.domain.roles import MIN_PASSWORD_LENGTH
from eduqa_desktop.domain.school_calendar import YearNameError, parse_year_name, year_name_for


class FirstStartDialog(QDialog):
    """`choice` is "demo" or "setup" after accept; `school_fields()` gives the form, and
    `administrator()` the first account's (login, password) when the user asked for one."""

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
        self._add_administrator_step(form)
        form.addRow(self.problem_label)
        self.setup_button = QPushButton(self.tr("Set up my school"))
        self.setup_button.clicked.connect(self._choose_setup)
        form.addRow(self.setup_button)
        for edit in (self.name_edit, self.year_edit, *self.admin_edits):
            edit.textChanged.connect(self._validate)
        self.protect_box.toggled.connect(self._show_administrator)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(demo_box)
        layout.addWidget(setup_box)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self._validate()

    def _add_administrator_step(self, form: QFormLayout) -> None:
        self.protect_box = QCheckBox(self.tr("Protect this database with an administrator account"))
        self.protect_box.setToolTip(
            self.tr(
                "On a PC several people use: the app then asks for a login, and the "
                "administrator decides who may change what (File ▸ Accounts)."
            )
        )
        self.admin_login_edit = QLineEdit()
        self.admin_password_edit = QLineEdit()
        self.admin_repeat_edit = QLineEdit()
        for edit in (self.admin_password_edit, self.admin_repeat_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.admin_edits = (self.admin_login_edit, self.admin_password_edit, self.admin_repeat_edit)
        form.addRow(self.protect_box)
        form.addRow(self.tr("Administrator's login:"), self.admin_login_edit)
        form.addRow(self.tr("Password:"), self.admin_password_edit)
        form.addRow(self.tr("Password again:"), self.admin_repeat_edit)
        self._form = form
        self._set_administrator_rows(False)

    def _set_administrator_rows(self, shown: bool) -> None:
        for edit in self.admin_edits:
            self._form.setRowVisible(edit, shown)

    def _show_administrator(self, shown: bool) -> None:
        self._set_administrator_rows(shown)
        if shown:
            self.admin_login_edit.setFocus()
        self._validate()

    def _problem(self) -> str:
        if not self.name_edit.text().strip():
            return self.tr("Enter the name of the school.")
        try:
            parse_year_name(self.year_edit.text())
        except YearNameError:
            return self.tr("Write the academic year like 2025-2026.")
        if self.protect_box.isChecked():
            if not self.admin_login_edit.text().strip():
                return self.tr("Write the administrator's login.")
            if len(self.admin_password_edit.text()) < MIN_PASSWORD_LENGTH:
                return self.tr("A password needs at least {count} characters.").format(
                    count=MIN_PASSWORD_LENGTH
                )
            if self.admin_repeat_edit.text() != self.admin_password_edit.text():
                return self.tr("The two passwords are not the same.")
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

    def administrator(self) -> tuple[str, str] | None:
        """(login, password) of the first administrator, or None: no accounts (as before)."""
        if not self.protect_box.isChecked():
            return None
        return self.admin_login_edit.text().strip(), self.admin_password_edit.text()

    def school_fields(self) -> dict[str, str]:
        return {
            "name": self.name_edit.text().strip(),
            "district": self.district_edit.text().strip(),
            "region": self.region_edit.text().strip(),
            "year": parse_year_name(self.year_edit.text()),
        }
