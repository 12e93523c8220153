"""A property of the inspector ↔ school exchange: for any two small databases that were never
one — the same people spelled in Latin or Cyrillic, personnel numbers that clash, drafts and
finals, a checklist edited on either side, then corrections, deleted drafts and renamed
teachers — packages sent both ways, twice, never raise, never lose an observation, and the
second sending of the same package changes nothing."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from package_world import (
    PEOPLE,
    add_observation,
    add_teacher,
    correct,
    counts,
    delete,
    edit_checklist,
    fresh_database,
    observation_uuids,
    rename,
    send,
)
from sqlalchemy import select

from eduqa_desktop.storage.models import AuditEntry, Observation

NUMBERS = (None, "0001", "0002", "0003")

side = st.fixed_dictionaries({
    "teachers": st.lists(
        st.tuples(st.integers(0, len(PEOPLE) - 1), st.booleans(), st.sampled_from(NUMBERS)),
        min_size=1, max_size=4, unique_by=lambda t: t[0],
    ),
    "observations": st.lists(
        st.tuples(st.integers(0, 3), st.booleans(), st.integers(1, 28)), max_size=4
    ),
    "edit_checklist": st.booleans(),
    "later": st.lists(st.sampled_from(("correct", "delete", "rename", "observe")), max_size=3),
})  # fmt: skip


def _build(db, plan):  # type: ignore[no-untyped-def]
    if plan["edit_checklist"]:
        edit_checklist(db, f"Edited {id(plan)}")
    used: set[str] = set()
    teachers = []
    for person, cyrillic, number in plan["teachers"]:
        number = None if number in used else number
        used.add(number)
        teachers.append(add_teacher(db, PEOPLE[person][1 if cyrillic else 0], number))
    for seed, (who, final, day) in enumerate(plan["observations"]):
        add_observation(db, teachers[who % len(teachers)], day, final=final, seed=seed)
    return teachers


def _later(db, plan, teachers):  # type: ignore[no-untyped-def]
    with db.session() as session:
        mine = list(session.execute(select(Observation.uuid, Observation.status)))
    finals = [u for u, status in mine if status == "final"]
    drafts = [u for u, status in mine if status == "draft"]
    for step, move in enumerate(plan["later"]):
        if move == "correct" and finals:
            correct(db, finals[step % len(finals)], f"Corrected {step} {db.path.name}")
        elif move == "delete" and drafts:
            delete(db, drafts.pop())
        elif move == "rename":
            rename(db, teachers[0], f"Azimova Nigora {step}")
        elif move == "observe":
            add_observation(db, teachers[-1], 27, final=step % 2 == 0, seed=40 + step)


def _deleted(db):  # type: ignore[no-untyped-def]
    with db.session() as session:
        return set(session.scalars(
            select(AuditEntry.entity_uuid).where(AuditEntry.action == "delete")
        ))  # fmt: skip


def _exchange(source, target, path):  # type: ignore[no-untyped-def]
    before = observation_uuids(target)
    sent = observation_uuids(source)
    plan = send(source, target, path)
    assert plan.written, plan.errors
    after = observation_uuids(target)
    assert before <= after  # nothing here is lost
    assert sent - _deleted(target) <= after  # nothing sent is lost
    snapshot = counts(target)
    again = send(source, target, path)  # the same package a second time
    assert again.written and (again.created, again.updated) == (0, 0)
    assert counts(target) == snapshot
    return plan


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(school_side=side, laptop_side=side)
def test_packages_both_ways_twice_never_break(school_side, laptop_side):  # type: ignore[no-untyped-def]
    with tempfile.TemporaryDirectory() as folder:
        school = fresh_database(Path(folder), "school")
        laptop = fresh_database(Path(folder), "laptop")
        try:
            school_teachers = _build(school, school_side)
            laptop_teachers = _build(laptop, laptop_side)
            for _ in range(2):
                _exchange(laptop, school, Path(folder) / "to-school.xlsx")
                _exchange(school, laptop, Path(folder) / "to-laptop.xlsx")
                _later(school, school_side, school_teachers)
                _later(laptop, laptop_side, laptop_teachers)
        finally:
            school.close()
            laptop.close()
