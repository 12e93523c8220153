"""School packages both ways (school → district, then the district's copy of the school back to
the school): the awkward cases of the exchange end in a clear outcome or a conflict — never an
exception — and a conflict can be settled by taking the package's copy."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from engines import new_location
from package_world import (
    PEOPLE,
    add_observation,
    add_teacher,
    correct,
    delete,
    edit_checklist,
    edit_draft,
    fresh_database,
    observation_uuids,
    rename,
    school_id,
    tombstones,
)
from sqlalchemy import select

from eduqa_desktop.services.activities import ActivityInput, add_activity, delete_activity
from eduqa_desktop.services.calendar import find_term
from eduqa_desktop.services.results import ResultInput, delete_result_row, save_results
from eduqa_desktop.services.school_packages import export_school_package
from eduqa_desktop.services.school_packages.receive import FileReport, receive_packages
from eduqa_desktop.services.visit_plan import PlannedVisitInput, add_visit, delete_visits
from eduqa_desktop.storage.database import Database, open_database
from eduqa_desktop.storage.models import (
    Activity,
    ActivityType,
    AuditEntry,
    ChecklistTemplate,
    Observation,
    ResultRow,
    Subject,
    Teacher,
    VisitPlanEntry,
)

YEAR = "2025-2026"


def _pair(tmp_path: Path) -> tuple[Database, Database]:
    return fresh_database(tmp_path, "school"), open_database(new_location(tmp_path, "district"))


def package(source: Database, target: Database, path: Path, **options: object) -> FileReport:
    """The school's package made on `source` and received on `target`."""
    with source.session() as session:
        from eduqa_desktop.storage.models import School

        name = session.scalar(select(School.id).where(School.name == "Test maktab"))
    export_school_package(source, name, path, year=YEAR, today=date(2025, 11, 1))
    [report] = receive_packages(target, [path], **options).files  # type: ignore[arg-type]
    assert not report.errors, report.errors
    return report


def _records(db: Database) -> dict[str, int]:
    with db.session() as session:
        return {
            model.__tablename__: len(session.scalars(select(model.uuid)).all())
            for model in (Observation, ResultRow, Activity, VisitPlanEntry, Teacher)
        }


def _add_results_activity_and_visit(db: Database, teacher_id: int) -> None:
    with db.session() as session:
        term_id = find_term(session, YEAR, 1).id
        subject_id = session.scalar(select(Subject.id).order_by(Subject.id))
        type_id = session.scalar(select(ActivityType.id).order_by(ActivityType.id))
    save_results(db, school_id=school_id(db), term_id=term_id, rows=[
        ResultInput("7-A", subject_id, teacher_id, 25, n5=5, n4=10, n3=8, n2=2),
    ])  # fmt: skip
    add_activity(db, ActivityInput(teacher_id, type_id, date(2025, 10, 3)), today=date(2025, 11, 1))
    add_visit(db, PlannedVisitInput(school_id(db), teacher_id, 2025, 10, note="Visit"))


def _ids(db: Database, model: type) -> list[int]:
    with db.session() as session:
        return list(session.scalars(select(model.id)))  # type: ignore[attr-defined]


def test_records_deleted_at_school_are_deleted_at_the_district_and_stay_deleted(tmp_path):  # type: ignore[no-untyped-def]
    school, district = _pair(tmp_path)
    teacher = add_teacher(school, PEOPLE[0][0], "0001")
    draft = add_observation(school, teacher, final=False)
    _add_results_activity_and_visit(school, teacher)
    first = package(school, district, tmp_path / "1.xlsx")
    assert first.written and _records(district) == _records(school)
    delete(school, draft)
    delete_result_row(school, _ids(school, ResultRow)[0])
    delete_activity(school, _ids(school, Activity)[0])
    delete_visits(school, _ids(school, VisitPlanEntry))
    gone = tombstones(school)
    assert len(gone) == 4
    second = package(school, district, tmp_path / "2.xlsx")
    assert second.written and second.deleted == 4 and second.conflicts == []
    assert _records(district) == _records(school) == {
        "observations": 0, "result_rows": 0, "activities": 0, "visit_plan_entries": 0,
        "teachers": 1,
    }  # fmt: skip
    assert gone <= tombstones(district)
    with district.session() as session:  # each deletion in the district's audit log
        deleted = session.scalars(select(AuditEntry.entity).where(AuditEntry.action == "delete"))
        assert sorted(deleted) == ["activity", "observation", "plan_entry", "result_row"]
    again = package(school, district, tmp_path / "2.xlsx")
    assert (again.created, again.updated, again.deleted) == (0, 0, 0)
    # the district's copy of the school, sent back, does not bring anything back either
    back = package(district, school, tmp_path / "back.xlsx")
    assert back.written and (back.created, back.deleted) == (0, 0)
    assert _records(school)["observations"] == 0 and draft not in observation_uuids(school)


def test_a_package_of_the_old_format_without_deletions_still_reads(tmp_path):  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    from eduqa_desktop.exchange.school_package_format import (
        MACHINE_COLUMNS,
        checksum,
        sheet_lines,
    )
    from eduqa_desktop.exchange.school_package_reader import read_school_package

    school, district = _pair(tmp_path)
    add_observation(school, add_teacher(school, PEOPLE[1][0]))
    path = tmp_path / "old.xlsx"
    export_school_package(school, school_id(school), path, year=YEAR)
    book = load_workbook(path)  # as version 1 wrote it: no machine_deletions, its checksum
    del book["machine_deletions"]
    lines = {name: sheet_lines(book[name].iter_rows(values_only=True))
             for name in MACHINE_COLUMNS if name in book.sheetnames}  # fmt: skip
    manifest = book["machine_manifest"]
    for row in manifest.iter_rows():
        if row[0].value == "format_version":
            row[1].value = "1"
        if row[0].value == "checksum":
            row[1].value = checksum(lines)
    book.save(path)
    assert read_school_package(path).records("machine_deletions") == []
    [report] = receive_packages(district, [path]).files
    assert report.written and report.created > 0, report.errors


def test_a_record_changed_at_the_district_after_its_deletion_at_school_is_a_conflict(tmp_path):  # type: ignore[no-untyped-def]
    school, district = _pair(tmp_path)
    teacher = add_teacher(school, PEOPLE[0][0])
    draft = add_observation(school, teacher, final=False)
    package(school, district, tmp_path / "1.xlsx")
    delete(school, draft)
    edit_draft(district, draft, "The district's own notes")
    kept = package(school, district, tmp_path / "2.xlsx")
    [conflict] = kept.conflicts
    assert (conflict.record, conflict.choice, kept.deleted) == ("observation", "ours", 0)
    assert draft in observation_uuids(district)
    taken = package(school, district, tmp_path / "2.xlsx", prefer="theirs")
    assert taken.deleted == 1 and taken.conflicts[0].choice == "theirs"
    assert draft not in observation_uuids(district)
    with district.session() as session:
        assert session.scalar(select(AuditEntry.id).where(AuditEntry.action == "take_theirs"))


def test_an_observation_corrected_on_both_sides_and_settled_by_a_choice(tmp_path):  # type: ignore[no-untyped-def]
    school, district = _pair(tmp_path)
    obs = add_observation(school, add_teacher(school, PEOPLE[4][0]))
    package(school, district, tmp_path / "1.xlsx")
    correct(school, obs, "The school's correction")
    correct(district, obs, "The district's correction")
    kept = package(school, district, tmp_path / "2.xlsx")
    [conflict] = kept.conflicts
    assert conflict.here["strengths"] == "The district's correction"
    assert conflict.package["strengths"] == "The school's correction"
    back = package(district, school, tmp_path / "back.xlsx")  # both ways: a conflict there too
    assert len(back.conflicts) == 1 and back.conflicts[0].choice == "ours"
    taken = package(school, district, tmp_path / "2.xlsx",
                    choices={"2.xlsx": {conflict.key: "theirs"}})  # fmt: skip
    assert taken.updated == 1 and taken.conflicts[0].choice == "theirs"
    with district.session() as session:
        assert session.scalar(select(Observation.strengths)) == "The school's correction"
    again = package(school, district, tmp_path / "2.xlsx")
    assert (again.created, again.updated, again.conflicts) == (0, 0, [])


def test_the_same_personnel_number_for_other_people_on_each_side(tmp_path):  # type: ignore[no-untyped-def]
    school, district = _pair(tmp_path)
    add_observation(school, add_teacher(school, PEOPLE[0][0]))
    package(school, district, tmp_path / "1.xlsx")
    add_teacher(school, PEOPLE[1][0], "0013")
    add_teacher(district, PEOPLE[2][0], "0013")  # set up by the district meanwhile
    there = package(school, district, tmp_path / "2.xlsx", prefer="theirs")
    [conflict] = there.conflicts
    assert conflict.record == "teacher" and not conflict.resolvable and conflict.choice == "ours"
    back = package(district, school, tmp_path / "back.xlsx", prefer="theirs")
    assert back.written and [c.resolvable for c in back.conflicts] == [False]
    with school.session() as session:
        numbers = dict(session.execute(select(Teacher.full_name, Teacher.personnel_number)).all())
    assert numbers == {PEOPLE[0][0]: None, PEOPLE[1][0]: "0013", PEOPLE[2][0]: None}


def test_a_teacher_renamed_in_cyrillic_on_one_side_and_both_sides(tmp_path):  # type: ignore[no-untyped-def]
    school, district = _pair(tmp_path)
    teacher = add_teacher(school, PEOPLE[3][0])
    add_observation(school, teacher)
    package(school, district, tmp_path / "1.xlsx")
    rename(school, teacher, PEOPLE[3][1])  # the school writes the name in Cyrillic now
    moved = package(school, district, tmp_path / "2.xlsx")
    assert moved.updated == 1 and moved.conflicts == []
    with district.session() as session:
        assert list(session.scalars(select(Teacher.full_name))) == [PEOPLE[3][1]]
    assert package(district, school, tmp_path / "back.xlsx").updated == 0
    with district.session() as session:
        district_teacher = session.scalar(select(Teacher.id))
    rename(district, district_teacher, "Azimova Dilnoza")
    rename(school, teacher, "Rahimova D. E.")
    both = package(school, district, tmp_path / "3.xlsx")
    [conflict] = both.conflicts
    assert conflict.here["full_name"] == "Azimova Dilnoza"
    assert conflict.package["full_name"] == "Rahimova D. E."
    taken = package(school, district, tmp_path / "3.xlsx", prefer="theirs")
    assert taken.updated == 1
    with district.session() as session:
        assert list(session.scalars(select(Teacher.full_name))) == ["Rahimova D. E."]


def test_a_checklist_edited_into_a_new_version_on_both_sides(tmp_path):  # type: ignore[no-untyped-def]
    school, district = _pair(tmp_path)
    teacher = add_teacher(school, PEOPLE[5][0])
    add_observation(school, teacher, seed=1)
    package(school, district, tmp_path / "1.xlsx")
    edit_checklist(school, "Edited at school")
    with district.session() as session:  # received as kept for the observations; taken up
        for template in session.scalars(select(ChecklistTemplate)):
            template.superseded = False
    edit_checklist(district, "Edited at the district")
    add_observation(school, teacher, day=20, seed=2)
    with district.session() as session:
        district_teacher = session.scalar(select(Teacher.id))
    add_observation(district, district_teacher, day=21, seed=3)
    there = package(school, district, tmp_path / "2.xlsx")
    assert there.written and there.created >= 1 and there.conflicts == []
    back = package(district, school, tmp_path / "back.xlsx")
    assert back.written and back.created >= 1 and back.conflicts == []
    assert observation_uuids(school) == observation_uuids(district)
    for db in (school, district):
        with db.session() as session:
            walkthroughs = select(ChecklistTemplate).where(ChecklistTemplate.code == "walkthrough")
            texts = {t.sections[0].criteria[0].text_en for t in session.scalars(walkthroughs)}
        assert {"Edited at school", "Edited at the district"} <= texts
    again = package(district, school, tmp_path / "back.xlsx")
    assert (again.created, again.updated) == (0, 0)
