"""The *Columns* tab of the import preview: for every required column the reader did not
recognise, a drop-down of the file's own headers; *Use these columns* reads the file again."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from eduqa_desktop.services.imports import ColumnQuestion


class ColumnMappingPanel(QWidget):
    """Emits `chosen` with {field name: header text} once every drop-down has a header."""

    chosen = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.apply_button = QPushButton(self.tr("Use these columns"))
        self.apply_button.clicked.connect(self._on_apply)
        layout.addWidget(self.apply_button)
        layout.addStretch(1)
        self.combos: dict[str, QComboBox] = {}
        self.show_question(None)

    def _label(self, name: str, fallback: str) -> str:
        labels = {
            "full_name": self.tr("Full name"),
            "teacher": self.tr("Teacher"),
            "class_name": self.tr("Class"),
            "subject": self.tr("Subject"),
            "class_size": self.tr("Pupils in class"),
            "n5": self.tr("Pupils with «5»"),
            "n4": self.tr("Pupils with «4»"),
            "n3": self.tr("Pupils with «3»"),
            "n2": self.tr("Pupils with «2»"),
            "date": self.tr("Date"),
            "activity_type": self.tr("Activity type"),
        }
        return labels.get(name, fallback)

    def show_question(self, question: ColumnQuestion | None) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos.clear()
        if question is None:
            self.note.setText(self.tr("Every column of the file was recognised."))
            self.apply_button.setVisible(False)
            return
        self.note.setText(
            self.tr(
                "Some columns of the sheet “{sheet}” were not recognised. Say which of the "
                "file's headers holds each of them; the choice is remembered for files with "
                "the same headers."
            ).format(sheet=question.sheet)
        )
        headers = [text for text in question.headers if text.strip()]
        for name in question.missing:
            combo = QComboBox()
            label = self._label(name, question.labels.get(name, name))
            combo.setAccessibleName(self.tr("Header for {column}").format(column=label))
            combo.addItem(self.tr("— choose —"), None)
            for text in headers:
                combo.addItem(text, text)
            combo.currentIndexChanged.connect(self._update)
            self.form.addRow(label + ":", combo)
            self.combos[name] = combo
        self.apply_button.setVisible(True)
        self._update()

    def choices(self) -> dict[str, str]:
        return {
            name: combo.currentData()
            for name, combo in self.combos.items()
            if combo.currentData() is not None
        }

    def _update(self) -> None:
        chosen = list(self.choices().values())
        complete = len(chosen) == len(self.combos) and len(set(chosen)) == len(chosen)
        self.apply_button.setEnabled(bool(self.combos) and complete)

    def _on_apply(self) -> None:
        self.chosen.emit(self.choices())
