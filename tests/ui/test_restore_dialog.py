"""File ▸ Restore…: the backups listed with date, reason and counts, what restoring one would
change, and the restore after confirmation (the window reopens on the restored database)."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from eduqa_desktop.exchange.import_plan import ImportKind, ImportRequest
from eduqa_desktop.services.imports.run import apply_import
from eduqa_desktop.services.schools import create_school, database_info
from eduqa_desktop.storage.backup import list_backups
from eduqa_desktop.storage.database import open_database
from eduqa_desktop.ui import prompts


@pytest.fixture
def imported_school(tmp_path: Path) -> Path:
    """A school database, then an import of two teachers (which made one backup)."""
    path = tmp_path / "school.sqlite3"
    db = open_database(path)
    create_school(db, "Test maktab", district="Chilonzor", region="Toshkent", year="2025-2026")
    book = Workbook()
    for row in (["Full name", "Personnel number"], ["Aliyev Anvar", "1"], ["Petrova Anna", "2"]):
        book.active.append(row)
    book.save(tmp_path / "staff.xlsx")
    school_id = database_info(db).schools[0].id
    assert apply_import(
        db, ImportRequest(ImportKind.TEACHERS, tmp_path / "staff.xlsx", school_id)
    ).written
    db.close()
    return path


def test_restore_lists_shows_changes_and_restores_after_confirmation(  # type: ignore[no-untyped-def]
    controller, qtbot, imported_school, monkeypatch
):
    assert controller.open(imported_school)
    # not given to qtbot: the restore replaces this window and deletes it, and qtbot's
    # closing a deleted window at teardown failed the test (the fixture closes the new one)
    window = controller.window
    asked: list[str] = []
    monkeypatch.setattr(prompts, "question", lambda _p, _t, text: asked.append(text) or True)
    window.restore_action.trigger()
    dialog = window.restore_dialog
    qtbot.waitUntil(dialog.isVisible)
    table = dialog.table
    assert table.rowCount() == 1
    assert table.item(0, 1).text() == "an import (Teachers)"
    assert table.item(0, 2).text() == "0"  # teachers in the backup
    assert "Teachers: 2 → 0" in dialog.changes_label.text()
    dialog.grab().save(str(imported_school.parent / "restore.png"))
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert asked and "backed up first" in asked[0]
    qtbot.waitUntil(lambda: controller.window is not window)
    assert database_info(controller.db).row_counts["teachers"] == 0
    reasons = [b.reason for b in list_backups(imported_school)]
    assert reasons == ["before-restore", "import-teachers"]
    assert "Restored from" in window.statusBar().currentMessage()


def test_saying_no_restores_nothing(controller, qtbot, imported_school, monkeypatch):  # type: ignore[no-untyped-def]
    assert controller.open(imported_school)
    window = controller.window
    qtbot.addWidget(window)
    monkeypatch.setattr(prompts, "question", lambda *a: False)
    window.restore_action.trigger()
    qtbot.mouseClick(window.restore_dialog.restore_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert controller.window is window
    assert database_info(controller.db).row_counts["teachers"] == 2
    assert len(list_backups(imported_school)) == 1


def test_a_database_without_backups_says_so(controller, qtbot, tmp_path):  # type: ignore[no-untyped-def]
    path = tmp_path / "fresh.sqlite3"
    db = open_database(path)
    create_school(db, "Yangi maktab", district="", region="", year="2025-2026")
    db.close()
    assert controller.open(path)
    qtbot.addWidget(controller.window)
    controller.window.restore_action.trigger()
    dialog = controller.window.restore_dialog
    assert dialog.empty_label.isVisibleTo(dialog) and not dialog.restore_button.isEnabled()
