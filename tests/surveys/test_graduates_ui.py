"""pytest-qt: where grade 9 went, typed into the form from File ▸ Surveys, then seen on the
dashboard, in the mechanisms panel and in the district report's Graduates sheet."""

from __future__ import annotations

from pathlib import Path

from graduates_world import fill
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from eduqa_desktop.domain.graduates import Destination as D
from eduqa_desktop.domain.vocabulary import Mechanism
from eduqa_desktop.ui import prompts

TYPED = {D.GRADE_10: 20, D.COLLEGE: 12, D.LYCEUM: 3, D.DUAL_EDUCATION: 4, D.UNKNOWN: 1}


def _type_number(qtbot, box, value: int) -> None:  # type: ignore[no-untyped-def]
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), str(value))


def test_enter_destinations_and_see_them_in_the_district_report(
    qtbot, main_window, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window = main_window
    tab = window.dashboard_tab
    qtbot.waitUntil(lambda: tab.data is not None, timeout=20_000)
    assert window.graduates_action in window.surveys_menu.actions()
    window.graduates_action.trigger()
    dialog = window.graduates_dialog
    dialog.choose("2025-2026", 9)
    for destination, box in dialog.count_boxes.items():
        _type_number(qtbot, box, TYPED.get(destination, 0))
    while dialog.placements.rowCount():
        dialog.placements.selectRow(0)
        qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    name, how, count = dialog.placement_widgets(0)
    qtbot.keyClicks(name, "Qurilish texnikumi")
    how.setCurrentIndex(how.findData(D.DUAL_EDUCATION))
    _type_number(qtbot, count, 5)  # more than the 4 who went to dual education
    assert not dialog.save_button.isEnabled()
    assert "5 graduates are placed" in dialog.problem.text()
    assert "Dual education with a partner" in dialog.problem.text()
    _type_number(qtbot, count, 4)
    assert dialog.save_button.isEnabled() and dialog.total_label.text() == "40"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Graduates of grade 9, 2025-2026 saved" in window.statusBar().currentMessage()

    panel = tab.graduates_panel  # the dashboard reloads itself on the change
    qtbot.waitUntil(lambda: panel.cell_text("total", 9) == "40", timeout=20_000)
    assert panel.cell_text("college", 9) == "12 (30.0%)"
    assert tab.data is not None  # the data the panel was loaded after
    dual = next(m for m in tab.data.mechanisms if m.mechanism == Mechanism.DUAL_EDUCATION)
    assert dual.graduates >= 4  # grade 9's four and grade 11's from the demo

    # File ▸ Export ▸ District report…
    target = tmp_path / "district.xlsx"
    monkeypatch.setattr(prompts, "save_file", lambda *args: str(target))
    action = next(a for a in window.export_menu.actions() if a.text() == "District report…")
    action.trigger()
    export = window._export_dialog
    export.year.setCurrentIndex(export.year.findData("2026-2027"))
    qtbot.mouseClick(export.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.exists() and not export.isVisible(), timeout=30_000)
    book = load_workbook(target, read_only=True)
    rows = [r for r in book["Graduates"].iter_rows(min_row=5, values_only=True) if r and r[0]]
    header, nine = rows[0], next(r for r in rows[1:] if r[1] == 9)
    assert header[:5] == ("School", "Grade", "Graduates", "Grade 10 at school", "Academic lyceum")
    assert nine[2:6] == (40, 20, 3, 12)
    assert nine[header.index("Further study, %")] == 35 / 40
    partners = [r for r in book["Partners"].iter_rows(min_row=6, values_only=True) if r]
    assert ("Qurilish texnikumi", 9, "Dual education", 4) in [
        (r[1], r[3], r[4], r[5]) for r in partners
    ]


def test_import_graduates_from_the_file_menu(
    qtbot, main_window, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window = main_window
    tab = window.dashboard_tab
    qtbot.waitUntil(lambda: tab.data is not None, timeout=20_000)
    target = tmp_path / "bitiruvchilar.xlsx"
    monkeypatch.setattr(prompts, "save_file", lambda *args: str(target))
    monkeypatch.setattr(prompts, "open_file", lambda *args: str(target))
    window.graduates_import_action.trigger()
    dialog = window.graduates_import_dialog
    qtbot.mouseClick(dialog.template_button, Qt.MouseButton.LeftButton)
    assert target.exists() and "Template saved" in dialog.summary.text()
    fill(target, {"college": "many"}, {"university": 30, "employed": 5})
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20_000)
    assert not dialog.import_button.isEnabled() and "Nothing is written" in dialog.summary.text()
    assert dialog.table.item(0, 3).text() == "B"  # the column of the bad count
    fill(target, {}, {"university": 30, "employed": 5})
    dialog.plan = None
    dialog.set_file(str(target))
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=20_000)
    assert "graduates of 2025-2026" in dialog.summary.text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    panel = tab.graduates_panel
    qtbot.waitUntil(lambda: panel.cell_text("total", 11) == "35", timeout=20_000)
    assert panel.cell_text("university", 11) == "30 (85.7%)"
    assert "Graduates imported" in window.statusBar().currentMessage()
