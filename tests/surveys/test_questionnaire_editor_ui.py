"""pytest-qt: File ▸ Surveys ▸ Questionnaires… — a statement edited in Russian and saved makes
version 2 (the demo's rounds keep version 1), the printed form shows the new text, and the
questionnaire goes out to .xlsx and back as the next version."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt

from eduqa_desktop.domain.vocabulary import Stakeholder
from eduqa_desktop.services.questionnaires import current_questionnaire
from eduqa_desktop.ui import prompts

NEW_TEXT = "Учителя объясняют новый материал понятно и терпеливо."


def _editor(qtbot, window):  # type: ignore[no-untyped-def]
    assert window.questionnaire_editor_action in window.surveys_menu.actions()
    window.questionnaire_editor_action.trigger()
    editor = window.questionnaire_editor
    qtbot.waitExposed(editor)
    return editor


def _versions(editor) -> list[tuple[str, list[str]]]:  # type: ignore[no-untyped-def]
    tree = editor.versions
    return [
        (
            tree.topLevelItem(i).text(0),
            [
                tree.topLevelItem(i).child(j).text(0)
                for j in range(tree.topLevelItem(i).childCount())
            ],
        )
        for i in range(tree.topLevelItemCount())
    ]


def test_edit_a_statement_in_russian_save_and_print_version_2(
    qtbot, main_window, tmp_path: Path, monkeypatch, keyboard
) -> None:  # type: ignore[no-untyped-def]
    window = main_window
    editor = _editor(qtbot, window)
    editor.choose("parents")
    assert editor.list.currentItem().text() == "Parents · version 1"
    before = _versions(editor)
    assert before[0][0] == "Version 1 (in use)" and before[0][1]  # the demo's rounds
    old_rounds = before[0][1]
    assert not editor.save_button.isEnabled()

    # Russian texts, the first statement rewritten
    spec_editor = editor.editor
    spec_editor.text_language.setCurrentIndex(spec_editor.text_language.findData("ru"))
    spec_editor.list.setCurrentRow(0)
    spec_editor.statement_text.selectAll()
    keyboard(spec_editor.statement_text, NEW_TEXT)
    assert spec_editor.list.item(0).text() == f"1. {NEW_TEXT}"
    assert (
        "Oʻzbekcha" in spec_editor.stale_note.text() and "English" in spec_editor.stale_note.text()
    )
    assert "Saving makes version 2" in editor.info.text()
    asked: list[str] = []
    monkeypatch.setattr(prompts, "question", lambda _p, _t, text: asked.append(text) or True)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert asked and "version 2" in asked[0]

    # version 2 in use; the old rounds under version 1
    assert editor.list.currentItem().text() == "⚠ Parents · version 2"
    after = _versions(editor)
    assert after[0] == ("Version 2 (in use)", ["No survey answered with it yet"])
    assert after[1] == ("Version 1", old_rounds)
    assert not editor.save_button.isEnabled()
    spec = current_questionnaire(window.context.db, Stakeholder.PARENTS)
    assert spec.version == 2 and spec.statements[0].text["ru"] == NEW_TEXT
    editor.editor.text_language.setCurrentIndex(0)  # the Uzbek text is marked out of date
    assert "⚠" in editor.editor.text_language.itemText(0)

    # Print… shows the new text in the Russian form
    target = tmp_path / "parents-ru.pdf"
    monkeypatch.setattr(prompts, "save_file", lambda *args: str(target))
    qtbot.mouseClick(editor.print_button, Qt.MouseButton.LeftButton)
    printer = editor.print_dialog
    printer.choose("parents", "ru")
    qtbot.mouseClick(printer.pdf_button, Qt.MouseButton.LeftButton)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(target).pages)
    assert NEW_TEXT in text
    printer.close()
    editor.close()


def test_export_a_questionnaire_and_import_it_back_as_the_next_version(
    qtbot, main_window, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    window = main_window
    editor = _editor(qtbot, window)
    editor.choose("teachers")
    target = tmp_path / "teachers.xlsx"
    monkeypatch.setattr(prompts, "save_file", lambda *args: str(target))
    qtbot.mouseClick(editor.export_button, Qt.MouseButton.LeftButton)
    book = load_workbook(target)
    sheet = book.worksheets[1]
    assert sheet.cell(1, 6).value == "Text (English)"
    sheet.cell(2, 6).value = "Edited in Excel"
    sheet.delete_rows(3)  # the second statement goes
    book.save(target)
    before = current_questionnaire(window.context.db, Stakeholder.TEACHERS)
    monkeypatch.setattr(prompts, "open_file", lambda *args, **kwargs: str(target))
    qtbot.mouseClick(editor.import_button, Qt.MouseButton.LeftButton)
    after = current_questionnaire(window.context.db, Stakeholder.TEACHERS)
    assert after.version == before.version + 1
    assert after.statements[0].text["en"] == "Edited in Excel"
    assert after.statements[0].key == before.statements[0].key
    assert len(after.statements) == len(before.statements) - 1
    assert editor.list.currentItem().text() == f"Teachers · version {after.version}"

    # a workbook that is not a questionnaire: refused in words, nothing changes
    bad = tmp_path / "bad.xlsx"
    sheet.title = "Other"
    for row in sheet.iter_rows(min_row=1, max_row=1):
        for cell in row:
            cell.value = None
    book.save(bad)
    shown: list[str] = []
    monkeypatch.setattr(prompts, "open_file", lambda *args, **kwargs: str(bad))
    monkeypatch.setattr(
        prompts, "show_user_error", lambda _p, _t, problem: shown.append(str(problem))
    )
    qtbot.mouseClick(editor.import_button, Qt.MouseButton.LeftButton)
    assert shown and "not a questionnaire workbook" in shown[0]
    assert current_questionnaire(window.context.db, Stakeholder.TEACHERS).id == after.id
    editor.close()


def test_add_reorder_tag_and_remove_statements(qtbot, main_window, monkeypatch, keyboard) -> None:  # type: ignore[no-untyped-def]
    from eduqa_desktop.domain.surveys import Dimension
    from eduqa_desktop.domain.vocabulary import Mechanism

    window = main_window
    before = current_questionnaire(window.context.db, Stakeholder.EMPLOYERS)
    editor = _editor(qtbot, window)
    editor.choose("employers")
    spec_editor = editor.editor
    spec_editor.text_language.setCurrentIndex(spec_editor.text_language.findData("en"))
    last = spec_editor.list.count() - 1
    spec_editor.list.setCurrentRow(last)
    qtbot.mouseClick(spec_editor.add_button, Qt.MouseButton.LeftButton)  # after the last
    assert spec_editor.list.currentRow() == last + 1
    keyboard(spec_editor.statement_text, "Graduates can work in a team")
    spec_editor.dimension.setCurrentIndex(spec_editor.dimension.findData(Dimension.READINESS))
    practice = next(
        spec_editor.mechanisms.item(i)
        for i in range(spec_editor.mechanisms.count())
        if spec_editor.mechanisms.item(i).data(Qt.ItemDataRole.UserRole + 3) == Mechanism.PRACTICE
    )
    practice.setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(spec_editor.up_button, Qt.MouseButton.LeftButton)  # one place up
    spec_editor.list.setCurrentRow(0)
    qtbot.mouseClick(spec_editor.remove_button, Qt.MouseButton.LeftButton)  # the first goes
    monkeypatch.setattr("eduqa_desktop.ui.prompts.question", lambda *a: True)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    after = current_questionnaire(window.context.db, Stakeholder.EMPLOYERS)
    assert len(after.statements) == len(before.statements)
    added = after.statements[-2]  # moved above what was the last statement
    assert added.text["en"] == "Graduates can work in a team"
    assert added.dimension is Dimension.READINESS and Mechanism.PRACTICE in added.mechanisms
    assert after.statements[-1].key == before.statements[-1].key
    assert after.statements[0].key == before.statements[1].key  # the first was removed
    assert added.key not in {s.key for s in before.statements}
    editor.close()
