"""A save that lost the race (services.conflicts.EditConflict): both versions side by side,
and the choice — reload what the other person saved, or keep one's own (saved over theirs,
knowingly). Closing the dialog decides nothing: the typed input stays in the form, unsaved."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import Enum

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class Choice(Enum):
    UNDECIDED = "undecided"
    RELOAD = "reload"
    KEEP_MINE = "keep_mine"


# (what, yours, theirs) for each thing the two versions say differently
Difference = tuple[str, str, str]


class ConflictDialog(QDialog):
    def __init__(
        self,
        title: str,
        differences: list[Difference],
        saved_at: datetime | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.choice = Choice.UNDECIDED
        self.setWindowTitle(title)
        when = (
            self.tr(" at {time}").format(
                time=saved_at.replace(tzinfo=UTC).astimezone().strftime("%H:%M")
            )
            if saved_at is not None
            else ""
        )
        intro = QLabel(
            self.tr(
                "Someone else saved this{when} while you were editing it. Nothing of yours is "
                "saved yet. Compare the two versions, then reload theirs or keep yours."
            ).format(when=when)
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(differences), 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("What"), self.tr("Yours (not saved)"), self.tr("Saved by the other person")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        for row, cells in enumerate(differences):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()

        buttons = QDialogButtonBox()
        self.reload_button = QPushButton(self.tr("Reload theirs"))
        self.keep_button = QPushButton(self.tr("Keep mine"))
        self.keep_button.setToolTip(self.tr("Saves your version over theirs."))
        buttons.addButton(self.reload_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        self.reload_button.clicked.connect(lambda: self._choose(Choice.RELOAD))
        self.keep_button.clicked.connect(lambda: self._choose(Choice.KEEP_MINE))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(760, 420)

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()

    def rows(self) -> list[Difference]:
        """What the table shows (for tests and for reading aloud)."""
        return [
            (
                self.table.item(r, 0).text(),
                self.table.item(r, 1).text(),
                self.table.item(r, 2).text(),
            )
            for r in range(self.table.rowCount())
        ]

    def ask(self) -> Choice:
        self.exec()
        return self.choice
