"""Settings ▸ Files and backups: the limits every incoming file is held to, and how many
automatic backups are kept. Both are stored in the database (rules of the school's data, not
of one user). A problem is written next to its field and keeps the dialog open; *Restore the
defaults* puts back the shipped values (saved with the dialog).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from eduqa_desktop.services.backups import RotationPolicy, rotation_policy, save_rotation_policy
from eduqa_desktop.services.file_limits import FileLimits, load_file_limits, save_file_limits
from eduqa_desktop.ui.app_signals import app_signals
from eduqa_desktop.ui.context import UiContext
from eduqa_desktop.ui.widgets.checked_row import add_checked_row

MB = 1024 * 1024
SPIN_WIDTH = 190
WEEKS_A_MONTH = 52 / 12
# (field, lowest, highest, step) of each limit; sizes in MB on the page, bytes in FileLimits
RANGES: dict[str, tuple[int, int, int]] = {
    "max_file_bytes": (1, 2048, 5),
    "max_unpacked_bytes": (1, 8192, 50),
    "max_entry_ratio": (2, 10_000, 10),
    "max_rows": (100, 1_048_576, 1000),
    "max_columns": (10, 16_384, 10),
    "max_sheets": (1, 1000, 1),
    "max_cell_chars": (100, 32_767, 1000),
    "max_seconds": (5, 3600, 10),
}
IN_MB = ("max_file_bytes", "max_unpacked_bytes")


def _months(weeks: int) -> int:
    return max(1, round(weeks / WEEKS_A_MONTH))


def _weeks(months: int) -> int:
    return round(months * WEEKS_A_MONTH)


class FileLimitsPage(QWidget):
    """`save()` writes the file limits and the backup rotation when they changed."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.problems: dict[str, QLabel] = {}
        self.spins: dict[str, QSpinBox] = {}
        suffixes = {
            "max_file_bytes": self.tr(" MB"),
            "max_unpacked_bytes": self.tr(" MB"),
            "max_entry_ratio": self.tr(" times"),
            "max_rows": self.tr(" rows"),
            "max_columns": self.tr(" columns"),
            "max_sheets": self.tr(" sheets"),
            "max_cell_chars": self.tr(" characters"),
            "max_seconds": self.tr(" seconds"),
        }
        labels = {
            "max_file_bytes": self.tr("Largest file"),
            "max_unpacked_bytes": self.tr("Largest size once unpacked"),
            "max_entry_ratio": self.tr("Compression of one part, at most"),
            "max_rows": self.tr("Rows in a sheet, at most"),
            "max_columns": self.tr("Columns in a sheet, at most"),
            "max_sheets": self.tr("Sheets in a workbook, at most"),
            "max_cell_chars": self.tr("Characters in one cell, at most"),
            "max_seconds": self.tr("Time to check and read one file"),
        }
        files = QGroupBox(self.tr("Incoming files"))
        files_form = QFormLayout(files)
        for name, (low, high, step) in RANGES.items():
            spin = QSpinBox()
            spin.setRange(low, high)
            spin.setSingleStep(step)
            spin.setSuffix(suffixes[name])
            spin.setGroupSeparatorShown(True)
            self.spins[name] = spin
            self._add(files_form, labels[name], spin, name)
        files_form.addRow(self._hint(self.tr(
            "Imports, packages and surveys: a file over any limit is refused with the limit "
            "named, and nothing of it is written. The defaults are far above any school's "
            "real file."
        )))  # fmt: skip

        backups = QGroupBox(self.tr("Automatic backups"))
        backups_form = QFormLayout(backups)
        self.keep_last = QSpinBox()
        self.keep_last.setRange(1, 1000)
        self.keep_last.setSuffix(self.tr(" backups"))
        self.weekly_months = QSpinBox()
        self.weekly_months.setRange(1, 36)
        self.weekly_months.setSuffix(self.tr(" months"))
        self._add(backups_form, self.tr("Keep the last"), self.keep_last, "keep_last")
        self._add(backups_form, self.tr("And one a week for"), self.weekly_months, "weekly")
        backups_form.addRow(self._hint(self.tr(
            "Made before every import, package receive, upgrade and restore, in the backups "
            "folder beside the database."
        )))  # fmt: skip
        if context.db.path is None:  # a server: its administrator backs it up
            backups.setEnabled(False)
            backups_form.addRow(self._hint(self.tr(
                "A server database is backed up by its administrator (pg_dump)."
            )))  # fmt: skip

        self.defaults_button = QPushButton(self.tr("Restore the defaults"))
        self.defaults_button.clicked.connect(
            lambda: self.show_values(FileLimits(), RotationPolicy())
        )
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.defaults_button)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(files)
        body_layout.addWidget(backups)
        body_layout.addLayout(buttons)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.show_values(load_file_limits(context.db), rotation_policy(context.db))
        for spin in (self.spins["max_file_bytes"], self.spins["max_unpacked_bytes"]):
            spin.valueChanged.connect(lambda _v: self.check())

    def _hint(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setProperty("role", "hint")
        label.setWordWrap(True)
        return label

    def _add(self, form: QFormLayout, label: str, field: QSpinBox, name: str) -> None:
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        field.setMaximumWidth(SPIN_WIDTH)
        self.problems[name] = add_checked_row(form, label, field)

    @staticmethod
    def _shown(limits: FileLimits, name: str) -> int:
        value = getattr(limits, name)
        return round(value / MB) if name in IN_MB else round(value)

    def show_values(self, limits: FileLimits, policy: RotationPolicy) -> None:
        for name, spin in self.spins.items():
            spin.setValue(self._shown(limits, name))
        self.keep_last.setValue(policy.keep_last)
        self.weekly_months.setValue(_months(policy.weekly_weeks))
        self.check()

    def _problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        if self.spins["max_unpacked_bytes"].value() < self.spins["max_file_bytes"].value():
            problems["max_unpacked_bytes"] = self.tr(
                "A workbook unpacks to more than it takes on the disk: this must be at least "
                "the largest file."
            )
        return problems

    def check(self) -> bool:
        problems = self._problems()
        for name, label in self.problems.items():
            label.setText(problems.get(name, ""))
            label.setVisible(name in problems)
        return not problems

    def limits(self) -> FileLimits:
        current = load_file_limits(self.context.db)
        values = {  # a value kept as it is when what is shown of it did not change
            name: spin.value() * MB if name in IN_MB else spin.value()
            for name, spin in self.spins.items()
            if spin.value() != self._shown(current, name)
        }
        if "max_seconds" in values:
            values["max_seconds"] = float(values["max_seconds"])
        return FileLimits(**{**current.to_json(), **values})

    def policy(self) -> RotationPolicy:
        current = rotation_policy(self.context.db)
        weeks = current.weekly_weeks  # kept as it is when the months shown did not change
        if self.weekly_months.value() != _months(weeks):
            weeks = _weeks(self.weekly_months.value())
        return RotationPolicy(keep_last=self.keep_last.value(), weekly_weeks=weeks)

    def _reveal(self) -> None:
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QTabWidget):
            parent = parent.parentWidget()
        if parent is not None and parent.indexOf(self) >= 0:
            parent.setCurrentWidget(self)

    def save(self) -> bool:
        """Write what changed; False (the problem shown) when a value is impossible."""
        if not self.check():
            self._reveal()
            return False
        changed = False
        if self.limits() != load_file_limits(self.context.db):
            save_file_limits(self.context.db, self.limits())
            changed = True
        if self.context.db.path is not None and self.policy() != rotation_policy(self.context.db):
            save_rotation_policy(self.context.db, self.policy())
            changed = True
        if changed:
            app_signals().data_changed.emit("settings")
        return True
