"""Correcting a final observation: a working copy in the form, written once with its reason,
or cancelled with nothing changed; the reason shown afterwards (form, report, history)."""

from __future__ import annotations

from datetime import date

import pytest
from observation_seed import Seeded, seed
from observation_ui import Prompts, make_window, type_text
from pypdf import PdfReader
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from eduqa_desktop.services.checklist_views import load_template
from eduqa_desktop.services.observation_records import ObservationInput, ScoreInput
from eduqa_desktop.services.observations import finalize_observation, save_draft
from eduqa_desktop.storage.models import AuditEntry, Observation, ObservationRevision

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def seeded(school_db) -> Seeded:  # type: ignore[no-untyped-def]
    return seed(school_db)


@pytest.fixture
def window(qtbot, school_db, seeded, tmp_path):  # type: ignore[no-untyped-def]
    return make_window(qtbot, school_db, tmp_path)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Prompts:
    return Prompts(monkeypatch)


def _final(db, seeded: Seeded) -> int:  # type: ignore[no-untyped-def]
    template = load_template(db, seeded.templates["walkthrough"])
    data = ObservationInput(
        seeded.school_id,
        seeded.teachers["Ismoilova"],
        template.id,
        date(2025, 10, 6),
        observer="Rahimova N.",
        lesson_period=3,
        scores=tuple(ScoreInput(c.id, 2) for c in template.criteria),
    )
    return finalize_observation(db, save_draft(db, data).id).id


def _stored(db, observation_id: int) -> tuple[int, int, int, int]:  # type: ignore[no-untyped-def]
    """Lesson number, first level, revisions and audit entries as the database holds them."""
    with db.session() as session:
        observation = session.get(Observation, observation_id)
        first = min(observation.scores, key=lambda s: s.criterion_id).score
        revisions = session.scalar(select(func.count()).select_from(ObservationRevision))
        audits = session.scalar(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "correct")
        )
        return observation.lesson_period, first, revisions, audits


def _retype_period(qtbot, form, value: str) -> None:  # type: ignore[no-untyped-def]
    form.header.period.setFocus()
    form.header.period.selectAll()
    type_text(qtbot, value)


def _start_correction(qtbot, form, answers, reason: str) -> None:  # type: ignore[no-untyped-def]
    answers.text = reason
    qtbot.mouseClick(form.correct_button, LEFT)
    assert not form.read_only()
    assert form.finish_button.isVisible() and form.cancel_correction_button.isVisible()
    assert reason in form.banner.text()


def test_a_correction_is_written_once_with_its_reason(
    window, qtbot, school_db, seeded, answers, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    observation_id = _final(school_db, seeded)
    tab = window.observations_tab
    tab.open_observation(observation_id)
    form = tab.form
    _start_correction(qtbot, form, answers, "Lesson number typed wrong")
    for value in ("9", "12", "4"):  # half-typed values on the way to the right one
        _retype_period(qtbot, form, value)
        assert not form.timer.isActive()  # nothing waits to be autosaved
        form.timer.timeout.emit()  # and were the autosave to fire, it writes nothing
        assert _stored(school_db, observation_id) == (3, 2, 0, 0)
    form.view.rows[0].setFocus()
    type_text(qtbot, "3")
    qtbot.mouseClick(form.finish_button, LEFT)
    assert form.read_only() and not form.finish_button.isVisible()
    assert _stored(school_db, observation_id) == (4, 3, 1, 1)  # one revision, one audit entry
    with school_db.session() as session:
        revision = session.scalars(select(ObservationRevision)).one()
        assert revision.reason == "Lesson number typed wrong"
        assert revision.before["lesson_period"] == 3
    # The reason is shown afterwards: in the form's banner, opened again ...
    tab.open_observation(observation_id)
    banner = form.banner.text()
    assert "Corrected on" in banner and "Lesson number typed wrong" in banner
    assert "Rahimova N." in banner
    # ... in the report ...
    answers.path = str(tmp_path / "corrected.pdf")
    qtbot.mouseClick(form.bar.pdf_button, LEFT)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(answers.path).pages).split())
    assert "Correction 1" in text and "Lesson number typed wrong" in text
    # ... and in the teacher's observation history.
    window.teachers_tab.refresh()
    dialog = window.teachers_tab.open_teacher_profile(seeded.teachers["Ismoilova"])
    model = dialog.observations
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    column = headers.index("Correction")
    assert model.index(0, column).data() == "Lesson number typed wrong"
    dialog.close()


def test_a_correction_can_be_cancelled_and_nothing_changes(
    window, qtbot, school_db, seeded, answers
) -> None:  # type: ignore[no-untyped-def]
    observation_id = _final(school_db, seeded)
    tab = window.observations_tab
    tab.open_observation(observation_id)
    form = tab.form
    _start_correction(qtbot, form, answers, "Thought the level was wrong")
    form.view.rows[0].setFocus()
    type_text(qtbot, "0")
    _retype_period(qtbot, form, "7")
    answers.answer = False  # "Discard the changes?" — No: the correction goes on
    qtbot.mouseClick(form.cancel_correction_button, LEFT)
    assert not form.read_only() and form.header.period.value() == 7
    answers.answer = True
    qtbot.mouseClick(form.cancel_correction_button, LEFT)
    assert answers.questions[-1].startswith("Discard the changes of this correction?")
    assert form.read_only() and form.correct_button.isVisible()
    assert form.header.period.value() == 3 and form.view.rows[0].level() == 2
    assert _stored(school_db, observation_id) == (3, 2, 0, 0)
    # Leaving the form in the middle of a correction asks too, and writes nothing.
    _start_correction(qtbot, form, answers, "Another try")
    _retype_period(qtbot, form, "5")
    answers.answer = False
    qtbot.mouseClick(form.back_button, LEFT)
    assert form.isVisible() and "not saved yet" in answers.questions[-1]
    answers.answer = True
    qtbot.mouseClick(form.back_button, LEFT)
    assert _stored(school_db, observation_id) == (3, 2, 0, 0)
