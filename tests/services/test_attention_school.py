"""A hand-made school with each attention signal present once and absent once.

Year 2025-2026, quarter 3 chosen (judged on its last day). Every class has 25 pupils except
7-A (26) and 7-B/7-V (50 each); marks are written as (5s, 4s, 3s, 2s).

| teacher  | what is planted                                   | signal expected           |
|----------|---------------------------------------------------|---------------------------|
| Behind   | 7-A algebra 5 of 26 (19.2 %; Wilson up to 37.9 %) | behind peers: 7-B + 7-V   |
|          |   against 7-B + 7-V 60 of 100 (60 %, threshold 45) |   60 of 100               |
| Peer     | 7-B, 7-V algebra 30 of 50 each                    | none (above its peers)    |
| Falling  | 8-A physics 15 → 13 → 11 of 25 (60 → 52 → 44 %)   | sustained decline         |
| Wobbly   | 8-B physics 15 → 14 → 11 (60 → 56 → 44 %)         | none (one fall of 4)      |
| Weak     | lessons 80, 70, 40 %; criterion 1 scored 0 twice;  | low lesson, falling,      |
|          |   next steps due 1 month before the end, no visit  |   weak criterion, follow-up|
| Steady   | lessons 60, 70, 65 %; next steps followed up;     | planned visit overdue     |
|          |   a planned visit in the 2nd month of Q3 not made  |                           |
| Old PD   | last course 7 years before                         | PD overdue                |
| Newcomer | 1 year of experience, no visit, no mentor          | new teacher               |
| Mentored | 1 year of experience, a support visit planned for  | none                      |
|          |   next quarter (a mentor this year, not overdue)   |                           |
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from eduqa_desktop.domain.names import name_key
from eduqa_desktop.domain.vocabulary import ObservationStatus, Purpose
from eduqa_desktop.services.attention import school_attention, teacher_signals
from eduqa_desktop.services.calendar import find_term
from eduqa_desktop.services.results import ResultInput, save_results
from eduqa_desktop.storage.database import Database
from eduqa_desktop.storage.models import (
    ChecklistCriterion,
    ChecklistSection,
    ChecklistTemplate,
    Observation,
    ObservationScore,
    School,
    Subject,
    Teacher,
    VisitPlanEntry,
)

YEAR = "2025-2026"
NAMES = ("Behind", "Peer", "Falling", "Wobbly", "Weak", "Steady", "OldPD", "Newcomer", "Mentored")


def _row(class_name: str, subject: int, teacher: int, size: int, *marks: int) -> ResultInput:
    n5, n4, n3, n2 = marks
    return ResultInput(class_name, subject, teacher, size, n5, n4, n3, n2, 0, 0, 0)


@pytest.fixture
def world(school_db: Database) -> dict[str, int]:
    db = school_db
    with db.session() as session:
        school_id = session.scalar(select(School.id))
        q = {n: find_term(session, YEAR, n) for n in (1, 2, 3)}
        terms = {n: (t.id, t.start_date, t.end_date) for n, t in q.items()}
        algebra = session.scalar(select(Subject.id).where(Subject.name_en == "Algebra"))
        physics = session.scalar(select(Subject.id).where(Subject.name_en == "Physics"))
        end = terms[3][2]
        ids = {}
        for name in NAMES:
            teacher = Teacher(
                school_id=school_id,
                full_name=name,
                name_key=name_key(name),
                experience_years=1 if name in ("Newcomer", "Mentored") else 10,
                last_pd_date=end - timedelta(days=365 * (7 if name == "OldPD" else 1)),
            )
            session.add(teacher)
            session.flush()
            ids[name] = teacher.id
        template = session.scalars(
            select(ChecklistTemplate).where(ChecklistTemplate.shipped)
        ).first()
        assert template is not None and template.scale_min == 0
        criteria = list(
            session.scalars(
                select(ChecklistCriterion.id)
                .join(ChecklistSection)
                .where(ChecklistSection.template_id == template.id)
                .order_by(ChecklistSection.position, ChecklistCriterion.position)
            )
        )
        start3 = terms[3][1]
        later = end + timedelta(days=20)  # a support visit planned for next quarter

        def observe(teacher: str, day: date, score: float, **extra: object) -> Observation:
            obs = Observation(
                school_id=school_id, teacher_id=ids[teacher], observed_on=day,
                template_id=template.id, status=ObservationStatus.FINAL, score=score, **extra,
            )  # fmt: skip
            session.add(obs)
            session.flush()
            return obs

        weak_days = [start3 + timedelta(days=d) for d in (1, 8, 15)]
        for day, score in zip(weak_days, (80.0, 70.0, 40.0), strict=True):
            obs = observe("Weak", day, score)
            first = 0 if day != weak_days[0] else 3
            session.add(
                ObservationScore(observation_id=obs.id, criterion_id=criteria[0], score=first)
            )
        session.get(Observation, obs.id).next_steps_due = end - timedelta(days=30)
        steady_days = [start3 + timedelta(days=d) for d in (2, 9, 16)]
        for day, score in zip(steady_days, (60.0, 70.0, 65.0), strict=True):
            obs = observe("Steady", day, score, purpose=Purpose.THEMATIC_CHECK)
        obs.next_steps_due = end - timedelta(days=30)
        observe("Steady", steady_days[-1] + timedelta(days=2), 66.0, purpose=Purpose.FOLLOW_UP)
        # A month with no visit of Steady's (any visit in the month would fulfil the plan).
        planned = start3 + timedelta(days=45)
        assert all(
            d.month != planned.month for d in [*steady_days, steady_days[-1] + timedelta(days=2)]
        )
        session.add(
            VisitPlanEntry(
                school_id=school_id, teacher_id=ids["Steady"], year=planned.year,
                month=planned.month, purpose=Purpose.PLANNED_CONTROL,
            )
        )  # fmt: skip
        session.add(
            VisitPlanEntry(
                school_id=school_id, teacher_id=ids["Mentored"], year=later.year,
                month=later.month, purpose=Purpose.SUPPORT,
            )
        )  # fmt: skip
    assert school_id is not None and algebra is not None and physics is not None
    save_results(
        db,
        school_id=school_id,
        term_id=terms[3][0],
        rows=[
            _row("7-A", algebra, ids["Behind"], 26, 2, 3, 15, 6),
            _row("7-B", algebra, ids["Peer"], 50, 10, 20, 15, 5),
            _row("7-V", algebra, ids["Peer"], 50, 10, 20, 15, 5),
            _row("8-A", physics, ids["Falling"], 25, 4, 7, 10, 4),
            _row("8-B", physics, ids["Wobbly"], 25, 4, 7, 10, 4),
        ],
    )
    for number, falling, wobbly in (
        (1, (5, 10, 8, 2), (5, 10, 8, 2)),
        (2, (4, 9, 10, 2), (4, 10, 9, 2)),
    ):
        save_results(
            db,
            school_id=school_id,
            term_id=terms[number][0],
            rows=[
                _row("8-A", physics, ids["Falling"], 25, *falling),
                _row("8-B", physics, ids["Wobbly"], 25, *wobbly),
            ],
        )
    ids["school"] = school_id
    return ids


def _kinds(db: Database, teacher: int) -> list[str]:
    found = teacher_signals(db, teacher, year=YEAR, term=3, today=date(2026, 7, 1))
    return sorted(s.kind for s in found)


def test_each_signal_present_and_absent(school_db: Database, world: dict[str, int]) -> None:
    kinds = {name: _kinds(school_db, world[name]) for name in NAMES}
    assert kinds == {
        "Behind": ["results_behind_peers"],
        "Peer": [],
        "Falling": ["sustained_decline"],
        "Wobbly": [],
        "Weak": ["falling_lessons", "follow_up_overdue", "low_lesson", "weak_criterion"],
        "Steady": ["planned_visit_overdue"],
        "OldPD": ["pd_overdue"],
        "Newcomer": ["new_teacher_unsupported"],
        "Mentored": [],
    }


def test_the_sentences_carry_the_numbers(school_db: Database, world: dict[str, int]) -> None:
    today = date(2026, 7, 1)
    (behind,) = teacher_signals(school_db, world["Behind"], year=YEAR, term=3, today=today)
    assert behind.message == (
        "7-A Algebra: quality 19.2% against 60.0% for grade 7 Algebra in the school, 26 pupils"
    )
    assert behind.evidence["interval"] == [8.5, 37.9]
    assert behind.evidence["peer_classes"] == 2
    (falling,) = teacher_signals(school_db, world["Falling"], year=YEAR, term=3, today=today)
    assert falling.message == "8-A Physics: quality down 2 quarters running, 60.0% → 44.0%"


def test_the_list_is_ranked_and_capped(school_db: Database, world: dict[str, int]) -> None:
    found = school_attention(school_db, world["school"], year=YEAR, term=3, today=date(2026, 7, 1))
    assert found.staff == 9
    assert found.ranked == 6  # Behind, Falling, Weak, Steady, OldPD, Newcomer
    # a fifth of 9 → 1 teacher: Weak (1.6 + 1.5 + 1.0 + 0.98 ≈ 5) comes first
    assert [row.teacher_name for row in found.rows] == ["Weak"]
