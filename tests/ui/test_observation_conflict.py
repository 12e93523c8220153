"""Two observers on one draft: the form that saves second is shown both versions and chooses —
reload what the other saved, or keep its own; never a traceback, never a silent overwrite."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from observation_seed import Seeded, seed
from observation_ui import Prompts, make_window, type_text
from PySide6.QtCore import Qt

from eduqa_desktop.services.checklist_views import load_template
from eduqa_desktop.services.observation_records import (
    ObservationInput,
    ScoreInput,
    get_observation,
)
from eduqa_desktop.services.observations import save_draft
from eduqa_desktop.ui.dialogs.conflict_dialog import ConflictDialog


@pytest.fixture
def seeded(school_db) -> Seeded:  # type: ignore[no-untyped-def]
    return seed(school_db)


@pytest.fixture
def opened(qtbot, school_db, seeded, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    """The form on a draft, one strength typed; meanwhile another PC saved a new topic."""
    Prompts(monkeypatch)
    template = load_template(school_db, seeded.templates["walkthrough"])
    draft = save_draft(
        school_db,
        ObservationInput(
            seeded.school_id, seeded.teachers["Ismoilova"], template.id, date(2025, 10, 6),
            observer="Rahimova N.", topic="Kasrlar",
            scores=tuple(ScoreInput(c.id, 2) for c in template.criteria),
        ),
    )  # fmt: skip
    window = make_window(qtbot, school_db, tmp_path)
    tab = window.observations_tab
    tab.refresh()
    tab.open_observation(draft.id)
    form = tab.form
    form.conclusions.strengths.setFocus()
    type_text(qtbot, "Savollar yaxshi")
    other = get_observation(school_db, draft.id)  # the other observer's PC
    save_draft(school_db, replace(other.data, topic="Oʻnli kasrlar"), draft.id,
               expected_version=other.row_version)  # fmt: skip
    return form, draft.id


def _answer(monkeypatch, button: str) -> list[list[tuple[str, str, str]]]:  # type: ignore[no-untyped-def]
    shown: list[list[tuple[str, str, str]]] = []

    def ask(dialog: ConflictDialog):  # type: ignore[no-untyped-def]
        shown.append(dialog.rows())
        dialog.show()
        getattr(dialog, button).click()
        return dialog.choice

    monkeypatch.setattr(ConflictDialog, "ask", ask)
    return shown


def test_keep_mine_saves_over_theirs_once_both_are_shown(opened, school_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    form, observation_id = opened
    shown = _answer(monkeypatch, "keep_button")
    assert form.save_now(explicit=True)
    assert shown == [
        [("Topic", "Kasrlar", "Oʻnli kasrlar"), ("Strengths", "Savollar yaxshi", "—")]
    ]
    saved = get_observation(school_db, observation_id).data
    assert (saved.topic, saved.strengths) == ("Kasrlar", "Savollar yaxshi")
    assert "Saved at" in form.state.text()


def test_reload_shows_theirs_and_writes_nothing_of_mine(opened, school_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    form, observation_id = opened
    _answer(monkeypatch, "reload_button")
    assert form.save_now(explicit=True)
    saved = get_observation(school_db, observation_id).data
    assert (saved.topic, saved.strengths) == ("Oʻnli kasrlar", "")
    assert form.header.topic.text() == "Oʻnli kasrlar"
    assert form.conclusions.strengths.toPlainText() == ""
    assert not form.dirty


def test_closing_the_dialog_keeps_the_input_unsaved(opened, school_db, monkeypatch, qtbot) -> None:  # type: ignore[no-untyped-def]
    form, observation_id = opened

    def close(dialog: ConflictDialog):  # type: ignore[no-untyped-def]
        dialog.show()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        return dialog.choice

    monkeypatch.setattr(ConflictDialog, "ask", close)
    assert not form.save_now(explicit=True)
    assert "someone else saved" in form.state.text()
    assert form.conclusions.strengths.toPlainText() == "Savollar yaxshi"
    assert get_observation(school_db, observation_id).data.strengths == ""
