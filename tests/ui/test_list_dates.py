"""English lists write dates as the forms do (25.11.2026), never the US way (11/25/26)."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDateEdit

US_DATE = re.compile(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b")
FORM_DATE = re.compile(r"\b\d{2}\.\d{2}\.\d{4}\b")


def _cells(view: QAbstractItemView, limit: int = 150) -> list[str]:
    model = view.model()
    if model is None:
        return []
    texts = []
    for row in range(min(model.rowCount(), limit)):
        for column in range(model.columnCount()):
            value = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
            if value is not None:
                texts.append(str(value))
    return texts


def test_every_list_writes_dates_as_the_forms_do(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = main_window
    seen: list[str] = []
    for name in ("teachers", "observations", "results", "dashboard"):
        window.show_tab(name)
        QThreadPool.globalInstance().waitForDone(30_000)
        QApplication.processEvents()
    observations = window.observations_tab
    qtbot.waitUntil(lambda: observations.table.model().rowCount() > 0)
    for view in window.findChildren(QAbstractItemView):
        seen += _cells(view)
    us = [text for text in seen if US_DATE.search(text)]
    assert not us, us[:5]
    dated = [text for text in seen if FORM_DATE.search(text)]
    assert len(dated) >= 20  # the lists do show dates: observations, activities, the plan
    for field in window.findChildren(QDateEdit):
        shown = field.displayFormat()
        assert shown in {"dd.MM.yyyy", "MM.yyyy", "MMMM yyyy"}, shown
