"""The end of the observation form from the keyboard: Tab reaches "the teacher has seen it"
after the due date; the finalize question has the action on its default button."""

from __future__ import annotations

from datetime import date

import pytest
from observation_seed import Seeded, seed
from observation_ui import Prompts, focused, make_window, press, type_text
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from eduqa_desktop.services.checklist_views import load_template
from eduqa_desktop.services.observation_records import (
    ObservationInput,
    ScoreInput,
    get_observation,
)
from eduqa_desktop.services.observations import finalize_observation, save_draft
from eduqa_desktop.ui import prompts

K = Qt.Key


@pytest.fixture
def seeded(school_db) -> Seeded:  # type: ignore[no-untyped-def]
    return seed(school_db)


@pytest.fixture
def window(qtbot, school_db, seeded, tmp_path):  # type: ignore[no-untyped-def]
    return make_window(qtbot, school_db, tmp_path)


def _draft(db, seeded: Seeded, *, final: bool = False) -> int:  # type: ignore[no-untyped-def]
    template = load_template(db, seeded.templates["walkthrough"])
    data = ObservationInput(
        seeded.school_id,
        seeded.teachers["Ismoilova"],
        template.id,
        date(2025, 10, 6),
        observer="Rahimova N.",
        scores=tuple(ScoreInput(c.id, 2) for c in template.criteria),
    )
    observation_id = save_draft(db, data).id
    return finalize_observation(db, observation_id).id if final else observation_id


def test_tab_goes_from_the_due_date_to_the_teacher_has_seen_it(
    window, qtbot, school_db, seeded, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    answers = Prompts(monkeypatch)
    tab = window.observations_tab
    tab.open_observation(_draft(school_db, seeded))
    form = tab.form
    conclusions = form.conclusions
    conclusions.next_steps.setFocus()
    press(qtbot, K.Key_Tab)
    assert focused() is conclusions.due  # empty ("—")
    press(qtbot, K.Key_Tab)
    assert focused() is conclusions.seen
    press(qtbot, K.Key_Backtab)
    type_text(qtbot, "20102025")  # a date typed day, month, year, then Tab
    press(qtbot, K.Key_Tab)
    assert focused() is conclusions.seen
    press(qtbot, K.Key_Space)
    assert conclusions.seen.isChecked()
    press(qtbot, K.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = get_observation(school_db, form.observation_id).data
    assert saved.teacher_has_seen and saved.next_steps_due == date(2025, 10, 20)
    # A final observation: ticked in a correction, reached the same way.
    final_id = _draft(school_db, seeded, final=True)
    tab.open_observation(final_id)
    assert not conclusions.seen.isEnabled()  # read-only until Correct…
    answers.text = "The teacher has read it"
    qtbot.mouseClick(form.correct_button, Qt.MouseButton.LeftButton)
    conclusions.due.setFocus()
    press(qtbot, K.Key_Tab)
    assert focused() is conclusions.seen
    press(qtbot, K.Key_Space)
    press(qtbot, K.Key_S, Qt.KeyboardModifier.ControlModifier)  # saves the correction
    assert get_observation(school_db, final_id).data.teacher_has_seen and form.read_only()


def test_the_finalize_question_does_the_action_on_enter(
    window, qtbot, school_db, seeded, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    answers = Prompts(monkeypatch)
    tab = window.observations_tab
    tab.open_observation(_draft(school_db, seeded))
    answers.answer = False  # Cancel: nothing changes, and the question said what Enter does
    press(qtbot, K.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert answers.actions == ["Finalize now"] and "Enter finalizes" in answers.questions[-1]
    assert not tab.form.read_only()
    answers.answer = True
    press(qtbot, K.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert tab.form.read_only()


def _answer_box(key: Qt.Key, seen: list[str]) -> None:
    """When the message box is up: note its default button's text, then press `key`."""

    def act() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, act)
            return
        seen.append(box.defaultButton().text())
        from PySide6.QtTest import QTest

        QTest.keyClick(box, key)

    QTimer.singleShot(0, act)


@pytest.mark.parametrize(("key", "done"), [(K.Key_Return, True), (K.Key_Escape, False)])
def test_the_real_confirm_box_defaults_to_the_action(qtbot, key: Qt.Key, done: bool) -> None:  # type: ignore[no-untyped-def]
    seen: list[str] = []
    _answer_box(key, seen)
    assert prompts.confirm(None, "Finalize", "Finalize it?", "Finalize") is done
    assert seen == ["Finalize"]
