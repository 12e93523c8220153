"""The checklist editor gives a checklist its time-on-task protocol; a calibration session
starts from the Calibration view."""

from __future__ import annotations

import pytest
from observation_seed import seed
from observation_ui import Prompts, make_window
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from eduqa_desktop.domain.snapshots import ProtocolKind, SnapshotProtocol
from eduqa_desktop.services.checklist_views import load_template
from eduqa_desktop.services.checklists import list_checklists
from eduqa_desktop.ui.observations.calibration_dialog import CalibrationDialog
from eduqa_desktop.ui.observations.checklist_editor import ChecklistEditor


@pytest.fixture
def window(qtbot, school_db, tmp_path):  # type: ignore[no-untyped-def]
    seed(school_db)
    return make_window(qtbot, school_db, tmp_path)


def test_the_editor_sets_the_snapshot_protocol(qtbot, window, school_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    answers = Prompts(monkeypatch)
    editor = ChecklistEditor(window.context, window)
    qtbot.addWidget(editor)
    editor.show()
    row = next(
        i for i in range(editor.list.count()) if editor.list.item(i).text().startswith("Walk")
    )
    editor.list.setCurrentRow(row)
    combo = editor.editor.snapshots
    assert combo.currentData() is None  # the shipped walkthrough takes none
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_End)  # 3 per 15-minute segment (Teach)
    assert editor.save_button.isEnabled()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not answers.shown, answers.shown
    saved = next(s for s in list_checklists(school_db) if s.name["en"].startswith("Walk"))
    assert load_template(school_db, saved.id).snapshots == SnapshotProtocol(
        ProtocolKind.SEGMENTS, 3
    )


def test_a_calibration_session_opens_a_lesson_with_its_note(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    answers = Prompts(monkeypatch)
    answers.text = "Video: grade 7 algebra"
    tab = window.observations_tab
    window.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.calibration_button, Qt.MouseButton.LeftButton)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, CalibrationDialog))
    assert dialog.stack.currentWidget() is dialog.empty  # nothing co-observed yet
    qtbot.mouseClick(dialog.session_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(tab.form.isVisible)
    group, note = tab.form.co_link
    assert group is not None and note == "Video: grade 7 algebra"
    assert tab.form.co_note.text() == "Calibration session: Video: grade 7 algebra"
