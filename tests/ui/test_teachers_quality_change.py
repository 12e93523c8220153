"""The teacher profile across a year boundary: 8-A's change against last year's 7-A, and the
quality-drop flag that says so (tests/quality_change_world.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication
from quality_change_world import NAME, build_year_boundary

from eduqa_desktop.storage.database import Database
from eduqa_desktop.ui.teachers.labels import flag_text
from eduqa_desktop.ui.teachers.profile_dialog import TeacherProfileDialog
from eduqa_desktop.ui.teachers.staff_model import NAME as NAME_COLUMN


@pytest.fixture
def window(qtbot, school_db: Database, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The real main window, in English, on a school with the year-boundary example."""
    from eduqa_desktop.app import create_application
    from eduqa_desktop.services.schools import list_schools
    from eduqa_desktop.settings import Preferences
    from eduqa_desktop.ui.context import UiContext
    from eduqa_desktop.ui.language import install_language
    from eduqa_desktop.ui.main_window import MainWindow

    build_year_boundary(school_db)
    create_application()
    install_language("en")
    context = UiContext(
        school_db, list_schools(school_db)[0], Preferences(language="en"), tmp_path / "prefs.json"
    )
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    yield window
    QThreadPool.globalInstance().waitForDone(30_000)
    QApplication.processEvents()


def column(model, header: str) -> int:  # type: ignore[no-untyped-def]
    names = [
        model.headerData(i, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        for i in range(model.columnCount())
    ]
    return names.index(header)


def test_the_profile_shows_the_change_and_the_flag_across_a_year(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.show_tab("teachers")
    tab = window.teachers_tab
    qtbot.waitUntil(lambda: tab.proxy.rowCount() > 0)
    qtbot.keyClicks(tab.search_edit, "Nazarova")
    qtbot.waitUntil(lambda: tab.proxy.rowCount() == 1)
    rect = tab.table.visualRect(tab.proxy.index(0, NAME_COLUMN))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseClick(tab.profile_button, Qt.MouseButton.LeftButton)
    dialog = tab.profile_dialog
    assert isinstance(dialog, TeacherProfileDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.name_label.text() == NAME

    # the summary lists the attention signals (one quarter's fall is not among them)
    assert dialog.profile is not None
    assert "quality down" not in dialog.flags_label.text()
    assert all(flag_text(s) in dialog.flags_label.text() for s in dialog.profile.signals)

    # the results of quarter 1: 8-A −16.0 against 7-A, 8-B +4.0 against 7-B, 7-A nothing
    dialog.tabs.setCurrentIndex(2)
    assert dialog.term_filter.currentData() == ("2026-2027", 1)
    model = dialog.results
    classes, change = column(model, "Class"), column(model, "Change in quality")
    shown = {
        model.index(row, classes).data(): (
            model.index(row, change).data(),
            model.index(row, change).data(Qt.ItemDataRole.ToolTipRole),
        )
        for row in range(model.rowCount())
    }
    assert {name: text for name, (text, _tip) in shown.items()} == {
        "8-A": "−16.0",
        "8-B": "+4.0",
        "7-A": "—",
    }
    assert shown["8-A"][1] == "Compared with 7-A, Q4 2025-2026"  # the pupils last year
    assert shown["7-A"][1] == "No results of the previous quarter"
    dialog.close()
