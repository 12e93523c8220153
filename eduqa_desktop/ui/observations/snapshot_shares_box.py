"""Time on task beside the checklist score: each share against its reference value."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from eduqa_desktop.domain.snapshot_labels import (
    CODED,
    MEETS,
    MISSES,
    SNAPSHOT_CONTEXT,
    TIME_ON_TASK,
    reference_value,
    share_lines,
)
from eduqa_desktop.domain.snapshots import SnapshotShares
from eduqa_desktop.ui.formatting import percent

MEETS_STYLE = "color: #006b4f;"  # the green of the "high" band, darker
MISSES_STYLE = "color: #a33a00;"  # vermillion, darker for text


def _tr(text: str) -> str:
    return QCoreApplication.translate(SNAPSHOT_CONTEXT, text)


class SnapshotSharesBox(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(_tr(TIME_ON_TASK))
        heading.setProperty("role", "hint")
        rows = QVBoxLayout()
        rows.setSpacing(1)
        self.values: list[QLabel] = []
        self.verdicts: list[QLabel] = []
        for name, *_rest in share_lines(SnapshotShares(0, 0, 0, *[None] * 6)):
            title = QLabel(_tr(name))
            title.setWordWrap(True)
            value = QLabel("—")
            value.setAccessibleName(_tr(name))
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            line = QHBoxLayout()
            line.addWidget(title, 1)
            line.addWidget(value)
            verdict = QLabel()
            verdict.setProperty("role", "hint")
            rows.addLayout(line)
            rows.addWidget(verdict)
            self.values.append(value)
            self.verdicts.append(verdict)
        self.count = QLabel()
        self.count.setProperty("role", "hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(heading)
        layout.addLayout(rows)
        layout.addWidget(self.count)

    def show_shares(self, shares: SnapshotShares, slots: int) -> None:
        for (name, value, reference, meets), label, verdict in zip(
            share_lines(shares), self.values, self.verdicts, strict=True
        ):
            label.setText(percent(value))
            if reference is None:
                verdict.hide()
                continue
            words = _tr(reference).format(value=percent(reference_value(name)))
            if meets is not None:
                words += f" — {_tr(MEETS if meets else MISSES)}"
            verdict.setText(words)
            verdict.setStyleSheet("" if meets is None else MEETS_STYLE if meets else MISSES_STYLE)
            verdict.show()
        self.count.setText(_tr(CODED).format(coded=shares.coded_activity, count=slots))
