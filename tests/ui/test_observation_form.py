"""The observation form, driven from the keyboard as an inspector would."""

from __future__ import annotations

from datetime import date

import pytest
from observation_seed import Seeded, seed
from observation_ui import Prompts, focused, make_window, press, type_text
from PySide6.QtCore import Qt
from sqlalchemy import select

from eduqa_desktop.domain.vocabulary import ObservationStatus, Purpose
from eduqa_desktop.services.checklist_views import load_template
from eduqa_desktop.services.observation_records import ObservationInput, ScoreInput
from eduqa_desktop.services.observations import finalize_observation, save_draft
from eduqa_desktop.storage.models import Observation, ObservationRevision
from eduqa_desktop.ui.observations.criterion_row import CriterionRow

K = Qt.Key


@pytest.fixture
def seeded(school_db) -> Seeded:  # type: ignore[no-untyped-def]
    return seed(school_db)


@pytest.fixture
def window(qtbot, school_db, seeded, tmp_path):  # type: ignore[no-untyped-def]
    return make_window(qtbot, school_db, tmp_path)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Prompts:
    return Prompts(monkeypatch)


def _observations(db) -> list[Observation]:  # type: ignore[no-untyped-def]
    with db.session() as session:
        return list(session.scalars(select(Observation).order_by(Observation.id)))


def test_an_inspector_fills_and_finalizes_with_the_keyboard_alone(
    window, qtbot, school_db, seeded, answers
) -> None:  # type: ignore[no-untyped-def]
    press(qtbot, K.Key_N, Qt.KeyboardModifier.ControlModifier)  # Ctrl+N: a new observation
    form = window.observations_tab.form
    qtbot.waitUntil(lambda: form.isVisible())
    assert window.current_tab_name() == "observations"
    assert focused() is form.header.teacher
    type_text(qtbot, "ganiyeva")  # no apostrophe: the name is still found
    press(qtbot, K.Key_Tab)
    assert form.header.teacher_id() == seeded.teachers["Gʻaniyeva"]
    assert focused() is form.header.observed_on  # the date stays today
    press(qtbot, K.Key_Tab)
    type_text(qtbot, "2")  # lesson period
    press(qtbot, K.Key_Tab)
    type_text(qtbot, "7-б")  # the Cyrillic letter finds 7-B
    press(qtbot, K.Key_Tab)
    assert form.header.school_class.current_value() == seeded.classes["7-B"]
    # Matematika was filled in from the teacher's only subject.
    assert form.header.subject.current_value() == seeded.subjects["matematika"]
    for _ in range(4):  # subject, purpose, checklist, observer: as they are
        press(qtbot, K.Key_Tab)
    type_text(qtbot, "Kasrlar")
    press(qtbot, K.Key_Tab)
    rows = form.view.rows
    assert focused() is rows[0] and len(rows) == 24  # Lesson analysis, scale 0–3
    # Levels by digit; each key moves on. "n" marks N/A; 0 is a level on this scale.
    keys = "3213" + "n" + "0" * 2 + "3" * 17
    for key in keys:
        type_text(qtbot, key)
    assert focused() is form.conclusions.strengths
    type_text(qtbot, "Clear aims")
    press(qtbot, K.Key_Tab)
    type_text(qtbot, "More pair work")
    # Weights 2,1,1 | 1,1,1 | 2,1,1 | …: (2·3 + 2 + 1 + 3 + 0 + 2·0 + 3·20) / (3 · 28) = 85.7 %
    assert form.scores.overall.text() == "85.7%" and form.scores.band.text() == "High"
    press(qtbot, K.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Enter: finalize
    assert answers.questions and "Finalize this observation" in answers.questions[-1]
    [saved] = _observations(school_db)
    assert saved.status == ObservationStatus.FINAL
    assert (saved.topic, saved.lesson_period, saved.recommendations) == (
        "Kasrlar",
        2,
        "More pair work",
    )
    assert saved.score == pytest.approx(72 / 84 * 100)
    assert form.correct_button.isVisible() and not form.finalize_button.isVisible()
    assert all(row.read_only for row in form.view.rows)


def test_digits_and_na_follow_the_scale(window, qtbot, seeded, answers) -> None:  # type: ignore[no-untyped-def]
    tab = window.observations_tab
    tab.new_observation()
    form = tab.form
    form.header.teacher.set_value(seeded.teachers["Karimov"])
    walkthrough = form.header.checklist.findData(seeded.templates["walkthrough"])
    form.header.checklist.setCurrentIndex(walkthrough)  # 1–4: 0 means N/A
    rows: list[CriterionRow] = form.view.rows
    assert len(rows) == 7
    rows[0].setFocus()
    for key in "0n49":  # 0 → N/A, n → N/A, 4 → level 4, 9 → nothing
        type_text(qtbot, key)
    assert rows[0].is_not_applicable() and rows[1].is_not_applicable()
    assert rows[2].level() == 4 and rows[3].level() is None
    assert focused() is rows[3]
    press(qtbot, K.Key_Up)
    press(qtbot, K.Key_Left)  # 4 → 3
    assert rows[2].level() == 3
    press(qtbot, K.Key_Backspace)
    assert not rows[2].is_answered()
    press(qtbot, K.Key_Return)  # Enter: the comment of this criterion
    assert focused() is rows[2].comment


def test_the_draft_is_saved_by_itself_and_when_the_window_closes(
    window, qtbot, school_db, seeded, answers
) -> None:  # type: ignore[no-untyped-def]
    tab = window.observations_tab
    tab.new_observation()
    form = tab.form
    form.header.teacher.set_value(seeded.teachers["Karimov"])  # (typing it: see the test above)
    form.view.rows[0].setFocus()
    type_text(qtbot, "2")
    # A few seconds after the last edit the draft is in the database.
    qtbot.waitUntil(lambda: len(_observations(school_db)) == 1, timeout=6000)
    assert "Saved at" in form.state.text()
    form.view.rows[1].setFocus()
    type_text(qtbot, "3")
    form.conclusions.strengths.setFocus()
    type_text(qtbot, "Typed just before closing")
    window.close()  # a language change closes the window the same way
    [draft] = _observations(school_db)
    assert draft.status == ObservationStatus.DRAFT
    assert draft.strengths == "Typed just before closing"
    assert draft.score == pytest.approx((2 * 2 + 3) / 9 * 100)  # weights 2 and 1, scale 0–3


def _final_observation(db, seeded: Seeded) -> int:  # type: ignore[no-untyped-def]
    template = load_template(db, seeded.templates["walkthrough"])
    data = ObservationInput(
        seeded.school_id,
        seeded.teachers["Ismoilova"],
        template.id,
        date(2025, 10, 6),
        observer="Rahimova N.",
        scores=tuple(ScoreInput(c.id, 2) for c in template.criteria),
    )
    return finalize_observation(db, save_draft(db, data).id).id


def test_correct_a_final_observation_with_a_reason(
    window, qtbot, school_db, seeded, answers
) -> None:  # type: ignore[no-untyped-def]
    observation_id = _final_observation(school_db, seeded)
    tab = window.observations_tab
    tab.refresh()
    tab.open_observation(observation_id)
    form = tab.form
    assert form.read_only() and form.banner.isVisible()
    form.view.rows[0].setFocus()
    type_text(qtbot, "4")  # read-only: nothing happens
    assert form.view.rows[0].level() == 2
    answers.text = "The first level was typed wrong"
    qtbot.mouseClick(form.correct_button, Qt.MouseButton.LeftButton)
    assert not form.read_only() and form.finish_button.isVisible()
    form.view.rows[0].setFocus()
    type_text(qtbot, "4")
    qtbot.mouseClick(form.finish_button, Qt.MouseButton.LeftButton)
    assert form.read_only()
    with school_db.session() as session:
        observation = session.get(Observation, observation_id)
        revision = session.scalars(select(ObservationRevision)).one()
        assert observation.revision == 1 and observation.status == ObservationStatus.FINAL
        assert revision.reason == "The first level was typed wrong"
        assert revision.before["scores"][0]["score"] == 2


def test_follow_up_visit_from_a_final_observation(
    window, qtbot, school_db, seeded, answers
) -> None:  # type: ignore[no-untyped-def]
    observation_id = _final_observation(school_db, seeded)
    tab = window.observations_tab
    tab.open_observation(observation_id)
    qtbot.mouseClick(tab.form.follow_up_button, Qt.MouseButton.LeftButton)
    form = tab.form
    assert form.detail is None and form.follow_up_of == observation_id
    assert form.header.teacher_id() == seeded.teachers["Ismoilova"]
    assert form.header.purpose.currentData() == Purpose.FOLLOW_UP
    assert form.header.template_id() == seeded.templates["walkthrough"]
    assert not any(row.is_answered() for row in form.view.rows)
