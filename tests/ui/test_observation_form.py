"""The observation form, driven from the keyboard as an inspector would."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from observation_seed import Seeded, seed
from observation_ui import Prompts, activate, focused, make_window, press, type_text
from PySide6.QtCore import Qt
from sqlalchemy import select

from eduqa_desktop.domain.vocabulary import ObservationStatus, Purpose
from eduqa_desktop.services.checklist_views import load_template
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.observation_records import (
    ObservationInput,
    ScoreInput,
    get_observation,
)
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


# --- nothing typed is lost, dates typed like a user -------------------------------------------

CTRL = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton


def _saved(db, form) -> ObservationInput:  # type: ignore[no-untyped-def]
    assert form.observation_id is not None, form.state.text()
    return get_observation(db, form.observation_id).data


def _click(qtbot, widget, target=None) -> None:  # type: ignore[no-untyped-def]
    """Click into a field as the mouse would (into `target`: a text box's text area)."""
    activate(qtbot, widget.window())  # a completer popup may have been the active window
    if target is None:
        target = widget.viewport() if hasattr(widget, "viewport") else widget
    qtbot.mouseClick(target, LEFT)
    qtbot.waitUntil(widget.hasFocus)


def _choose_teacher(qtbot, form, name: str) -> None:  # type: ignore[no-untyped-def]
    _click(qtbot, form.header.teacher, form.header.teacher.lineEdit())
    press(qtbot, K.Key_A, CTRL)
    type_text(qtbot, name)
    press(qtbot, K.Key_Tab)
    assert form.header.teacher_id() is not None


def test_everything_typed_before_the_teacher_is_saved_once_the_teacher_is_chosen(
    window, qtbot, school_db, seeded, answers, keyboard
) -> None:  # type: ignore[no-untyped-def]
    press(qtbot, K.Key_N, CTRL)
    form = window.observations_tab.form
    qtbot.waitUntil(form.isVisible)
    assert focused() is form.header.teacher
    press(qtbot, K.Key_Tab)  # the teacher later: the date first
    assert focused() is form.header.observed_on
    qtbot.keyClicks(focused(), "03112025")
    press(qtbot, K.Key_Tab)
    type_text(qtbot, "4")  # lesson period
    press(qtbot, K.Key_Tab)
    type_text(qtbot, "9-a")
    press(qtbot, K.Key_Tab)
    type_text(qtbot, "fizika")
    press(qtbot, K.Key_Tab)
    press(qtbot, K.Key_Down)  # purpose: the next one in the list
    purpose = form.header.purpose.currentData()
    assert purpose != Purpose.PLANNED_CONTROL
    for _ in range(3):  # purpose, checklist, observer: as they are
        press(qtbot, K.Key_Tab)
    type_text(qtbot, "Kasrlar")
    press(qtbot, K.Key_Tab)
    rows = form.view.rows
    assert focused() is rows[0]  # the levels can be given before the teacher too
    type_text(qtbot, "32")
    press(qtbot, K.Key_Return)  # the comment of the third criterion
    type_text(qtbot, "Good questions")
    _click(qtbot, form.conclusions.strengths)
    keyboard(form.conclusions.strengths, "Чёткие цели")
    press(qtbot, K.Key_Tab)
    type_text(qtbot, "More pair work")
    press(qtbot, K.Key_Tab)
    type_text(qtbot, "Visit again")
    press(qtbot, K.Key_Tab)
    assert focused() is form.conclusions.due
    qtbot.keyClicks(focused(), "20112025")
    press(qtbot, K.Key_Tab)
    press(qtbot, K.Key_Space)  # the teacher has seen it
    # The autosave comes and cannot save: the form says why, and keeps everything.
    qtbot.waitUntil(
        lambda: form.state.text() == "Not saved: choose the teacher first.", timeout=6000
    )
    assert form.header.problem.isVisible() and "Choose the teacher" in form.header.problem.text()
    assert _observations(school_db) == []
    _choose_teacher(qtbot, form, "karimov")
    qtbot.waitUntil(lambda: len(_observations(school_db)) == 1, timeout=6000)
    saved = _saved(school_db, form)
    assert saved.teacher_id == seeded.teachers["Karimov"]
    assert saved.observed_on == date(2025, 11, 3) and saved.lesson_period == 4
    assert saved.class_id == seeded.classes["9-A"]
    assert saved.subject_id == seeded.subjects["fizika"] and saved.purpose == purpose
    assert (saved.observer, saved.topic) == ("Rahimova N.", "Kasrlar")
    assert (saved.strengths, saved.recommendations, saved.next_steps) == (
        "Чёткие цели",
        "More pair work",
        "Visit again",
    )
    assert saved.next_steps_due == date(2025, 11, 20) and saved.teacher_has_seen
    assert [(s.criterion_id, s.score, s.comment) for s in saved.scores] == [
        (rows[0].criterion.id, 3, ""),
        (rows[1].criterion.id, 2, ""),
        (rows[2].criterion.id, None, "Good questions"),
    ]
    assert not form.header.problem.isVisible()


def test_leaving_or_closing_without_a_teacher_asks_before_anything_is_lost(
    window, qtbot, school_db, seeded, answers
) -> None:  # type: ignore[no-untyped-def]
    tab = window.observations_tab
    qtbot.mouseClick(tab.new_button, LEFT)
    form = tab.form
    _click(qtbot, form.header.topic)
    type_text(qtbot, "Fractions")  # only a header field: no level, no conclusion
    answers.answer = False
    qtbot.mouseClick(form.back_button, LEFT)
    assert "Choose the teacher first" in answers.questions[-1]
    assert "lose what you typed" in answers.questions[-1]
    assert form.isVisible() and form.header.topic.text() == "Fractions"
    press(qtbot, K.Key_N, CTRL)  # another new observation: not over this one
    assert answers.shown[-1][0] == "warning" and "stays in the form" in answers.shown[-1][1]
    assert form.header.topic.text() == "Fractions" and focused() is form.header.teacher
    window.show_tab("teachers")
    assert not window.close()  # the program closes: asked first, No keeps everything
    assert "Close anyway and lose what you typed" in answers.questions[-1]
    assert window.isVisible() and window.current_tab_name() == "observations"
    assert form.isVisible() and form.header.topic.text() == "Fractions"
    answers.answer = True
    qtbot.mouseClick(form.back_button, LEFT)  # now the user chooses to lose it
    assert not form.isVisible() and _observations(school_db) == []
    qtbot.mouseClick(tab.new_button, LEFT)
    qtbot.mouseClick(form.back_button, LEFT)  # nothing typed: nothing to ask
    asked = len(answers.questions)
    assert not form.isVisible() and len(answers.questions) == asked


def test_a_language_or_school_change_keeps_the_observation_started_without_a_teacher(
    qtbot, school_db, seeded, answers, keyboard, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from eduqa_desktop.app import create_application
    from eduqa_desktop.controller import Controller
    from eduqa_desktop.services.schools import create_school
    from eduqa_desktop.settings import Preferences
    from eduqa_desktop.ui.language import install_language

    other = create_school(school_db, "Yangi maktab", year="2025-2026")  # listed second
    create_application()
    install_language("en")
    controller = Controller(
        Preferences(language="en", user_name="Rahimova N."), tmp_path / "prefs.json"
    )
    try:
        assert controller.open(school_db.path)
        window = controller.window
        window.show_tab("observations")
        qtbot.mouseClick(window.observations_tab.new_button, LEFT)
        form = window.observations_tab.form
        qtbot.keyClicks(form.header.teacher.lineEdit(), "ova")  # three teachers: none chosen
        qtbot.keyClicks(form.header.topic, "Kasrlar")
        keyboard(form.conclusions.strengths, "Чёткие цели")
        window.language_changed.emit("ru")  # what accepting Settings with Русский does
        assert controller.window is not window and answers.questions == []
        window = controller.window
        form = window.observations_tab.form
        assert window.current_tab_name() == "observations" and form.isVisible()
        assert form.header.topic.text() == "Kasrlar"
        assert form.conclusions.strengths.toPlainText() == "Чёткие цели"
        assert form.header.teacher.currentText() == "ova"
        assert form.state.text() == "Не сохранено: сначала выберите учителя."
        assert form.header.problem.isVisible()
        window.school_selector.setCurrentIndex(window.school_selector.findData(other.id))
        assert controller.window is not window and answers.questions == []
        window = controller.window
        form = window.observations_tab.form
        assert form.isVisible() and form.header.topic.text() == "Kasrlar"
        assert form.header.school_id() == seeded.school_id  # the lesson was in the first one
        _choose_teacher(qtbot, form, "karimov")
        press(qtbot, K.Key_S, CTRL)
        saved = _saved(school_db, form)
        assert (saved.school_id, saved.teacher_id) == (seeded.school_id, seeded.teachers["Karimov"])
        assert (saved.topic, saved.strengths) == ("Kasrlar", "Чёткие цели")
        assert controller.window.close()
    finally:
        install_language("en")
        controller.close()


@pytest.mark.parametrize("language", ["en", "ru"])
def test_dates_typed_with_the_keyboard_are_saved_while_the_field_has_the_focus(
    qtbot, school_db, seeded, answers, tmp_path, language
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, school_db, tmp_path, language)
    press(qtbot, K.Key_N, CTRL)
    form = window.observations_tab.form
    type_text(qtbot, "karimov")
    press(qtbot, K.Key_Tab)
    observed_on = form.header.observed_on
    assert focused() is observed_on  # the day is selected: digits replace it
    qtbot.keyClicks(observed_on, "14102025")  # day, month, year: the same in every language
    assert observed_on.text() == "14.10.2025"
    press(qtbot, K.Key_S, CTRL)  # saved at once, the focus still in the date
    assert focused() is observed_on
    assert _saved(school_db, form).observed_on == date(2025, 10, 14)
    press(qtbot, K.Key_Home)  # back to the day…
    press(qtbot, K.Key_Up)  # …the next one; the autosave takes it
    assert observed_on.text() == "15.10.2025"
    qtbot.waitUntil(lambda: _saved(school_db, form).observed_on == date(2025, 10, 15), timeout=6000)
    _click(qtbot, form.conclusions.next_steps)
    type_text(qtbot, "Visit again")
    press(qtbot, K.Key_Tab)
    due = form.conclusions.due
    assert focused() is due and due.text() == "—"
    qtbot.keyClicks(due, "01122025")  # typed into "—": day, month, year
    assert due.text() == "01.12.2025" and not form.conclusions.due_problem.isVisible()
    press(qtbot, K.Key_S, CTRL)
    assert _saved(school_db, form).next_steps_due == date(2025, 12, 1)
    press(qtbot, K.Key_Down)  # the year before: before the lesson
    assert due.text() == "01.12.2024" and form.conclusions.due_problem.isVisible()
    press(qtbot, K.Key_Up)
    assert not form.conclusions.due_problem.isVisible()
    press(qtbot, K.Key_A, CTRL)  # select all, Delete: no due date again
    press(qtbot, K.Key_Delete)
    assert due.text() == "—"
    press(qtbot, K.Key_S, CTRL)
    assert _saved(school_db, form).next_steps_due is None
    press(qtbot, K.Key_Up)  # ↑ on "—" starts from the lesson date
    assert due.text() == "15.10.2025"
    press(qtbot, K.Key_S, CTRL)
    assert _saved(school_db, form).next_steps_due == date(2025, 10, 15)


def test_impossible_dates_are_shown_next_to_their_field_and_cannot_be_finalized(
    window, qtbot, school_db, seeded, answers
) -> None:  # type: ignore[no-untyped-def]
    press(qtbot, K.Key_N, CTRL)
    form = window.observations_tab.form
    type_text(qtbot, "karimov")
    press(qtbot, K.Key_Tab)
    later = date.today() + timedelta(days=3)
    qtbot.keyClicks(focused(), later.strftime("%d%m%Y"))
    problem = form.header.problem
    assert problem.isVisible() and "in the future" in problem.text()
    press(qtbot, K.Key_S, CTRL)  # the draft keeps what is typed…
    assert _saved(school_db, form).observed_on == later
    with pytest.raises(UserError):  # …a final observation cannot have it
        finalize_observation(school_db, form.observation_id or 0)
    _click(qtbot, form.view.rows[0])
    type_text(qtbot, "3" * len(form.view.rows))
    assert form.view.unanswered() == []
    press(qtbot, K.Key_Return, CTRL)
    assert answers.shown[-1] == (
        "warning",
        "The lesson date is in the future. Type the day of the lesson.",
    )
    assert focused() is form.header.observed_on and not form.read_only()
    qtbot.keyClicks(focused(), "10112025")
    assert not problem.isVisible()
    _click(qtbot, form.conclusions.next_steps)
    type_text(qtbot, "Visit again")
    press(qtbot, K.Key_Tab)
    qtbot.keyClicks(focused(), "09112025")  # the day before the lesson
    assert form.conclusions.due_problem.isVisible()
    press(qtbot, K.Key_Return, CTRL)
    assert "due before the lesson date" in answers.shown[-1][1]
    assert focused() is form.conclusions.due and not form.read_only()
    press(qtbot, K.Key_Up)  # the year is selected: a year later
    assert not form.conclusions.due_problem.isVisible()
    press(qtbot, K.Key_Return, CTRL)
    assert "Finalize this observation" in answers.questions[-1] and form.read_only()
    final = _saved(school_db, form)
    assert (final.observed_on, final.next_steps_due) == (date(2025, 11, 10), date(2026, 11, 9))
