"""pytest-qt: Settings ▸ Surveys raises the minimum of respondents; the Voices panel then
withholds the employers' 8 answers, with the reason in the cell's tooltip."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from eduqa_desktop.services.surveys import min_respondents
from eduqa_desktop.ui.dialogs.settings_dialog import SettingsDialog
from eduqa_desktop.ui.voices.settings_page import SurveySettingsPage


def test_the_minimum_of_respondents_is_a_setting(qtbot, main_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = main_window
    panel = window.dashboard_tab.voices_panel
    qtbot.waitUntil(lambda: panel.data is not None and not panel.data.empty, timeout=20_000)
    assert panel.cell_text("all", "employers").endswith("%")  # 8 answered, shown from 5

    def raise_minimum(dialog: SettingsDialog) -> int:
        page = next(p for p in dialog.extra_pages if isinstance(p, SurveySettingsPage))
        assert page.minimum_box.value() == 5
        page.minimum_box.lineEdit().selectAll()
        qtbot.keyClicks(page.minimum_box.lineEdit(), "10")
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", raise_minimum)
    window.settings_action.trigger()
    assert min_respondents(window.context.db) == 10
    qtbot.waitUntil(lambda: panel.cell_text("all", "employers") == "—", timeout=20_000)
    assert panel.cell_text("all", "parents").endswith("%")
    column = [str(g.stakeholder) for g in panel.data.groups].index("employers")
    row = panel.table.rowCount() - 2  # all statements
    assert "Only 8 answered: shown from 10" in panel.table.item(row, column).toolTip()
    assert "shown from 10 respondents" in panel.note.text()
