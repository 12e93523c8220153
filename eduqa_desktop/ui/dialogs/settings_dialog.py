"""Settings…: the interface language and the user's name; feature pages add their own."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from eduqa_desktop.ui.context import UiContext

LANGUAGE_NAMES = (("uz", "Oʻzbekcha"), ("ru", "Русский"), ("en", "English"))


class SettingsDialog(QDialog):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Settings"))
        self.pages = QTabWidget()
        general = QWidget()
        form = QFormLayout(general)
        self.language_box = QComboBox()
        self.language_box.addItem(self.tr("As in the system"), "")
        for code, name in LANGUAGE_NAMES:  # each language in its own words
            self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(
            max(0, self.language_box.findData(context.preferences.language))
        )
        self.user_name_edit = QLineEdit(context.preferences.user_name)
        self.user_name_edit.setPlaceholderText(self.tr("Shown as the observer on new observations"))
        form.addRow(self.tr("Language:"), self.language_box)
        form.addRow(self.tr("Your name:"), self.user_name_edit)
        self.pages.addTab(general, self.tr("General"))
        self.extra_pages: list[QWidget] = []
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def add_page(self, page: QWidget, title: str) -> None:
        """A feature's own settings; its `save()` is called when the dialog is accepted."""
        self.extra_pages.append(page)
        self.pages.addTab(page, title)

    def chosen_language(self) -> str:
        return str(self.language_box.currentData())

    def accept(self) -> None:
        for page in self.extra_pages:
            save = getattr(page, "save", None)
            if save is not None and save() is False:
                return  # the page explained what is wrong
        self.context.preferences.user_name = self.user_name_edit.text().strip()
        self.context.save_preferences()
        super().accept()
