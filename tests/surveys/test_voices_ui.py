"""pytest-qt: a blank survey template from File ▸ Surveys, filled, imported, read on Voices."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from survey_world import fill_tallies

from eduqa_desktop.ui import prompts


def _dashboard_term(window) -> tuple[str, int]:  # type: ignore[no-untyped-def]
    tab = window.dashboard_tab
    assert tab.data is not None
    selection = tab.data.filter
    return selection.year, selection.term or 4


def test_import_a_filled_survey_from_the_file_menu_and_read_the_voices_panel(
    qtbot, main_window, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window = main_window
    tab = window.dashboard_tab
    qtbot.waitUntil(lambda: tab.data is not None, timeout=20_000)
    panel = tab.voices_panel
    qtbot.waitUntil(lambda: panel.data is not None, timeout=20_000)
    year, term = _dashboard_term(window)

    # File ▸ Surveys ▸ Blank survey template… for the parents
    target = tmp_path / "parents.xlsx"
    monkeypatch.setattr(prompts, "save_file", lambda *args, **kwargs: str(target))
    assert window.survey_template_action in window.surveys_menu.actions()
    window.survey_template_action.trigger()
    dialog = window.survey_template_dialog
    dialog.choose("parents", "tallies")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert target.exists()

    # the vice-principal types the counts of 10 paper forms into the template
    fill_tallies(
        target,
        {1: (0, 1, 1, 4, 4), 2: (0, 0, 2, 4, 4), 5: (2, 2, 2, 2, 2)},
        respondents=10,
        year=year,
        term=term,
    )

    # File ▸ Surveys ▸ Import survey…
    monkeypatch.setattr(prompts, "open_file", lambda *args, **kwargs: str(target))
    window.survey_import_action.trigger()
    importer = window.survey_import_dialog
    qtbot.mouseClick(importer.browse_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(importer.import_button.isEnabled, timeout=20_000)
    assert "10" in importer.summary.text() and "Parents" in importer.summary.text()
    assert importer.table.item(0, 0).text() == "Teaching and learning"
    assert importer.table.item(0, 2).text() == "80.0%"  # 16 of 20 agree
    with (
        qtbot.waitSignal(panel.shown, timeout=20_000),
        qtbot.waitSignal(importer.imported, timeout=20_000),
    ):
        qtbot.mouseClick(importer.import_button, Qt.MouseButton.LeftButton)

    # the Voices panel on the dashboard
    assert not panel.table.isHidden()
    assert panel.cell_text("teaching_learning", "parents") == "80.0%"
    assert panel.cell_text("climate_safety", "parents") == "40.0% (low)"
    assert panel.cell_text("all", "parents") == "66.7%"  # 20 of 30
    header = panel.table.horizontalHeaderItem(0).text()
    assert header == "Parents\n(10)"
    assert "Survey imported" in window.statusBar().currentMessage()


def test_a_bad_file_is_refused_in_the_preview(
    qtbot, main_window, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window = main_window
    bad = tmp_path / "notes.xlsx"
    from openpyxl import Workbook

    Workbook().save(bad)
    monkeypatch.setattr(prompts, "open_file", lambda *args, **kwargs: str(bad))
    window.survey_import_action.trigger()
    importer = window.survey_import_dialog
    qtbot.mouseClick(importer.browse_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: importer.plan is not None, timeout=20_000)
    assert not importer.import_button.isEnabled()
    assert "not a survey template" in importer.table.item(0, 0).text()
    assert "Nothing is written" in importer.summary.text()
