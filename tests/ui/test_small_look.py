"""Small things a user sees: spin boxes with their arrows, calendars with all six weeks."""

from __future__ import annotations

import pytest
from observation_seed import seed
from observation_ui import Prompts, make_window
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QTableView


@pytest.fixture
def window(qtbot, school_db, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    seed(school_db)
    Prompts(monkeypatch)
    window = make_window(qtbot, school_db, tmp_path)
    window.observations_tab.new_observation()
    return window


def _dark_pixels(image: QImage, area: QRect) -> int:
    return sum(
        1
        for x in range(area.left(), area.right() + 1)
        for y in range(area.top(), area.bottom() + 1)
        if image.pixelColor(x, y).lightness() < 110
    )


def test_spin_boxes_draw_their_arrows(window) -> None:  # type: ignore[no-untyped-def]
    spin = window.observations_tab.form.header.period
    image = spin.grab().toImage()
    width, height = image.width(), image.height()
    up = QRect(width - 18, 2, 16, height // 2 - 3)
    down = QRect(width - 18, height // 2 + 1, 16, height // 2 - 3)
    assert _dark_pixels(image, up) >= 4 and _dark_pixels(image, down) >= 4


def test_the_calendar_shows_its_last_week_whole(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    field = window.observations_tab.form.header.observed_on
    qtbot.mouseClick(
        field, Qt.MouseButton.LeftButton, pos=QPoint(field.width() - 8, field.height() // 2)
    )
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    view = field.calendarWidget().findChild(QTableView)
    text = view.fontMetrics().height()
    rows = view.model().rowCount()
    assert rows == 7  # the names of the days and six weeks
    for row in range(rows):
        assert view.rowHeight(row) >= text, (row, view.rowHeight(row), text)
    last = view.visualRect(view.model().index(rows - 1, 0))
    assert last.bottom() <= view.viewport().height()
    QApplication.activePopupWidget().close()
