"""From the menus, like a vice-principal: export the blank observations template, a colleague
fills it in (with one teacher the school does not know), import it back through the preview,
map the teacher, import — and the lessons appear in the Observations tab."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from eduqa_desktop.services.imports import ImportKind
from eduqa_desktop.ui import prompts
from eduqa_desktop.ui.exchange_menus import open_export


def _export_template(qtbot, window, monkeypatch, path: Path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(prompts, "save_file", lambda *args: str(path))
    open_export(window, "template")
    dialog = window._export_dialog
    dialog.template_kind.setCurrentIndex(dialog.template_kind.findData("observations"))
    export = dialog.buttons.buttons()[0]
    assert dialog.buttons.buttonRole(export) == QDialogButtonBox.ButtonRole.AcceptRole
    qtbot.mouseClick(export, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: path.exists() and not dialog.isVisible(), timeout=10_000)
    assert str(path) in window.statusBar().currentMessage()


def _fill(path: Path) -> tuple[str, str]:
    book = load_workbook(path)
    sheet = book.worksheets[0]
    header = [cell.value for cell in sheet[1]]
    first_criterion = next(i for i, v in enumerate(header) if v and str(v)[0].isdigit())
    example = [cell.value for cell in sheet[2]]
    known = example[1]  # the example row names a teacher of this school
    sheet.delete_rows(2)
    count = sum(1 for v in header if v and str(v)[0].isdigit())
    fixed = ["03.11.2026", known, "5-A", "", 2, "Kasrlar", "", "Rahimova N.", ""]
    fixed += [""] * (first_criterion - len(fixed))
    sheet.append(fixed + [3] * count)
    sheet.append(["04.11.2026", "Yangi Oʻqituvchi Karimovna", "5-B", "", 3, "", "", "", ""]
                 + [""] * (first_criterion - 9) + [2, 1])  # fmt: skip
    book.save(path)
    return known, "Yangi Oʻqituvchi Karimovna"


def test_template_out_and_back_in_through_the_menus(qtbot, main_window, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    window = main_window
    path = tmp_path / "kuzatuvlar.xlsx"
    _export_template(qtbot, window, monkeypatch, path)
    known, unknown = _fill(path)
    before = window.observations_tab.model.rowCount()

    monkeypatch.setattr(prompts, "open_file", lambda *args: str(path))
    window.import_action.trigger()
    dialog = window._import_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.kind.setCurrentIndex(dialog.kind.findData(ImportKind.OBSERVATIONS))
    assert "template" in dialog.kind.currentText()
    browse = next(b for b in dialog.findChildren(type(dialog.check_button)) if "Browse" in b.text())
    qtbot.mouseClick(browse, Qt.MouseButton.LeftButton)
    assert dialog.path.text() == str(path)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.preview and dialog.preview.isVisible()), timeout=20_000)
    preview = dialog.preview

    assert not preview.import_button.isEnabled()  # the unknown teacher is to be decided
    assert preview.mapping.item(0, 0).text() == unknown
    preview.grab().save(str(tmp_path / "preview.png"))
    combo = preview.mapping.cellWidget(0, 2)
    combo.setCurrentIndex(combo.findData("create"))
    assert preview.import_button.isEnabled()
    rows = preview.rows.table
    details = {rows.item(r, 3).text(): rows.item(r, 4).text() for r in range(rows.rowCount())}
    assert details == {f"03.11.2026 · {known}": "final"}  # the other row waits for its teacher

    qtbot.mouseClick(preview.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
    assert "2 new" in window.statusBar().currentMessage()
    tab = window.observations_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() == before + 2, timeout=10_000)
    lines = {
        line.teacher: line
        for line in map(tab.proxy.line, range(tab.proxy.rowCount()))
        if line.observed_on in (date(2026, 11, 3), date(2026, 11, 4))
    }
    assert lines[known].status == "final" and lines[known].score == 100
    assert lines[unknown].status == "draft" and lines[unknown].topic == ""
