"""Next steps in the interface: offered in the observation form when a criterion scores low,
edited with the checklist, and in the profile beside the weakest criteria with the colleagues
who could help (*Plan a peer visit* adds a visit-plan entry)."""

from __future__ import annotations

from datetime import date

import pytest
from observation_seed import Seeded, seed
from observation_ui import Prompts, focused, make_window, type_text
from PySide6.QtCore import Qt
from sqlalchemy import select

from eduqa_desktop.domain.vocabulary import Purpose
from eduqa_desktop.services.checklist_views import load_template
from eduqa_desktop.services.checklists import list_checklists
from eduqa_desktop.storage.models import Observation, ObservationScore, VisitPlanEntry
from eduqa_desktop.ui.observations.checklist_editor import ChecklistEditor
from eduqa_desktop.ui.observations.criterion_row import CriterionRow
from eduqa_desktop.ui.teachers.next_steps_panel import NextStepsPanel, next_month
from eduqa_desktop.ui.teachers.profile_dialog import TeacherProfileDialog


@pytest.fixture
def seeded(school_db) -> Seeded:  # type: ignore[no-untyped-def]
    return seed(school_db)


@pytest.fixture
def window(qtbot, school_db, seeded, tmp_path):  # type: ignore[no-untyped-def]
    return make_window(qtbot, school_db, tmp_path)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Prompts:
    return Prompts(monkeypatch)


def test_a_low_score_offers_the_next_step_and_adds_it(window, qtbot, seeded, answers) -> None:  # type: ignore[no-untyped-def]
    tab = window.observations_tab
    tab.new_observation()
    form = tab.form
    form.header.teacher.set_value(seeded.teachers["Karimov"])
    form.header.checklist.setCurrentIndex(
        form.header.checklist.findData(seeded.templates["lesson_analysis"])
    )
    rows: list[CriterionRow] = form.view.rows
    first, second = rows[0], rows[1]
    step = first.criterion.next_step["en"]
    assert step.startswith("Write the goal on the board")
    first.setFocus()
    type_text(qtbot, "3")  # a good level: nothing offered
    assert not first.suggestion_row.isVisible()
    first.setFocus()
    type_text(qtbot, "1")  # the lowest third of 0–3
    assert focused() is second
    assert first.suggestion_row.isVisible() and step in first.suggestion.text()
    click(qtbot, form, first.use_step)
    assert form.conclusions.next_steps.toPlainText() == step
    second.setFocus()
    type_text(qtbot, "0")  # the second criterion too; its step goes on a line of its own
    click(qtbot, form, second.use_step)
    click(qtbot, form, first.use_step)  # once only
    assert form.conclusions.next_steps.toPlainText().splitlines() == [
        step,
        second.criterion.next_step["en"],
    ]
    first.setFocus()
    type_text(qtbot, "2")
    assert not first.suggestion_row.isVisible()


def click(qtbot, form, button) -> None:  # type: ignore[no-untyped-def]
    """Scroll the button into view, as a user would, and click it."""
    qtbot.waitUntil(lambda: button.height() > 10)  # laid out once shown
    form.view.ensureWidgetVisible(button)
    qtbot.waitUntil(lambda: not button.visibleRegion().isEmpty())
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_next_step_is_edited_with_the_checklist(
    window, qtbot, school_db, seeded, answers
) -> None:  # type: ignore[no-untyped-def]
    editor = ChecklistEditor(window.context, window)
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    names = [editor.list.item(i).text() for i in range(editor.list.count())]
    row = next(i for i, name in enumerate(names) if name.startswith("Walkthrough"))
    editor.list.setCurrentRow(row)
    spec_editor = editor.editor
    spec_editor.tree.setCurrentItem(spec_editor.tree.topLevelItem(0).child(0))
    shipped = load_template(school_db, seeded.templates["walkthrough"]).criteria[0].next_step
    assert spec_editor.next_step.toPlainText() == shipped["en"]
    spec_editor.next_step.setFocus()
    spec_editor.next_step.selectAll()
    type_text(qtbot, "Point at the aim on the board twice")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not answers.shown, answers.shown
    family = load_template(school_db, seeded.templates["walkthrough"]).family
    current = next(s for s in list_checklists(school_db) if s.family == family)
    step = load_template(school_db, current.id).criteria[0].next_step
    assert step["en"] == "Point at the aim on the board twice"
    assert step["ru"] == shipped["ru"]  # the other languages are kept


def _observe(db, teacher_id: int, template_id: int, first: int) -> None:  # type: ignore[no-untyped-def]
    """A final lesson: `first` on the first criterion, 2 on the others."""
    view = load_template(db, template_id)
    with db.session() as session:
        observation = Observation(
            school_id=view and 1, teacher_id=teacher_id, observer="Tester",
            observed_on=date(2025, 11, 20), template_id=template_id, status="final",
            purpose=Purpose.PLANNED_CONTROL, score=50.0,
        )  # fmt: skip
        session.add(observation)
        session.flush()
        for index, criterion in enumerate(view.criteria):
            session.add(
                ObservationScore(
                    observation_id=observation.id,
                    criterion_id=criterion.id,
                    score=first if index == 0 else 2,
                )
            )


def test_the_profile_names_who_could_help_and_plans_the_visit(
    window, qtbot, school_db, seeded, answers
) -> None:  # type: ignore[no-untyped-def]
    template = seeded.templates["lesson_analysis"]
    weak, mentor = seeded.teachers["Gʻaniyeva"], seeded.teachers["Karimov"]  # Aniq fanlar
    other = seeded.teachers["Sharipova"]  # Tillar: strong too, but no shared subject or dept
    _observe(school_db, weak, template, 0)
    _observe(school_db, mentor, template, 3)
    _observe(school_db, other, template, 3)
    dialog = TeacherProfileDialog(window.context, weak, window)
    qtbot.addWidget(dialog)
    dialog.show()
    panel: NextStepsPanel = dialog.next_steps
    qtbot.waitUntil(lambda: bool(panel.plan_buttons))
    first = load_template(school_db, template).criteria[0]
    texts = [w.text() for w in panel.findChildren(type(panel.status))]
    assert any(first.next_step["en"] in t for t in texts)
    mentors = [(m.full_name, c.criterion_id) for _b, c, m in panel.plan_buttons]
    assert ("Karimov Javlon Olimovich", first.id) in mentors
    assert all(name != "Sharipova Gulnora Akmalovna" for name, _ in mentors)
    button = next(b for b, c, m in panel.plan_buttons if c.criterion_id == first.id)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    year, month = next_month(date.today())
    with school_db.session() as session:
        entries = list(session.scalars(select(VisitPlanEntry)))
    assert [(e.teacher_id, e.observer, e.purpose, e.year, e.month) for e in entries] == [
        (mentor, "Gʻaniyeva Dilnoza Rustamovna", Purpose.PEER_VISIT, year, month)
    ]
    assert "Planned for" in panel.status.text()
    dialog.close()
