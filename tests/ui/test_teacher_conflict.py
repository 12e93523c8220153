"""Two people editing one teacher's card: the second Save shows both versions; Keep mine
saves over theirs, Reload puts theirs in the form — nothing lost unseen."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from eduqa_desktop.services.schools import list_schools
from eduqa_desktop.services.teachers import TeacherInput, add_teacher, get_teacher, update_teacher
from eduqa_desktop.settings import Preferences
from eduqa_desktop.ui.context import UiContext
from eduqa_desktop.ui.dialogs.conflict_dialog import ConflictDialog
from eduqa_desktop.ui.teachers.teacher_dialog import TeacherDialog


@pytest.fixture
def editing(qtbot, school_db, tmp_path):  # type: ignore[no-untyped-def]
    """The card open in the dialog, the phone retyped; meanwhile another PC saved a note."""
    from eduqa_desktop.app import create_application
    from eduqa_desktop.ui.language import install_language

    create_application()
    install_language("en")
    school = list_schools(school_db)[0]
    teacher = add_teacher(school_db, school.id, TeacherInput(full_name="Karimova Dilnoza"))
    context = UiContext(school_db, school, Preferences(language="en"), tmp_path / "p.json")
    dialog = TeacherDialog(context, get_teacher(school_db, teacher.id))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.phone_edit, "+998 90 123 45 67")
    other = get_teacher(school_db, teacher.id)
    update_teacher(
        school_db, teacher.id,
        TeacherInput(full_name=other.full_name, note="Mentor of the new teachers"),
        expected_version=other.row_version,
    )  # fmt: skip
    qtbot.waitUntil(dialog.save_button.isEnabled)
    return dialog, teacher.id


def _answer(monkeypatch, button: str) -> list:  # type: ignore[no-untyped-def]
    shown: list = []

    def ask(dialog: ConflictDialog):  # type: ignore[no-untyped-def]
        shown.append(dialog.rows())
        getattr(dialog, button).click()
        return dialog.choice

    monkeypatch.setattr(ConflictDialog, "ask", ask)
    return shown


def test_keep_mine(editing, school_db, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    dialog, teacher_id = editing
    shown = _answer(monkeypatch, "keep_button")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert shown == [
        [("Phone", "+998 90 123 45 67", "—"), ("Note", "—", "Mentor of the new teachers")]
    ]
    saved = get_teacher(school_db, teacher_id)
    assert (saved.phone, saved.note) == ("+998 90 123 45 67", "")
    assert dialog.result() == dialog.DialogCode.Accepted


def test_reload_theirs(editing, school_db, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    dialog, teacher_id = editing
    _answer(monkeypatch, "reload_button")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # the form now shows theirs, to edit again
    assert dialog.note_edit.toPlainText() == "Mentor of the new teachers"
    assert dialog.phone_edit.text() == ""
    saved = get_teacher(school_db, teacher_id)
    assert (saved.phone, saved.note) == ("", "Mentor of the new teachers")
    qtbot.keyClicks(dialog.phone_edit, "+998 91")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # no conflict now
    assert replace(get_teacher(school_db, teacher_id)).phone == "+998 91"
