"""The preview asks which header is which when the reader does not recognise a required
column; the user picks the file's own headers, the preview reads again, and Import writes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from eduqa_desktop.services.imports import ImportKind, ImportRequest, preview_import
from eduqa_desktop.storage.models import ResultRow, School
from eduqa_desktop.ui.exchange.import_preview import ImportPreviewDialog

UNKNOWN = Path(__file__).resolve().parents[1] / "data" / "schools" / "results_unknown_marks.xlsx"
CHOICES = {"n5": "Высокий", "n4": "Выше среднего", "n3": "Средний", "n2": "Низкий"}


def _context(db, language="en"):  # type: ignore[no-untyped-def]
    from eduqa_desktop.services.schools import list_schools
    from eduqa_desktop.settings import Preferences
    from eduqa_desktop.ui.context import UiContext

    return UiContext(db, list_schools(db)[0], Preferences(language=language))


def _dialog(qtbot, db):  # type: ignore[no-untyped-def]
    with db.session() as session:
        school_id = session.scalar(select(School.id))
    request = ImportRequest(ImportKind.RESULTS, UNKNOWN, school_id, create_missing=True)
    plan = preview_import(db, request)
    dialog = ImportPreviewDialog(_context(db), request, plan)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_map_the_mark_columns_then_import(qtbot, school_db):  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, school_db)
    panel = dialog.columns
    assert dialog.tabs.currentWidget() is panel
    assert not dialog.import_button.isEnabled() and not panel.apply_button.isEnabled()
    assert list(panel.combos) == ["n5", "n4", "n3", "n2"]
    combo = panel.combos["n5"]
    shown = [combo.itemText(i) for i in range(combo.count())]
    assert shown[1:] == ["Класс", "Предмет", "Учитель", "Учащихся", "Высокий", "Выше среднего",
                         "Средний", "Низкий"]  # fmt: skip
    for name, header in CHOICES.items():
        panel.combos[name].setCurrentIndex(panel.combos[name].findText(header))
    assert panel.apply_button.isEnabled()
    qtbot.mouseClick(panel.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.plan.columns is None, timeout=10_000)
    assert dialog.plan.created == 2 and dialog.tabs.currentWidget() is dialog.rows
    assert dialog.rows.table.rowCount() == 2
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=10_000) as signal:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert signal.args[0].written
    with school_db.session() as session:
        assert session.scalar(select(func.sum(ResultRow.n5))) == 9
    # the same header row next time: recognised without asking
    again = _dialog(qtbot, school_db)
    assert again.plan.columns is None and again.plan.unchanged == 2


def test_the_same_header_twice_cannot_be_chosen(qtbot, school_db):  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, school_db)
    panel = dialog.columns
    for name in CHOICES:
        panel.combos[name].setCurrentIndex(panel.combos[name].findText("Высокий"))
    assert not panel.apply_button.isEnabled()
