"""Inspector ↔ school: observations packages between two databases that were never one.
Each awkward case ends in a clear outcome or a conflict in the preview — never an exception."""

from __future__ import annotations

from datetime import date

import pytest
from package_world import (
    PEOPLE,
    add_observation,
    add_teacher,
    correct,
    counts,
    delete,
    edit_checklist,
    edit_draft,
    finalize,
    fresh_database,
    observation_uuids,
    rename,
    send,
    tombstones,
)
from sqlalchemy import select

from eduqa_desktop.storage.models import (
    ChecklistTemplate,
    Observation,
    ObservationRevision,
    Teacher,
)


def _pair(tmp_path):  # type: ignore[no-untyped-def]
    return fresh_database(tmp_path, "school"), fresh_database(tmp_path, "laptop")


def _teachers(db) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    with db.session() as session:
        return {t.full_name: t.personnel_number for t in session.scalars(select(Teacher))}


def test_personnel_number_of_another_person_is_a_conflict_not_a_crash(tmp_path):  # type: ignore[no-untyped-def]
    school, laptop = _pair(tmp_path)
    add_teacher(school, PEOPLE[0][0], "0013")
    add_observation(laptop, add_teacher(laptop, PEOPLE[1][0], "0013"))
    plan = send(laptop, school, tmp_path / "p.xlsx")
    assert plan.written and plan.created == 1
    [conflict] = plan.conflicts
    assert conflict.what == f"{PEOPLE[1][0]} ≠ {PEOPLE[0][0]} (0013)"
    assert not conflict.resolvable  # two people: taking the package's copy cannot settle it
    assert plan.rows[0].details.startswith("personnel number {number}")
    assert _teachers(school) == {PEOPLE[0][0]: "0013", PEOPLE[1][0]: None}
    # and back: the laptop's teacher is found by UUID, the school's is added there
    again = send(school, laptop, tmp_path / "q.xlsx")
    assert again.written and (again.created, again.updated, again.unchanged) == (0, 0, 1)


def test_same_person_with_the_same_number_in_cyrillic_is_one_teacher(tmp_path):  # type: ignore[no-untyped-def]
    school, laptop = _pair(tmp_path)
    local = add_teacher(school, PEOPLE[2][1], "0007")
    add_observation(laptop, add_teacher(laptop, PEOPLE[2][0], "0007"))
    plan = send(laptop, school, tmp_path / "p.xlsx")
    assert plan.written and plan.conflicts == () and plan.new_teachers == ()
    with school.session() as session:
        assert session.scalar(select(Observation.teacher_id)) == local


def test_teacher_renamed_after_an_exchange_is_still_found_by_uuid(tmp_path):  # type: ignore[no-untyped-def]
    school, laptop = _pair(tmp_path)
    teacher = add_teacher(laptop, PEOPLE[3][0])
    add_observation(laptop, teacher)
    assert send(laptop, school, tmp_path / "p.xlsx").created == 1
    rename(laptop, teacher, "Azimova Dilnoza Ergashevna")
    add_observation(laptop, teacher, day=20, seed=9)
    plan = send(laptop, school, tmp_path / "p.xlsx")
    assert plan.written and (plan.created, plan.unchanged) == (1, 1) and plan.new_teachers == ()
    # the school keeps its own spelling
    assert list(_teachers(school)) == [PEOPLE[3][0]]


def test_checklist_edited_into_a_new_version_on_both_sides(tmp_path):  # type: ignore[no-untyped-def]
    school, laptop = _pair(tmp_path)
    # the same shipped checklist, edited differently on each computer
    edit_checklist(school, "Edited at school")
    edit_checklist(laptop, "Edited on the laptop")
    here = add_teacher(school, PEOPLE[0][0])
    there = add_teacher(laptop, PEOPLE[0][1])
    add_observation(school, here, seed=1)
    add_observation(laptop, there, day=15, seed=2)
    plan = send(laptop, school, tmp_path / "p.xlsx")
    assert plan.written and plan.created == 1
    with school.session() as session:
        on_15th = Observation.observed_on == date(2025, 10, 15)
        obs = session.scalar(select(Observation).where(on_15th))
        criterion = obs.template.sections[0].criteria[0]
        assert criterion.text_en == "Edited on the laptop"
        assert obs.template.superseded  # kept for the observation, not offered in the form
    back = send(school, laptop, tmp_path / "q.xlsx")
    assert back.written and (back.created, back.unchanged) == (1, 1)
    before = counts(school), counts(laptop)
    assert send(laptop, school, tmp_path / "p.xlsx").created == 0
    assert send(school, laptop, tmp_path / "q.xlsx").created == 0
    assert (counts(school), counts(laptop)) == before
    with school.session() as session:
        texts = sorted(t.sections[0].criteria[0].text_en
                       for t in session.scalars(select(ChecklistTemplate).where(
                           ChecklistTemplate.code == "walkthrough")))  # fmt: skip
    assert texts == ["Edited at school", "Edited on the laptop"]


def test_observation_corrected_on_both_sides_is_a_conflict(tmp_path):  # type: ignore[no-untyped-def]
    school, laptop = _pair(tmp_path)
    obs = add_observation(laptop, add_teacher(laptop, PEOPLE[4][0]))
    send(laptop, school, tmp_path / "p.xlsx")
    correct(laptop, obs, "Laptop's correction")
    plan = send(laptop, school, tmp_path / "p.xlsx")  # one side corrected: it travels
    assert plan.updated == 1 and plan.conflicts == ()
    with school.session() as session:
        assert session.scalar(select(Observation.strengths)) == "Laptop's correction"
        assert len(list(session.scalars(select(ObservationRevision)))) == 1
    assert send(school, laptop, tmp_path / "q.xlsx").updated == 0  # the same correction
    correct(laptop, obs, "Laptop again")
    correct(school, obs, "School's own")
    plan = send(laptop, school, tmp_path / "p.xlsx")
    assert plan.written and plan.updated == 0 and len(plan.conflicts) == 1
    with school.session() as session:
        assert session.scalar(select(Observation.strengths)) == "School's own"
    assert len(send(school, laptop, tmp_path / "q.xlsx").conflicts) == 1


def test_a_draft_deleted_on_one_side_is_deleted_on_the_other_and_never_comes_back(tmp_path):  # type: ignore[no-untyped-def]
    school, laptop = _pair(tmp_path)
    draft = add_observation(laptop, add_teacher(laptop, PEOPLE[5][0]), final=False)
    send(laptop, school, tmp_path / "p.xlsx")
    delete(school, draft)
    plan = send(laptop, school, tmp_path / "p.xlsx")
    assert plan.written and plan.created == 0
    assert plan.rows[0].details == "this draft was deleted on this computer; it is not brought back"
    assert draft not in observation_uuids(school)
    back = send(school, laptop, tmp_path / "q.xlsx")  # the school's package carries the deletion
    assert back.written and back.deleted == 1 and back.conflicts == ()
    assert draft not in observation_uuids(laptop) and draft in tombstones(laptop)
    again = send(school, laptop, tmp_path / "q.xlsx")
    assert again.written and (again.created, again.updated, again.deleted) == (0, 0, 0)
    assert draft not in observation_uuids(laptop) | observation_uuids(school)


def test_a_draft_changed_after_its_deletion_elsewhere_is_a_conflict(tmp_path):  # type: ignore[no-untyped-def]
    school, laptop = _pair(tmp_path)
    draft = add_observation(laptop, add_teacher(laptop, PEOPLE[5][0]), final=False)
    send(laptop, school, tmp_path / "p.xlsx")
    delete(school, draft)
    edit_draft(laptop, draft, "Rewritten on the laptop")  # after the school deleted it
    plan = send(school, laptop, tmp_path / "q.xlsx")
    assert plan.written and plan.deleted == 0
    [conflict] = plan.conflicts
    assert (conflict.record, conflict.uuid) == ("observation", str(draft)) and conflict.resolvable
    assert set(conflict.package) == {"deleted_at", "deleted_by"} and "updated_at" in conflict.here
    assert draft in observation_uuids(laptop)  # ours kept
    # and the other way: the school keeps it deleted unless it takes the laptop's copy
    kept = send(laptop, school, tmp_path / "p.xlsx")
    assert [c.reason for c in kept.conflicts] == [
        "deleted on this computer, but changed where the package was made after that"
    ]
    assert draft not in observation_uuids(school)
    taken = send(laptop, school, tmp_path / "p.xlsx", prefer="theirs")
    assert taken.created == 1 and draft in observation_uuids(school)
    assert draft not in tombstones(school)  # brought back on purpose: not deleted any more


def test_a_final_observation_is_never_deleted_by_a_package(tmp_path):  # type: ignore[no-untyped-def]
    school, laptop = _pair(tmp_path)
    obs = add_observation(laptop, add_teacher(laptop, PEOPLE[5][0]), final=False)
    send(laptop, school, tmp_path / "p.xlsx")
    delete(school, obs)
    finalize(laptop, obs)
    plan = send(school, laptop, tmp_path / "q.xlsx", prefer="theirs")
    [conflict] = plan.conflicts
    assert not conflict.resolvable and conflict.choice == "ours"
    assert obs in observation_uuids(laptop)
    back = send(laptop, school, tmp_path / "p.xlsx")  # a final travels even where deleted
    assert back.created == 1 and obs in observation_uuids(school)


def test_a_clash_the_matching_misses_is_refused_with_a_message(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    from eduqa_desktop.services.errors import UserError
    from eduqa_desktop.services.imports import package_matching

    school, laptop = _pair(tmp_path)
    add_teacher(school, PEOPLE[0][0], "0013")
    add_observation(laptop, add_teacher(laptop, PEOPLE[1][0], "0013"))
    monkeypatch.setattr(package_matching, "_number_holder", lambda context, number: None)
    before = counts(school)
    with pytest.raises(UserError) as raised:
        send(laptop, school, tmp_path / "p.xlsx")
    assert "clashes with records in this database" in raised.value.template
    assert counts(school) == before
