"""A form row whose problem is written under its field, in words (shared/ui.md: forms)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget


def add_checked_row(form: QFormLayout, label: str, field: QWidget) -> QLabel:
    """Add `field` to `form` with a hidden problem label under it; returns that label."""
    problem = QLabel()
    problem.setProperty("role", "problem")
    problem.setWordWrap(True)
    problem.hide()
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(problem)
    form.addRow(label, box)
    return problem
