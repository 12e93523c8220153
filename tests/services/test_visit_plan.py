"""The visit plan in the database: add, list with status, generate, finalize → done."""

from __future__ import annotations

from datetime import date

import pytest
from observation_seed import seed

from eduqa_desktop.domain.visit_plan import PlanRules, VisitStatus
from eduqa_desktop.domain.vocabulary import Purpose
from eduqa_desktop.services.checklist_views import load_template
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.observation_records import ObservationInput, ScoreInput
from eduqa_desktop.services.observations import finalize_observation, save_draft
from eduqa_desktop.services.visit_plan import (
    PlannedVisitInput,
    add_proposals,
    add_visit,
    count_by_status,
    delete_visits,
    list_plan,
    plan_year,
    propose_plan,
    update_visit,
)

SEPTEMBER, MAY = (2025, 9), (2026, 5)


def test_a_planned_visit_turns_done_when_the_observation_is_finalized(school_db) -> None:  # type: ignore[no-untyped-def]
    seeded = seed(school_db)
    teacher = seeded.teachers["Sharipova"]
    visit = add_visit(
        school_db, PlannedVisitInput(seeded.school_id, teacher, 2025, 10, observer="Rahimova")
    )
    [line] = list_plan(school_db, seeded.school_id, SEPTEMBER, MAY, today=date(2025, 10, 2))
    assert (line.id, line.status, line.teacher) == (
        visit,
        VisitStatus.DUE,
        "Sharipova Gulnora Akmalovna",
    )
    [line] = list_plan(school_db, seeded.school_id, SEPTEMBER, MAY, today=date(2025, 11, 5))
    assert line.status == VisitStatus.OVERDUE

    template = load_template(school_db, seeded.templates["walkthrough"])
    draft = save_draft(
        school_db,
        ObservationInput(
            seeded.school_id,
            teacher,
            template.id,
            date(2025, 10, 20),
            scores=tuple(ScoreInput(c.id, 3) for c in template.criteria),
        ),
    )
    [line] = list_plan(school_db, seeded.school_id, SEPTEMBER, MAY, today=date(2025, 11, 5))
    assert line.status == VisitStatus.OVERDUE  # a draft does not count
    finalize_observation(school_db, draft.id)
    [line] = list_plan(school_db, seeded.school_id, SEPTEMBER, MAY, today=date(2025, 11, 5))
    assert (line.status, line.observation_id, line.observed_on) == (
        VisitStatus.DONE,
        draft.id,
        date(2025, 10, 20),
    )
    assert count_by_status([line])[VisitStatus.DONE] == 1


def test_edit_and_delete_planned_visits(school_db) -> None:  # type: ignore[no-untyped-def]
    seeded = seed(school_db)
    data = PlannedVisitInput(seeded.school_id, seeded.teachers["Karimov"], 2025, 12)
    visit = add_visit(school_db, data)
    moved = PlannedVisitInput(
        seeded.school_id,
        seeded.teachers["Karimov"],
        2026,
        1,
        date(2026, 1, 20),
        Purpose.THEMATIC_CHECK,
        "Aliyev",
        "Laboratory work",
    )
    update_visit(school_db, visit, moved)
    [line] = list_plan(school_db, seeded.school_id, SEPTEMBER, MAY, today=date(2025, 9, 1))
    assert line.data == moved and line.status == VisitStatus.UPCOMING
    assert (
        list_plan(school_db, seeded.school_id, (2025, 9), (2025, 12), today=date(2025, 9, 1)) == []
    )
    with pytest.raises(UserError, match="must fall in the chosen month"):
        update_visit(
            school_db,
            visit,
            PlannedVisitInput(
                seeded.school_id, seeded.teachers["Karimov"], 2026, 2, date(2026, 1, 20)
            ),
        )
    delete_visits(school_db, [visit])
    assert list_plan(school_db, seeded.school_id, SEPTEMBER, MAY, today=date(2025, 9, 1)) == []


def test_generate_a_term_plan(school_db) -> None:  # type: ignore[no-untyped-def]
    seeded = seed(school_db)
    year = plan_year(school_db, "2025-2026")
    assert year.months[0] == (2025, 9) and year.months[-1] == (2026, 5) and len(year.months) == 9
    rules = PlanRules(visits_per_year=2, new_teacher_years=3, observer="Rahimova")
    proposals = propose_plan(school_db, seeded.school_id, "2025-2026", 1, rules)
    # Sharipova (2 years of experience) is new: a visit in each month of the quarter.
    sharipova = [p for p in proposals if p.teacher == "Sharipova Gulnora Akmalovna"]
    assert sorted(p.month for p in sharipova) == [9, 10]
    assert all(p.year == 2025 and p.month in (9, 10) for p in proposals)
    assert add_proposals(school_db, seeded.school_id, proposals) == len(proposals)
    assert propose_plan(school_db, seeded.school_id, "2025-2026", 1, rules) == []
    lines = list_plan(school_db, seeded.school_id, SEPTEMBER, MAY, today=date(2025, 9, 1))
    assert len(lines) == len(proposals)
    with pytest.raises(UserError):
        propose_plan(school_db, seeded.school_id, "2025-2026", 7, rules)
