"""File ▸ Connect to a server…: host, port, database, user and password of a PostgreSQL server.

The password is asked for here; it is kept only in the system's keyring, and only when the
user ticks Remember (eduqa_desktop.credentials). The dialog stays open on a refusal and says
why, so that a mistyped password is corrected in place.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import URL, make_url

from eduqa_desktop import credentials

DEFAULT_PORT = 5432
DRIVER = "postgresql+psycopg"

# Tries a URL (with its password); returns None when connected, else what to tell the user.
Attempt = Callable[[str], str | None]


class ConnectDialog(QDialog):
    def __init__(
        self, attempt: Attempt, parent: QWidget | None = None, known: str | None = None
    ) -> None:
        super().__init__(parent)
        self.attempt = attempt
        self.connected_url = ""  # the URL that connected, without its password
        self._query: dict[str, str | tuple[str, ...]] = {}  # a known URL's ?sslmode=… and such
        self.setWindowTitle(self.tr("Connect to a server"))
        intro = QLabel(
            self.tr(
                "A district's database on a PostgreSQL server. The administrator gives you "
                "these details and your own login."
            )
        )
        intro.setWordWrap(True)
        self.host_edit = QLineEdit("localhost")
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(DEFAULT_PORT)
        self.database_edit = QLineEdit()
        self.user_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember_box = QCheckBox(self.tr("Remember the password on this computer"))
        if credentials.can_remember():
            self.remember_box.setToolTip(self.tr("Kept in the system's keyring, never in a file."))
        else:
            self.remember_box.setEnabled(False)
            self.remember_box.setToolTip(
                self.tr("This computer has no keyring: the password is asked each time.")
            )
        self.problem_label = QLabel()
        self.problem_label.setProperty("role", "problem")
        self.problem_label.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Server:"), self.host_edit)
        form.addRow(self.tr("Port:"), self.port_spin)
        form.addRow(self.tr("Database:"), self.database_edit)
        form.addRow(self.tr("User:"), self.user_edit)
        form.addRow(self.tr("Password:"), self.password_edit)
        form.addRow(self.remember_box)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.connect_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.connect_button.setText(self.tr("Connect"))
        self.buttons.accepted.connect(self._connect)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)
        for edit in (self.host_edit, self.database_edit, self.user_edit):
            edit.textChanged.connect(self._validate)
        if known:
            self._fill(known)
        self._validate()
        self.setMinimumWidth(480)

    def _fill(self, known: str) -> None:
        url = make_url(known)
        self._query = dict(url.query)
        self.host_edit.setText(url.host or "localhost")
        self.port_spin.setValue(url.port or DEFAULT_PORT)
        self.database_edit.setText(url.database or "")
        self.user_edit.setText(url.username or "")
        remembered = credentials.remembered_password(url)
        if remembered:
            self.password_edit.setText(remembered)
            self.remember_box.setChecked(True)
        (self.password_edit if self.user_edit.text() else self.user_edit).setFocus()

    def _validate(self) -> None:
        complete = all(
            edit.text().strip() for edit in (self.host_edit, self.database_edit, self.user_edit)
        )
        self.connect_button.setEnabled(complete)

    def url(self) -> URL:
        return URL.create(
            DRIVER,
            username=self.user_edit.text().strip(),
            password=self.password_edit.text() or None,
            host=self.host_edit.text().strip(),
            port=self.port_spin.value(),
            database=self.database_edit.text().strip(),
            query=self._query,
        )

    def _connect(self) -> None:
        url = self.url()
        self.problem_label.setText(self.tr("Connecting…"))
        self.problem_label.repaint()
        problem = self.attempt(url.render_as_string(hide_password=False))
        if problem is not None:
            self.problem_label.setText(problem)
            self.password_edit.setFocus()
            self.password_edit.selectAll()
            return
        if self.remember_box.isChecked() and url.password:
            credentials.remember_password(url, url.password)
        else:
            credentials.forget_password(url)
        self.connected_url = credentials.without_password(url)
        self.accept()
