"""The Observations tab: find an observation, filter, print it, delete a draft, follow up."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from observation_seed import Seeded, seed
from observation_ui import Prompts, focused, make_window, press, type_text
from pypdf import PdfReader
from PySide6.QtCore import Qt

from eduqa_desktop.domain.vocabulary import Purpose
from eduqa_desktop.services.checklist_views import load_template
from eduqa_desktop.services.observation_records import ObservationInput, ScoreInput
from eduqa_desktop.services.observations import finalize_observation, save_draft

K = Qt.Key


@pytest.fixture
def seeded(school_db) -> Seeded:  # type: ignore[no-untyped-def]
    return seed(school_db)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Prompts:
    return Prompts(monkeypatch)


def _observe(db, seeded: Seeded, teacher: str, day: date, level: int, final: bool) -> int:  # type: ignore[no-untyped-def]
    template = load_template(db, seeded.templates["walkthrough"])
    data = ObservationInput(
        seeded.school_id,
        seeded.teachers[teacher],
        template.id,
        day,
        observer="Rahimova N.",
        subject_id=seeded.subjects["matematika"],
        purpose=Purpose.THEMATIC_CHECK,
        scores=tuple(ScoreInput(c.id, level) for c in template.criteria),
    )
    observation_id = save_draft(db, data).id
    return finalize_observation(db, observation_id).id if final else observation_id


@pytest.fixture
def window(qtbot, school_db, seeded, tmp_path):  # type: ignore[no-untyped-def]
    _observe(school_db, seeded, "Gʻaniyeva", date(2025, 10, 14), 4, final=True)  # 100 %
    _observe(school_db, seeded, "Karimov", date(2025, 10, 20), 1, final=True)  # 0 %
    _observe(school_db, seeded, "Sharipova", date(2025, 11, 3), 3, final=False)  # 66.7 %
    result = make_window(qtbot, school_db, tmp_path)
    result.show_tab("observations")
    return result


def _teachers(tab) -> list[str]:  # type: ignore[no-untyped-def]
    return [tab.proxy.line(row).teacher.split()[0] for row in range(tab.proxy.rowCount())]


def test_the_list_sorts_filters_and_searches_like_people_write(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    tab = window.observations_tab
    assert _teachers(tab) == ["Sharipova", "Karimov", "Gʻaniyeva"]  # newest first
    assert tab.filters.count.text() == "3 of 3 shown"
    press(qtbot, K.Key_F, Qt.KeyboardModifier.ControlModifier)  # Ctrl+F
    assert focused() is tab.filters.search
    for query in ("G'aniyeva", "ganieva", "Ғаниева", "gʼANIYEVA"):
        tab.filters.search.clear()
        type_text(qtbot, query)
        assert _teachers(tab) == ["Gʻaniyeva"], query
    assert tab.filters.count.text() == "1 of 3 shown"
    tab.filters.search.clear()
    tab.filters.status.setCurrentIndex(tab.filters.status.findText("Draft"))
    assert _teachers(tab) == ["Sharipova"]
    tab.filters.clear()
    tab.filters.band.setCurrentIndex(tab.filters.band.findText("Unsatisfactory"))
    assert _teachers(tab) == ["Karimov"]
    tab.filters.clear()
    tab.table.sortByColumn(7, Qt.SortOrder.AscendingOrder)  # by score
    assert _teachers(tab) == ["Karimov", "Sharipova", "Gʻaniyeva"]
    # Nothing matches: the empty state says so and offers to clear the filters.
    type_text(qtbot, "nobody at all")
    assert tab.table_stack.currentIndex() == 1
    assert tab.empty_label.text() == "No observation matches the filters."
    qtbot.mouseClick(tab.empty_action, Qt.MouseButton.LeftButton)
    assert tab.proxy.rowCount() == 3 and tab.filters.search.text() == ""


def test_print_the_chosen_observation(window, qtbot, answers, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    tab = window.observations_tab
    type_text_target = tab.filters.search
    type_text_target.setFocus()
    type_text(qtbot, "karimov")
    tab.table.setFocus()
    tab.table.selectRow(0)
    answers.path = str(tmp_path / "karimov.pdf")
    shift = Qt.KeyboardModifier.ShiftModifier
    press(qtbot, K.Key_P, Qt.KeyboardModifier.ControlModifier | shift)  # Save as PDF
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(answers.path).pages).split())
    assert "Karimov Javlon Olimovich" in text and "Walkthrough (10 minutes)" in text
    assert "0.0%" in text and "Unsatisfactory" in text
    assert f"Saved {answers.path}" in window.statusBar().currentMessage()


def test_delete_a_draft_but_never_a_final_observation(window, qtbot, school_db, answers) -> None:  # type: ignore[no-untyped-def]
    tab = window.observations_tab
    tab.table.setFocus()
    tab.table.selectRow(1)  # Karimov's final observation
    assert not tab.delete_button.isEnabled()
    press(qtbot, K.Key_Delete)
    assert tab.proxy.rowCount() == 3 and not answers.questions
    tab.table.selectRow(0)  # Sharipova's draft
    assert tab.delete_button.isEnabled()
    press(qtbot, K.Key_Delete)
    assert "Delete the draft of Sharipova" in answers.questions[-1]
    assert _teachers(tab) == ["Karimov", "Gʻaniyeva"]


def test_open_with_enter_and_follow_up_from_the_list(window, qtbot, answers) -> None:  # type: ignore[no-untyped-def]
    tab = window.observations_tab
    tab.table.setFocus()
    tab.table.selectRow(1)  # Karimov, final
    qtbot.mouseClick(tab.follow_up_button, Qt.MouseButton.LeftButton)
    form = tab.form
    assert form.isVisible() and form.header.purpose.currentData() == Purpose.FOLLOW_UP
    qtbot.mouseClick(form.back_button, Qt.MouseButton.LeftButton)  # nothing typed: nothing kept
    assert tab.proxy.rowCount() == 3
    tab.table.setFocus()
    tab.table.selectRow(2)
    press(qtbot, K.Key_Return)
    assert form.isVisible() and form.header.teacher.currentText().startswith("Gʻaniyeva")
    assert form.scores.overall.text() == "100.0%"


def test_no_observation_yet_offers_to_observe_a_lesson(
    qtbot, school_db, seeded, tmp_path, answers
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, school_db, tmp_path)
    tab = window.observations_tab
    window.show_tab("observations")
    assert tab.empty_label.text() == "No observations yet."
    qtbot.mouseClick(tab.empty_action, Qt.MouseButton.LeftButton)
    assert tab.form.isVisible() and tab.form.title.text() == "New observation"
