"""Column widths that fit the headers in the language shown (Russian and Uzbek run long)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QTableView

HEADER_PADDING = 20


def fit_to_headers(view: QTableView, minimums: Mapping[int, int]) -> None:
    """Each listed column as wide as its bold header text, or its minimum if wider."""
    header = view.horizontalHeader()
    font = QFont(header.font())
    font.setBold(True)
    metrics = QFontMetrics(font)
    model = view.model()
    for column, minimum in minimums.items():
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        view.setColumnWidth(column, max(minimum, metrics.horizontalAdvance(title) + HEADER_PADDING))
