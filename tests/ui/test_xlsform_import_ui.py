"""Checklists…: an XLSForm previewed (what is not carried over), imported, exported again."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from observation_seed import Seeded, seed
from observation_ui import Prompts, make_window
from PySide6.QtCore import QCoreApplication, Qt
from xlsform_world import NOT_CARRIED_ROWS, SURVEY, edited, write_form

from eduqa_desktop.exchange.xlsform_reader import read_xlsform
from eduqa_desktop.services.checklists import list_checklists
from eduqa_desktop.ui.observations.checklist_editor import ChecklistEditor

SHOTS = os.environ.get("EDUQA_SHOTS")  # a folder: the preview is saved there as PNG


@pytest.fixture
def seeded(school_db) -> Seeded:  # type: ignore[no-untyped-def]
    return seed(school_db)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Prompts:
    return Prompts(monkeypatch)


@pytest.fixture
def editor(qtbot, school_db, seeded, tmp_path):  # type: ignore[no-untyped-def]
    window = make_window(qtbot, school_db, tmp_path)
    dialog = ChecklistEditor(window.context, window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _names(db) -> list[str]:  # type: ignore[no-untyped-def]
    return [s.name["ru"] or s.name["en"] for s in list_checklists(db)]


def _open_preview(editor, qtbot, answers, path: Path):  # type: ignore[no-untyped-def]
    answers.path = str(path)
    button = editor.buttons[QCoreApplication.translate("ChecklistEditor", "Import .xlsx…")]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.preview is not None and editor.preview.isVisible())
    return editor.preview


def test_an_xlsform_is_previewed_then_imported(  # type: ignore[no-untyped-def]
    editor, qtbot, school_db, answers, tmp_path
) -> None:
    before = _names(school_db)
    preview = _open_preview(editor, qtbot, answers, write_form(tmp_path / "kobo.xlsx"))
    text = preview.summary.text()
    assert "will be added as a new checklist" in text
    assert "Criteria: 3 in 3 sections" in text and "Languages: Русский, English" in text
    assert "Scale: 1 Unsatisfactory · 2 Satisfactory · 3 Good · 4 Excellent" in text
    tree = preview.tree
    assert [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())] == [
        "Lesson", "Lesson › Opening", "Climate"
    ]  # fmt: skip
    assert tree.topLevelItem(0).child(0).text(0) == "The goal is clear"
    preview.tabs.setCurrentIndex(1)
    table = preview.skipped
    assert [int(table.item(r, 1).text()) for r in range(table.rowCount())] == NOT_CARRIED_ROWS
    assert (table.item(0, 2).text(), table.item(0, 3).text()) == ("text", "comment")
    assert table.item(0, 4).text() == "the question type “text” has no place in a checklist"
    if SHOTS:
        preview.grab().save(str(Path(SHOTS) / "xlsform_preview.png"))
    assert _names(school_db) == before  # nothing written while looking
    qtbot.mouseClick(preview.import_button, Qt.MouseButton.LeftButton)
    assert "Посещение урока" in _names(school_db)
    assert editor.list.currentItem().text() == "Посещение урока · version 1"


def test_cancel_writes_nothing_and_a_bad_form_is_refused(  # type: ignore[no-untyped-def]
    editor, qtbot, school_db, answers, tmp_path
) -> None:
    before = _names(school_db)
    preview = _open_preview(editor, qtbot, answers, write_form(tmp_path / "kobo.xlsx"))
    preview.buttons.rejected.emit()
    assert _names(school_db) == before
    editor.preview = None
    answers.path = str(write_form(tmp_path / "bad.xlsx", edited(SURVEY, 5, 1, "select_one x")))
    qtbot.mouseClick(editor.buttons["Import .xlsx…"], Qt.MouseButton.LeftButton)
    assert editor.preview is None
    kind, message = answers.shown[-1]
    assert kind == "warning"
    assert "bad.xlsx" in message and "row 5, column A" in message and "“x”" in message
    assert _names(school_db) == before


def test_export_as_xlsform_from_the_editor(  # type: ignore[no-untyped-def]
    editor, qtbot, school_db, answers, tmp_path
) -> None:
    preview = _open_preview(editor, qtbot, answers, write_form(tmp_path / "kobo.xlsx"))
    qtbot.mouseClick(preview.import_button, Qt.MouseButton.LeftButton)
    answers.path = str(tmp_path / "exported.xlsx")
    qtbot.mouseClick(editor.buttons["Export XLSForm…"], Qt.MouseButton.LeftButton)
    original, exported = read_xlsform(tmp_path / "kobo.xlsx"), read_xlsform(answers.path)
    assert exported.spec.sections == original.spec.sections
    assert exported.spec.scale == original.spec.scale
    assert exported.languages == ("ru", "en") and exported.not_carried == ()
    editor.preview = None
    again = _open_preview(editor, qtbot, answers, Path(answers.path))
    assert "already here, unchanged" in again.summary.text()
    assert not again.import_button.isEnabled()


@pytest.mark.parametrize("language", ["ru", "uz"])
def test_the_preview_in_russian_and_uzbek(  # type: ignore[no-untyped-def]
    qtbot, school_db, seeded, answers, tmp_path, language
) -> None:
    from localized_window import window_in

    with window_in(qtbot, school_db, language, tmp_path) as window:
        editor = ChecklistEditor(window.context, window)
        qtbot.addWidget(editor)
        editor.show()
        preview = _open_preview(editor, qtbot, answers, write_form(tmp_path / "kobo.xlsx"))
        preview.resize(900, 560)
        expected = {"ru": "будет добавлен как новый чек-лист", "uz": "yangi nazorat varaqasi"}
        assert expected[language] in preview.summary.text()
        assert preview.tree.topLevelItem(0).text(0) == {"ru": "Урок", "uz": "Урок"}[language]
        assert preview.skipped.item(0, 4).text() != (
            "the question type “text” has no place in a checklist"
        )
        if SHOTS:
            preview.tabs.setCurrentIndex(1)
            preview.grab().save(str(Path(SHOTS) / f"xlsform_preview_{language}.png"))
        preview.reject()
        if SHOTS:
            editor.resize(1366, 700)
            editor.grab().save(str(Path(SHOTS) / f"checklist_editor_{language}.png"))


def test_a_dropped_xlsform_goes_through_file_import_and_its_preview(  # type: ignore[no-untyped-def]
    main_window, qtbot, answers, tmp_path
) -> None:
    from eduqa_desktop.exchange.import_plan import ImportKind
    from eduqa_desktop.ui.file_drop import open_dropped

    db = main_window.context.db
    path = write_form(tmp_path / "from the district.xlsx")
    dialog = open_dropped(main_window, path)
    assert dialog is not None and dialog.kind.currentData() == ImportKind.CHECKLIST
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(answers.shown) or dialog.checklist_preview is not None)
    assert answers.shown == []
    qtbot.waitUntil(lambda: dialog.checklist_preview is not None
                    and dialog.checklist_preview.isVisible())  # fmt: skip
    preview = dialog.checklist_preview
    assert preview.skipped.rowCount() == len(NOT_CARRIED_ROWS)
    assert "Посещение урока" not in _names(db)
    qtbot.mouseClick(preview.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert "Посещение урока" in _names(db)
    assert "checklist version 1" in main_window.statusBar().currentMessage()
