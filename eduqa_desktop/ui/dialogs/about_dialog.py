"""Help ▸ About: version, the open database and the data folder."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from eduqa_desktop import __version__
from eduqa_desktop.paths import data_dir
from eduqa_desktop.ui.context import UiContext


class AboutDialog(QDialog):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About EduQA Desktop"))
        heading = QLabel("EduQA Desktop")
        heading.setProperty("role", "heading")
        purpose = QLabel(
            self.tr(
                "Quality of education for schools: lesson observations, teachers' work, "
                "pupils' results and reports — offline."
            )
        )
        purpose.setWordWrap(True)
        form = QFormLayout()
        self.version_label = QLabel(__version__)
        self.database_label = QLabel(str(context.db.path or context.db.url))
        self.data_dir_label = QLabel(str(data_dir()))
        self.schema_label = QLabel(context.db.schema_revision)
        for label in (self.database_label, self.data_dir_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
        form.addRow(self.tr("Version:"), self.version_label)
        form.addRow(self.tr("Database:"), self.database_label)
        form.addRow(self.tr("Schema version:"), self.schema_label)
        form.addRow(self.tr("Data folder:"), self.data_dir_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(purpose)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
