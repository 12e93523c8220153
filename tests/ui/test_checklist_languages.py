"""A checklist's text edited in one language: the editor and the list of checklists say which
other languages are now out of date, until they are edited too or said to be up to date."""

from __future__ import annotations

import pytest
from observation_seed import Seeded, seed
from observation_ui import Prompts, make_window, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget

from eduqa_desktop.services.checklists import list_checklists
from eduqa_desktop.ui.observations.checklist_editor import ChecklistEditor

WALKTHROUGH = "Walkthrough (10 minutes)"
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def seeded(school_db) -> Seeded:  # type: ignore[no-untyped-def]
    return seed(school_db)


@pytest.fixture
def window(qtbot, school_db, seeded, tmp_path):  # type: ignore[no-untyped-def]
    return make_window(qtbot, school_db, tmp_path)


def _open(qtbot, window) -> ChecklistEditor:  # type: ignore[no-untyped-def]
    dialog = ChecklistEditor(window.context, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    row = next(i for i in range(dialog.list.count()) if WALKTHROUGH in dialog.list.item(i).text())
    dialog.list.setCurrentRow(row)
    return dialog


def _edit_first_criterion(qtbot, dialog: ChecklistEditor, language: str, words: str) -> None:  # type: ignore[no-untyped-def]
    spec = dialog.editor
    spec.text_language.setCurrentIndex(spec.text_language.findData(language))
    spec.tree.setCurrentItem(spec.tree.topLevelItem(0).child(0))
    spec.item_text.setFocus()
    spec.item_text.moveCursor(spec.item_text.textCursor().MoveOperation.End)
    type_text(qtbot, words)


def _marked(dialog: ChecklistEditor) -> list[str]:
    combo = dialog.editor.text_language
    return [combo.itemData(i) for i in range(combo.count()) if combo.itemText(i).endswith("⚠")]


def _family_stale(db) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
    return next(s for s in list_checklists(db) if s.name["en"] == WALKTHROUGH).stale_languages


def test_a_change_in_one_language_marks_the_others_out_of_date(
    window, qtbot, school_db, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    Prompts(monkeypatch)
    dialog = _open(qtbot, window)
    spec = dialog.editor
    assert not spec.stale_note.isVisible() and _marked(dialog) == []
    _edit_first_criterion(qtbot, dialog, "ru", " Все ученики.")
    assert spec.stale_note.isVisible() and spec.up_to_date_button.isVisible()
    assert "Oʻzbekcha, English" in spec.stale_note.text()
    assert _marked(dialog) == ["uz", "en"]
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert _family_stale(school_db) == ("uz", "en")
    item = dialog.list.currentItem()
    assert item.text().startswith("⚠") and "Out of date: Oʻzbekcha, English" in item.toolTip()
    dialog.close()
    # Opened again (another day): the mark is still there; the Uzbek text brought up to date.
    dialog = _open(qtbot, window)
    spec = dialog.editor
    assert _marked(dialog) == ["uz", "en"] and spec.stale_note.isVisible()
    _edit_first_criterion(qtbot, dialog, "uz", " Barcha oʻquvchilar.")
    assert _marked(dialog) == ["uz", "en"]  # the other texts in Uzbek are not looked at yet
    qtbot.mouseClick(spec.up_to_date_button, LEFT)
    assert _marked(dialog) == [] and not spec.stale_note.isVisible()
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert _family_stale(school_db) == ()
    assert not dialog.list.currentItem().text().startswith("⚠")


def test_the_same_text_edited_in_every_language_leaves_nothing_stale(
    window, qtbot, school_db, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    Prompts(monkeypatch)
    dialog = _open(qtbot, window)
    for language, words in (("en", " All."), ("ru", " Все."), ("uz", " Hammasi.")):
        _edit_first_criterion(qtbot, dialog, language, words)
    assert _marked(dialog) == [] and not dialog.editor.stale_note.isVisible()
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert _family_stale(school_db) == ()


def test_a_level_label_edited_in_one_language_marks_the_others(
    window, qtbot, school_db, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    Prompts(monkeypatch)
    dialog = _open(qtbot, window)
    spec = dialog.editor
    spec.text_language.setCurrentIndex(spec.text_language.findData("uz"))
    spec.findChild(QTabWidget).setCurrentWidget(spec.scale)
    table = spec.scale.table
    table.item(0, 1).setText("Kuzatilmadi umuman")  # what the cell editor commits
    assert table.item(0, 1).text() == "Kuzatilmadi umuman"
    assert _marked(dialog) == ["ru", "en"] and spec.stale_note.isVisible()
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert _family_stale(school_db) == ("ru", "en")
