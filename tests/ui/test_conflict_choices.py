"""A package's conflicts in the preview: both versions side by side, a choice for each; taking
"theirs" and importing (or receiving) changes the record — driven through the dialogs."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from engines import new_location
from package_world import PEOPLE, add_observation, add_teacher, correct, fresh_database, school_id
from PySide6.QtCore import Qt
from sqlalchemy import select

from eduqa_desktop.domain.merge_conflicts import THEIRS
from eduqa_desktop.services.imports import (
    ImportKind,
    ImportRequest,
    export_observations,
    preview_import,
)
from eduqa_desktop.services.school_packages import export_school_package
from eduqa_desktop.services.school_packages.receive import receive_packages
from eduqa_desktop.storage.database import Database, open_database
from eduqa_desktop.storage.models import AuditEntry, Observation
from eduqa_desktop.ui.exchange.conflict_choices import CHOICE, HERE, PACKAGE
from eduqa_desktop.ui.exchange.import_preview import ImportPreviewDialog
from eduqa_desktop.ui.network.receive_dialog import ReceiveDialog


def _context(db: Database):  # type: ignore[no-untyped-def]
    from eduqa_desktop.services.schools import list_schools
    from eduqa_desktop.settings import Preferences
    from eduqa_desktop.ui.context import UiContext

    return UiContext(db, list_schools(db)[0], Preferences(language="en"))


def _strengths(db: Database) -> str:
    with db.session() as session:
        return session.scalar(select(Observation.strengths))


def test_take_theirs_in_the_import_preview_and_import(qtbot, tmp_path):  # type: ignore[no-untyped-def]
    school, laptop = fresh_database(tmp_path, "school"), fresh_database(tmp_path, "laptop")
    obs = add_observation(laptop, add_teacher(laptop, PEOPLE[4][0]))
    path = tmp_path / "p.xlsx"
    export_observations(laptop, school_id(laptop), path)
    request = ImportRequest(ImportKind.OBSERVATIONS, path, school_id(school))
    from eduqa_desktop.services.imports import apply_import

    assert apply_import(school, request).created == 1
    correct(laptop, obs, "The laptop's words")
    correct(school, obs, "The school's words")
    export_observations(laptop, school_id(laptop), path)
    plan = preview_import(school, request)
    dialog = ImportPreviewDialog(_context(school), request, plan)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 700)
    dialog.show()
    panel = dialog.conflicts
    assert dialog.tabs.currentWidget() is panel
    assert panel.table.rowCount() == 1
    assert "Strengths: The school's words" in panel.table.item(0, HERE).text()
    assert "Strengths: The laptop's words" in panel.table.item(0, PACKAGE).text()
    dialog.grab().save(str(tmp_path / "preview-conflicts.png"))
    combo = panel.table.cellWidget(0, CHOICE)
    assert combo.currentData() == "ours"
    combo.setCurrentIndex(combo.findData(THEIRS))
    with qtbot.waitSignal(dialog.imported, timeout=20_000) as signal:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    written = signal.args[0]
    assert written.written and written.updated == 1
    assert [c.choice for c in written.conflicts] == [THEIRS]
    assert _strengths(school) == "The laptop's words"
    with school.session() as session:
        assert session.scalar(select(AuditEntry.entity).where(AuditEntry.action == "take_theirs"))


def test_check_first_then_take_all_theirs_and_receive(qtbot, tmp_path):  # type: ignore[no-untyped-def]
    school = fresh_database(tmp_path, "school")
    district = open_database(new_location(tmp_path, "district"))
    obs = add_observation(school, add_teacher(school, PEOPLE[2][0]))
    first, second = tmp_path / "first.xlsx", tmp_path / "second.xlsx"
    export_school_package(school, school_id(school), first, year="2025-2026")
    assert receive_packages(district, [first]).files[0].written
    correct(school, obs, "Corrected at school")
    correct(district, obs, "Corrected at the district")
    export_school_package(school, school_id(school), second, year="2025-2026",
                          today=date(2025, 11, 1))  # fmt: skip
    dialog = ReceiveDialog(_context(district))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.add_paths([second])
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    assert dialog.report.dry_run and dialog.conflicts.table.rowCount() == 1
    assert dialog.table.item(0, 2).text() == "checked: would be received"
    assert "Corrected at the district" in dialog.conflicts.table.item(0, HERE).text()
    assert _strengths(district) == "Corrected at the district"  # a check writes nothing
    dialog.report = None
    qtbot.mouseClick(dialog.conflicts.all_theirs_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.receive_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    [item] = dialog.report.files
    assert item.written and item.updated == 1 and item.conflicts[0].choice == THEIRS
    assert _strengths(district) == "Corrected at school"
    assert Path(second).exists()
