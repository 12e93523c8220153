"""The import preview: problems and unknown teachers are shown; mapping one lets Import write."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from eduqa_desktop.services.imports import ImportKind, ImportRequest, preview_import
from eduqa_desktop.storage.models import ResultRow, Teacher
from eduqa_desktop.ui.exchange.import_preview import ImportPreviewDialog


def add_teachers(db, school_id):  # type: ignore[no-untyped-def]
    from eduqa_desktop.domain.names import name_key

    with db.session() as session:
        for name in ("Sharipova Gulnora Akmalovna", "Karimov Bobur Alisherovich"):
            session.add(Teacher(school_id=school_id, full_name=name, name_key=name_key(name)))


def school_id_of(db):  # type: ignore[no-untyped-def]
    from eduqa_desktop.storage.models import School

    with db.session() as session:
        return session.scalar(select(School.id))


def _results_file(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(["Итоги 1 четверть 2025-2026"])
    sheet.append(["Класс", "Предмет", "Учитель", "Учащихся в классе", "«5»", "«4»", "«3»", "«2»"])
    sheet.append(["7 «А»", "Алгебра", "Шарипова Гулнора", 25, 5, 10, 8, 2])
    sheet.append(["7-Б", "Алгебра", "Toshmatov Anvar", 24, 4, 10, 8, 2])
    book.save(path)
    return path


def _context(db):  # type: ignore[no-untyped-def]
    from eduqa_desktop.services.schools import list_schools
    from eduqa_desktop.settings import Preferences
    from eduqa_desktop.ui.context import UiContext

    return UiContext(db, list_schools(db)[0], Preferences(language="en"))


def test_map_unknown_teacher_then_import(qtbot, school_db, tmp_path):  # type: ignore[no-untyped-def]
    school_id = school_id_of(school_db)
    add_teachers(school_db, school_id)
    request = ImportRequest(ImportKind.RESULTS, _results_file(tmp_path / "r.xlsx"), school_id)
    plan = preview_import(school_db, request)
    assert [q.name for q in plan.questions] == ["Toshmatov Anvar"]

    dialog = ImportPreviewDialog(_context(school_db), request, plan)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.import_button.isEnabled()  # a teacher is still to be chosen
    assert dialog.tabs.currentWidget() is dialog.mapping
    combo = dialog.mapping.cellWidget(0, 2)
    assert dialog.mapping.item(0, 0).text() == "Toshmatov Anvar"
    combo.setCurrentIndex(combo.findData("create"))
    assert dialog.import_button.isEnabled()

    with qtbot.waitSignal(dialog.imported, timeout=10_000) as signal:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    written = signal.args[0]
    assert written.written and written.created == 2
    with school_db.session() as session:
        assert session.scalar(select(func.count(ResultRow.id))) == 2
        assert (
            session.scalar(
                select(func.count(Teacher.id)).where(Teacher.full_name == "Toshmatov Anvar")
            )
            == 1
        )


def test_problems_are_listed_and_import_is_disabled(qtbot, school_db, tmp_path):  # type: ignore[no-untyped-def]
    school_id = school_id_of(school_db)
    add_teachers(school_db, school_id)
    book = Workbook()
    sheet = book.active
    sheet.append(["Sinf", "Fan", "O‘qituvchi", "Sinfdagi o‘quvchilar", "5", "4", "3", "2"])
    sheet.append(["7-A", "Algebra", "Sharipova Gulnora", 20, 5, 10, 8, 2])
    book.save(tmp_path / "bad.xlsx")
    request = ImportRequest(
        ImportKind.RESULTS, tmp_path / "bad.xlsx", school_id, year="2025-2026", term=1
    )
    plan = preview_import(school_db, request)
    dialog = ImportPreviewDialog(_context(school_db), request, plan)
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.problems.table
    assert table.rowCount() == 1
    assert [table.item(0, c).text() for c in range(1, 4)] == ["2", "D", "20"]
    assert "more than the 20 pupils" in table.item(0, 4).text()
    assert not dialog.import_button.isEnabled()
