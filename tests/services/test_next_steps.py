"""The next-steps library of the shipped checklists, and mentors from evidence."""

from __future__ import annotations

from datetime import date

import pytest
from engines import ON_SERVER
from sqlalchemy import select
from teacher_world import TODAY, World

from eduqa_desktop.domain.vocabulary import Purpose
from eduqa_desktop.services.checklist_views import load_template, view_to_spec
from eduqa_desktop.services.checklists import save_checklist, spec_to_data
from eduqa_desktop.services.mentors import mentors_for, plan_peer_visit
from eduqa_desktop.services.reference_data import load_shipped_checklists, parse_checklist
from eduqa_desktop.services.teacher_profile import teacher_profile
from eduqa_desktop.storage.attention_queries import mentored_teachers
from eduqa_desktop.storage.database import Database
from eduqa_desktop.storage.models import ChecklistCriterion, VisitPlanEntry


def test_every_shipped_criterion_has_a_next_step_in_three_languages() -> None:
    specs = load_shipped_checklists()
    criteria = [c for spec in specs for s in spec.sections for c in s.criteria]
    assert len(criteria) == 47
    for criterion in criteria:
        step = criterion.next_step
        assert step is not None, criterion.text["en"]
        assert all(len(step[x].split()) >= 6 for x in ("uz", "ru", "en")), step
        assert "'" not in step["uz"]  # oʻ and gʻ with U+02BB


def test_the_library_is_in_the_database_and_goes_with_an_edit(school_db: Database) -> None:
    world = World(school_db)
    view = load_template(school_db, world.template_id)
    first = view.sections[0].criteria[0]
    assert first.next_step is not None
    assert first.next_step["en"].startswith("Write the goal on the board")
    # The file format carries it, and an edited next step is saved with the checklist.
    spec = view_to_spec(view)
    assert parse_checklist(spec_to_data(spec)) == spec
    section = spec.sections[0]
    changed = section.criteria[0].__class__(
        **{**section.criteria[0].__dict__, "next_step": {"uz": "", "ru": "", "en": "Ask why."}}
    )
    edited = spec.__class__(
        **{
            **spec.__dict__,
            "sections": (
                section.__class__(section.title, (changed, *section.criteria[1:])),
                *spec.sections[1:],
            ),
        }
    )
    saved = save_checklist(school_db, world.template_id, edited)
    assert load_template(school_db, saved).sections[0].criteria[0].next_step["en"] == "Ask why."


def _scores(world: World, first: int) -> list[int]:
    """`first` on the first criterion, 2 on the others (scale 0–3)."""
    return [first] + [2] * (len(world.criteria) - 1)


def test_mentors_are_colleagues_strong_in_it_same_subject_first(school_db: Database) -> None:
    world = World(school_db)
    weak = world.teacher("Weak Algebra", "Aniq fanlar", ("Algebra",))
    same_subject = world.teacher("Same Subject", "Boshqa", ("Algebra",))
    department = world.teacher("Same Department", "Aniq fanlar", ("Physics",))
    elsewhere = world.teacher("Other Department", "Tillar", ("Physics",))
    middling = world.teacher("Middling Algebra", "Aniq fanlar", ("Algebra",))
    day = date(2025, 11, 20)
    world.observation(weak, day, _scores(world, 0))
    world.observation(weak, day, _scores(world, 1))
    world.observation(same_subject, day, _scores(world, 2))  # 66.7 %: the top third
    world.observation(department, day, _scores(world, 3))
    world.observation(elsewhere, day, _scores(world, 3))  # strong, but no shared work
    world.observation(middling, day, _scores(world, 1))  # 33 %: not strong
    criterion = world.criteria[0]
    found = mentors_for(school_db, weak, [criterion], as_of=TODAY)[criterion]
    assert [(m.full_name, m.same_subject, m.score) for m in found] == [
        ("Same Subject", True, 66.7),
        ("Same Department", False, 100.0),
    ]
    # The profile names the criterion with its next step among the weakest.
    profile = teacher_profile(school_db, weak, today=TODAY)
    weakest = next(c for c in profile.weakest if c.criterion_id == criterion)
    assert weakest.next_step is not None and weakest.next_step.en.startswith("Write the goal")


def test_plan_a_peer_visit_puts_it_in_the_plan(school_db: Database) -> None:
    world = World(school_db)
    weak = world.teacher("Weak Algebra", "Aniq fanlar", ("Algebra",))
    mentor = world.teacher("Strong Algebra", "Aniq fanlar", ("Algebra",))
    entry_id = plan_peer_visit(school_db, weak, mentor, year=2026, month=1, note="Aims")
    with school_db.session() as session:
        entry = session.scalar(select(VisitPlanEntry).where(VisitPlanEntry.id == entry_id))
        assert entry is not None
        assert (entry.teacher_id, entry.observer, entry.purpose) == (
            mentor,
            "Weak Algebra",
            Purpose.PEER_VISIT,
        )
        assert (entry.year, entry.month, entry.note) == (2026, 1, "Aims")
        # The visitor now has a mentor this year (the new-teacher signal reads it).
        assert weak in mentored_teachers(
            session, [world.school_id], date(2025, 9, 1), date(2026, 6, 30)
        )


@pytest.mark.skipif(ON_SERVER, reason="downgrades and reopens a database file")
def test_an_older_file_gets_the_library_for_its_shipped_checklists(
    school_db: Database,
) -> None:
    """Migration 0008 on a file made before it: the shipped criteria get their next steps,
    a criterion whose text was edited gets none."""
    from alembic import command

    from eduqa_desktop.storage.database import alembic_config, open_database

    world = World(school_db)
    with school_db.session() as session:
        edited = session.get(ChecklistCriterion, world.criteria[1])
        assert edited is not None
        edited.text_en = "An aim of our own"
    path = school_db.path
    school_db.close()
    config = alembic_config()
    database = open_database(path)
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0007")
    database.close()
    again = open_database(path)  # upgraded to the head on open
    view = load_template(again, world.template_id)
    steps = [c.next_step for c in view.criteria]
    assert steps[0] is not None and steps[0]["ru"].startswith("Записать цель на доске")
    assert steps[1] is None
    assert all(s is not None for s in steps[2:])
    again.close()
