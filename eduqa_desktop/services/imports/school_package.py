"""Merging one school's package into the district's database, inside the caller's transaction.

The school is found by UUID and created when the district does not have it; a school with the
same name under another UUID is a conflict and nothing of the package is written. Then, in
the order their references need: subjects (shared; by UUID, else by name), teachers (by UUID,
else personnel number with a matching name), classes, results rows, observations (with the
inspectors' exchange rules, ``observation_package``), activities and plan entries, each settled
by ``package_settling``. Before the records, the package's tombstones are applied
(``package_deletions``), and a record deleted here is not brought back (unless changed at
school after the deletion: a conflict). Conflicts keep the district's copy unless the
``Choices`` take the package's. The receipt is recorded in the audit log (``RECEIPT``) unless the
same package (checksum) was received before; it is what the Submissions view reads.
"""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from eduqa_desktop.domain.merge_conflicts import KEEP_OURS, Choices
from eduqa_desktop.domain.names import match_person, name_key, search_key
from eduqa_desktop.domain.vocabulary import ActivityUnit, Category, MarkScale, Purpose
from eduqa_desktop.exchange.exchange_package import (
    CHECKLISTS_SHEET,
    DELETIONS_SHEET,
    OBSERVATIONS_SHEET,
    SCORES_SHEET,
    SNAPSHOTS_SHEET,
    PackageContents,
)
from eduqa_desktop.exchange.import_plan import Action, ImportKind, ImportRequest
from eduqa_desktop.exchange.school_package_format import (
    ACTIVITIES_SHEET,
    CLASSES_SHEET,
    PLAN_SHEET,
    RESULTS_SHEET,
    SCHOOL_SHEET,
    SUBJECTS_SHEET,
    TEACHERS_SHEET,
)
from eduqa_desktop.exchange.school_package_reader import SchoolPackageContents
from eduqa_desktop.services import audit
from eduqa_desktop.services.calendar import ensure_academic_year, find_term
from eduqa_desktop.services.deletions import (
    ACTIVITY,
    PLAN_ENTRY,
    RESULT_ROW,
    deleted_uuids,
    forget_deletion,
)
from eduqa_desktop.services.imports.context import ImportContext
from eduqa_desktop.services.imports.observation_package import merge_observation_records
from eduqa_desktop.services.imports.package_deletions import apply_deletions
from eduqa_desktop.services.imports.package_settling import Settler, Tally
from eduqa_desktop.services.progress import NO_PROGRESS, Progress
from eduqa_desktop.storage.models import (
    Activity,
    ActivityType,
    AuditEntry,
    Department,
    ResultRow,
    School,
    SchoolClass,
    Subject,
    Teacher,
    VisitPlanEntry,
)
from eduqa_desktop.text import QT_TRANSLATE_NOOP

RECEIPT = ("receive", "school_package")  # the audit entry's action and entity
SAME_NAME = QT_TRANSLATE_NOOP(
    "Messages",
    "This database already has a school “{name}” ({district}) that is another school (another "
    "identity); the package was not merged. Rename one of them, or ask the school which it is.",
)
DAMAGED_ROW = QT_TRANSLATE_NOOP(
    "Messages", "The sheet “{sheet}”, row {row}, of the package is damaged: {reason}"
)
FOREIGN_RECORD = QT_TRANSLATE_NOOP(
    "Messages",
    "The sheet “{sheet}”, row {row}: this record belongs to another school in this database.",
)
UNKNOWN_REFERENCE = QT_TRANSLATE_NOOP(
    "Messages", "The sheet “{sheet}”, row {row}, names a {what} the package does not carry."
)
DELETED_HERE = QT_TRANSLATE_NOOP(
    "Messages", "deleted on this computer, but changed at school after that"
)
SAME_NAME_REASON = QT_TRANSLATE_NOOP(
    "Messages", "another school of this database has the same name"
)
NUMBER_HELD = QT_TRANSLATE_NOOP(
    "Messages", "another person holds this personnel number on this computer"
)


def _day(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


def _time(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _int(text: str) -> int | None:
    return int(float(text)) if text else None


def _result_row(row_uuid: uuid.UUID, natural: dict[str, int], **fields: Any) -> ResultRow:
    return ResultRow(uuid=row_uuid, **{**natural, **fields})


def receipts(session: Session, school_uuid: uuid.UUID | None = None) -> list[dict[str, Any]]:
    """What the audit log says was received (every package, or one school's)."""
    action, entity = RECEIPT
    query = select(AuditEntry).where(AuditEntry.action == action, AuditEntry.entity == entity)
    if school_uuid is not None:
        query = query.where(AuditEntry.entity_uuid == school_uuid)
    return [
        {**(entry.after or {}), "received_at": entry.at, "school_uuid": entry.entity_uuid}
        for entry in session.scalars(query.order_by(AuditEntry.id))
    ]


class SchoolPackageMerge:
    """One package into one session (the caller commits or rolls back)."""

    def __init__(
        self,
        session: Session,
        package: SchoolPackageContents,
        progress: Progress = NO_PROGRESS,
        choices: Choices = KEEP_OURS,
    ) -> None:
        self.session = session
        self.package = package
        self.progress = progress
        self.choices = choices
        self.deleted: dict[str, dict[uuid.UUID, datetime]] = {}
        self.tally = Tally()
        self.school: School | None = None
        self.teachers: dict[str, Teacher] = {}  # package uuid → local
        self.classes: dict[str, SchoolClass] = {}
        self.subjects: dict[str, Subject] = {}
        self.departments: dict[str, int] = {}
        self.by_number: dict[str, Teacher] | None = None
        self.local_teachers: dict[str, Teacher] = {}
        self.activity_types: dict[str, ActivityType] | None = None

    # --- the whole package ------------------------------------------------------------------

    def run(self) -> Tally:
        steps = (self._deletions, self._subjects, self._teachers, self._classes, self._results,
                 self._observations, self._activities, self._plan)  # fmt: skip
        if not self._school():
            return self.tally
        base = self._base()
        self.settler = Settler(self.session, base, self.tally, self.choices)
        for index, step in enumerate(steps):
            self.progress.check()
            self.progress.report(index + 1, len(steps) + 1)
            step()
            if self.tally.errors:
                return self.tally
        self._record_receipt()
        return self.tally

    def _error(self, template: str, **params: Any) -> None:
        self.tally.errors.append((template, params))

    def _damaged(self, sheet: str, row: int, error: Exception) -> None:
        self._error(DAMAGED_ROW, sheet=sheet, row=row, reason=str(error) or type(error).__name__)

    def _rows(self, sheet: str) -> list[tuple[int, dict[str, str]]]:
        return [(index + 2, record) for index, record in enumerate(self.package.records(sheet))]

    def _existing(self, model: Any, sheet: str, column: str = "uuid") -> dict[str, Any]:
        """The local records with the UUIDs of the sheet's rows, by UUID text (few queries)."""
        wanted = []
        for record in self.package.records(sheet):
            try:
                wanted.append(uuid.UUID(record[column]))
            except (ValueError, KeyError):
                continue  # reported by the step that reads the row
        found: dict[str, Any] = {}
        for start in range(0, len(wanted), 500):
            query = select(model).where(model.uuid.in_(wanted[start : start + 500]))
            found.update((str(item.uuid), item) for item in self.session.scalars(query))
        return found

    # --- the school ---------------------------------------------------------------------------

    def _school(self) -> bool:
        records = self.package.records(SCHOOL_SHEET)
        if len(records) != 1:
            self._damaged(SCHOOL_SHEET, 2, ValueError("one school expected"))
            return False
        record = records[0]
        try:
            school_uuid = uuid.UUID(record["uuid"])
            updated_at = _time(record["updated_at"])
        except ValueError as error:
            self._damaged(SCHOOL_SHEET, 2, error)
            return False
        local = self.session.scalar(select(School).where(School.uuid == school_uuid))
        wanted = {"name": record["name"], "district": record["district"],
                  "region": record["region"]}  # fmt: skip
        if local is None:
            same = self.session.scalar(select(School).where(School.name == record["name"]))
            if same is not None:
                self.settler = Settler(self.session, None, self.tally)
                self.settler.conflict("school", record["uuid"], record["name"], {
                    "uuid": (str(same.uuid), record["uuid"]),
                    "district": (same.district, record["district"]),
                }, resolvable=False, reason=SAME_NAME_REASON)  # fmt: skip
                self._error(SAME_NAME, name=same.name, district=same.district or "—")
                return False
        self.school = Settler(
            self.session, self._base_of(school_uuid), self.tally, self.choices
        ).settle(
            "school", record["uuid"], record["name"], local, wanted, updated_at,
            lambda **fields: School(uuid=school_uuid, **fields),
        )  # fmt: skip
        self.session.flush()
        return True

    def _base_of(self, school_uuid: uuid.UUID) -> datetime | None:
        times = [_time(str(r["made_at"])) for r in receipts(self.session, school_uuid)
                 if r.get("made_at")]  # fmt: skip
        return max(times) if times else None

    def _base(self) -> datetime | None:
        assert self.school is not None
        return self._base_of(self.school.uuid)

    def _record_receipt(self) -> None:
        assert self.school is not None
        manifest = self.package.manifest
        digest = manifest.get("checksum", "")
        if any(r.get("checksum") == digest for r in receipts(self.session, self.school.uuid)):
            return  # the same package again: nothing changes, not even the log
        audit.record(self.session, *RECEIPT, self.school.uuid, after={
            "file": self.package.file, "school": self.school.name,
            "year": manifest.get("year", ""), "term": manifest.get("term", ""),
            "made_at": manifest.get("made_at", ""), "app_version": manifest.get("app_version", ""),
            "checksum": digest,
        })  # fmt: skip
        self.session.flush()

    # --- subjects, teachers, classes --------------------------------------------------------

    def _subjects(self) -> None:
        by_key = {s.name_key: s for s in self.session.scalars(select(Subject))}
        by_uuid = {str(s.uuid): s for s in by_key.values()}
        for row, record in self._rows(SUBJECTS_SHEET):
            try:
                subject_uuid = uuid.UUID(record["uuid"])
            except ValueError as error:
                self._damaged(SUBJECTS_SHEET, row, error)
                return
            found = by_uuid.get(str(subject_uuid))
            key = record["name_key"] or search_key(record["name"])
            found = found or by_key.get(key)
            if found is None:
                found = Subject(uuid=subject_uuid, name=record["name"], name_key=key,
                                name_uz=record["name_uz"], name_ru=record["name_ru"],
                                name_en=record["name_en"])  # fmt: skip
                self.session.add(found)
                by_key[key] = found
                self.tally.created += 1
            else:
                self.tally.unchanged += 1  # shared reference data: the district's stays
            self.subjects[record["uuid"]] = found
        self.session.flush()

    def _department(self, name: str) -> int | None:
        if not name:
            return None
        assert self.school is not None
        if name not in self.departments:
            found = self.session.scalar(select(Department).where(
                Department.school_id == self.school.id, Department.name == name))  # fmt: skip
            if found is None:
                found = Department(school_id=self.school.id, name=name)
                self.session.add(found)
                self.session.flush()
            self.departments[name] = found.id
        return self.departments[name]

    def _local_teacher(self, teacher_uuid: uuid.UUID, record: dict[str, str]) -> Teacher | None:
        found = self.local_teachers.get(str(teacher_uuid))
        if found is not None:
            return found
        number = record["personnel_number"]
        if number:
            holder = self._number_holder(number)
            if holder is not None and match_person(record["full_name"],
                                                   [(holder.id, holder.full_name)]):  # fmt: skip
                return holder
        return None

    def _number_holder(self, number: str) -> Teacher | None:
        assert self.school is not None
        if self.by_number is None:
            query = select(Teacher).where(Teacher.school_id == self.school.id,
                                          Teacher.personnel_number.is_not(None))  # fmt: skip
            self.by_number = {t.personnel_number or "": t for t in self.session.scalars(query)}
        return self.by_number.get(number)

    def _teachers(self) -> None:
        assert self.school is not None
        school_id = self.school.id
        self.local_teachers = self._existing(Teacher, TEACHERS_SHEET)
        for row, record in self._rows(TEACHERS_SHEET):
            try:
                teacher_uuid = uuid.UUID(record["uuid"])
                updated_at = _time(record["updated_at"])
                subject_ids = {self.subjects[u].id for u in json.loads(record["subjects"] or "[]")}
                wanted: dict[str, Any] = {
                    "full_name": record["full_name"], "name_key": name_key(record["full_name"]),
                    "department_id": self._department(record["department"]),
                    "category": Category(record["category"]),
                    "experience_years": int(record["experience_years"] or 0),
                    "last_pd_date": _day(record["last_pd_date"]),
                    "hired_on": _day(record["hired_on"]), "active": record["active"] == "1",
                    "left_on": _day(record["left_on"]), "phone": record["phone"],
                    "note": record["note"],
                }  # fmt: skip
            except (ValueError, KeyError, json.JSONDecodeError) as error:
                self._damaged(TEACHERS_SHEET, row, error)
                return
            local = self._local_teacher(teacher_uuid, record)
            if local is not None and local.school_id != school_id:
                self._error(FOREIGN_RECORD, sheet=TEACHERS_SHEET, row=row)
                return
            number = record["personnel_number"] or None
            if local is None:
                wanted["personnel_number"] = self._free_number(number, record["full_name"])
            here = {s.id for s in local.subjects} if local is not None else set()

            def set_subjects(teacher: Teacher, ids: set[int] = subject_ids) -> None:
                teacher.subjects = [s for s in self.subjects.values() if s.id in ids]

            names = {s.id: s.name for s in self.subjects.values()}
            self.teachers[record["uuid"]] = self.settler.settle(
                "teacher", record["uuid"], record["full_name"], local, wanted, updated_at,
                partial(Teacher, uuid=teacher_uuid, school_id=school_id),
                {"subjects": ({names.get(i, str(i)) for i in here},
                              {names[i] for i in subject_ids}, set_subjects)},
            )  # fmt: skip
            if local is None and wanted["personnel_number"] and self.by_number is not None:
                self.by_number[wanted["personnel_number"]] = self.teachers[record["uuid"]]
        self.session.flush()

    def _free_number(self, number: str | None, full_name: str) -> str | None:
        """The package's personnel number, unless someone here holds it (then a conflict)."""
        assert self.school is not None
        if not number:
            return None
        holder = self._number_holder(number)
        if holder is None:
            return number
        self.settler.conflict("teacher", "", full_name, {
            "personnel_number": (f"{number}: {holder.full_name}", f"{number}: {full_name}"),
        }, resolvable=False, reason=NUMBER_HELD)  # fmt: skip
        return None

    def _classes(self) -> None:
        assert self.school is not None
        school_id = self.school.id
        existing = self._existing(SchoolClass, CLASSES_SHEET)
        for row, record in self._rows(CLASSES_SHEET):
            try:
                class_uuid = uuid.UUID(record["uuid"])
                updated_at = _time(record["updated_at"])
                year_id = ensure_academic_year(self.session, record["year"]).id
                wanted = {"name": record["name"], "grade": int(record["grade"]),
                          "letter": record["letter"], "pupils": _int(record["pupils"])}  # fmt: skip
            except ValueError as error:
                self._damaged(CLASSES_SHEET, row, error)
                return
            local = existing.get(str(class_uuid))
            if local is None:
                local = self.session.scalar(select(SchoolClass).where(
                    SchoolClass.school_id == school_id, SchoolClass.academic_year_id == year_id,
                    SchoolClass.name == record["name"]))  # fmt: skip
            if local is not None and local.school_id != school_id:
                self._error(FOREIGN_RECORD, sheet=CLASSES_SHEET, row=row)
                return
            self.classes[record["uuid"]] = self.settler.settle(
                "class", record["uuid"], f"{record['name']} ({record['year']})", local, wanted,
                updated_at, partial(SchoolClass, uuid=class_uuid, school_id=school_id,
                                    academic_year_id=year_id),
            )  # fmt: skip
            self.session.flush()  # a later row of the same name and year must find this one

    # --- results ----------------------------------------------------------------------------

    def _results(self) -> None:
        terms: dict[tuple[str, int], int] = {}
        existing = self._existing(ResultRow, RESULTS_SHEET)
        class_ids = [c.id for c in self.classes.values()]
        by_key = {
            (r.term_id, r.class_id, r.subject_id, r.teacher_id): r
            for r in self.session.scalars(
                select(ResultRow).where(ResultRow.class_id.in_(class_ids))
            )
        }
        for row, record in self._rows(RESULTS_SHEET):
            try:
                result_uuid = uuid.UUID(record["uuid"])
                updated_at = _time(record["updated_at"])
                key = (record["year"], int(record["term"]))
                if key not in terms:
                    ensure_academic_year(self.session, key[0])
                    term = find_term(self.session, *key)
                    if term is None:
                        raise ValueError(f"quarter {key[1]}")
                    terms[key] = term.id
                refs = {"class": (self.classes, "class_uuid"),
                        "subject": (self.subjects, "subject_uuid"),
                        "teacher": (self.teachers, "teacher_uuid")}  # fmt: skip
                found = {name: table.get(record[column]) for name, (table, column) in refs.items()}
                missing = [name for name, item in found.items() if item is None]
                if missing:
                    self._error(UNKNOWN_REFERENCE, sheet=RESULTS_SHEET, row=row, what=missing[0])
                    return
                counts = {
                    k: int(record[k] or 0)
                    for k in ("class_size", "n5", "n4", "n3", "n2", "n1", "not_attested", "exempt")
                }
                wanted: dict[str, Any] = {**counts, "mark_scale": MarkScale(record["mark_scale"])}
            except ValueError as error:
                self._damaged(RESULTS_SHEET, row, error)
                return
            if counts["class_size"] < sum(v for k, v in counts.items() if k != "class_size") or \
                    min(counts.values()) < 0:  # fmt: skip
                self._damaged(RESULTS_SHEET, row, ValueError("the counts exceed the class"))
                return
            natural = {
                "term_id": terms[key], "class_id": found["class"].id,
                "subject_id": found["subject"].id, "teacher_id": found["teacher"].id,
            }  # fmt: skip
            local = existing.get(str(result_uuid))
            if local is None:
                local = by_key.get(tuple(natural.values()))
            elif (local.class_id, local.teacher_id) != (natural["class_id"], natural["teacher_id"]):
                wanted.update(natural)  # moved to another class or teacher at school
            what = f"{found['class'].name} · {found['subject'].name} · {found['teacher'].full_name}"
            if local is None and self._deleted_here(RESULT_ROW, record["uuid"], what, updated_at):
                continue
            settled = self.settler.settle(
                "result", record["uuid"], f"{what} · {key[1]}", local, wanted, updated_at,
                partial(_result_row, result_uuid, natural))  # fmt: skip
            by_key[tuple(natural.values())] = settled
        self.session.flush()

    # --- observations -----------------------------------------------------------------------

    def _observations(self) -> None:
        assert self.school is not None
        request = ImportRequest(ImportKind.OBSERVATIONS, Path(self.package.file), self.school.id,
                                prefer=self.choices.prefer,
                                conflict_choices=dict(self.choices.picked))  # fmt: skip
        context = ImportContext(self.session, request, NO_PROGRESS)
        records = self.package.records(OBSERVATIONS_SHEET)
        contents = PackageContents(records, self.package.records(SCORES_SHEET),
                                   self.package.records(CHECKLISTS_SHEET),
                                   self.package.records(SNAPSHOTS_SHEET))  # fmt: skip
        merge_observation_records(context, contents)  # the tombstones were applied before
        self.tally.created += context.counts[Action.CREATE]
        self.tally.updated += context.counts[Action.UPDATE]
        self.tally.unchanged += context.counts[Action.UNCHANGED]
        for problem in context.problems:
            self._error(problem.template, **problem.params)
        for question in context.questions():
            self._error(question.as_problem(OBSERVATIONS_SHEET).template,
                        **question.as_problem(OBSERVATIONS_SHEET).params)  # fmt: skip
        self.tally.conflicts.extend(context.conflicts)

    # --- deletions --------------------------------------------------------------------------

    def _deletions(self) -> None:
        """The package's tombstones, before the records (a row of a deleted results row's
        class, subject and teacher must not settle on the deleted one)."""
        assert self.school is not None
        applied = apply_deletions(self.session, self.school.id,
                                  self.package.records(DELETIONS_SHEET), self.choices,
                                  source=self.package.file)  # fmt: skip
        for row, reason in applied.damaged:
            self._damaged(DELETIONS_SHEET, row, ValueError(reason))
        self.tally.deleted += len(applied.deleted)
        self.tally.unchanged += applied.unchanged
        self.tally.conflicts.extend(applied.conflicts)

    def _deleted_here(self, kind: str, uuid_text: str, what: str, updated_at: datetime) -> bool:
        """Whether a record of the package stays deleted here (else its tombstone goes)."""
        if kind not in self.deleted:
            self.deleted[kind] = deleted_uuids(self.session, kind)
        record_uuid = uuid.UUID(uuid_text)
        at = self.deleted[kind].get(record_uuid)
        if at is None:
            return False
        if updated_at > at:
            conflict = self.settler.conflict(kind, uuid_text, what, {
                "deleted_at": (at.isoformat(), ""), "updated_at": ("", updated_at.isoformat()),
            }, reason=DELETED_HERE)  # fmt: skip
            if self.choices.take_theirs(conflict):
                audit.record(self.session, "take_theirs", kind, record_uuid,
                             before=conflict.here, after=conflict.package)  # fmt: skip
                forget_deletion(self.session, record_uuid)
                return False
            return True
        self.tally.unchanged += 1
        return True

    # --- activities and the plan ------------------------------------------------------------

    def _activity_type(self, record: dict[str, str]) -> ActivityType:
        if self.activity_types is None:
            self.activity_types = {t.code: t for t in self.session.scalars(select(ActivityType))}
        found = self.activity_types.get(record["type_code"])
        if found is None:
            found = ActivityType(code=record["type_code"], name_uz=record["type_name_uz"],
                                 name_ru=record["type_name_ru"], name_en=record["type_name_en"],
                                 unit=ActivityUnit(record["type_unit"]),
                                 counts_as_pd=record["type_counts_as_pd"] == "1")  # fmt: skip
            self.session.add(found)
            self.session.flush()
            self.activity_types[found.code] = found
        return found

    def _activities(self) -> None:
        existing = self._existing(Activity, ACTIVITIES_SHEET)
        for row, record in self._rows(ACTIVITIES_SHEET):
            try:
                item_uuid = uuid.UUID(record["uuid"])
                updated_at = _time(record["updated_at"])
                teacher = self.teachers.get(record["teacher_uuid"])
                if teacher is None:
                    self._error(UNKNOWN_REFERENCE, sheet=ACTIVITIES_SHEET, row=row, what="teacher")
                    return
                wanted = {"teacher_id": teacher.id,
                          "activity_type_id": self._activity_type(record).id,
                          "done_on": date.fromisoformat(record["done_on"]),
                          "quantity": float(record["quantity"] or 0), "level": record["level"],
                          "place": _int(record["place"]), "note": record["note"]}  # fmt: skip
            except ValueError as error:
                self._damaged(ACTIVITIES_SHEET, row, error)
                return
            local = existing.get(str(item_uuid))
            what = f"{record['done_on']} · {teacher.full_name} · {record['type_code']}"
            if local is None and self._deleted_here(ACTIVITY, record["uuid"], what, updated_at):
                continue
            self.settler.settle("activity", record["uuid"], what, local, wanted, updated_at,
                                partial(Activity, uuid=item_uuid))  # fmt: skip
        self.session.flush()

    def _plan(self) -> None:
        assert self.school is not None
        school_id = self.school.id
        existing = self._existing(VisitPlanEntry, PLAN_SHEET)
        for row, record in self._rows(PLAN_SHEET):
            try:
                entry_uuid = uuid.UUID(record["uuid"])
                updated_at = _time(record["updated_at"])
                teacher = self.teachers.get(record["teacher_uuid"])
                if teacher is None:
                    self._error(UNKNOWN_REFERENCE, sheet=PLAN_SHEET, row=row, what="teacher")
                    return
                wanted = {"teacher_id": teacher.id, "year": int(record["year"]),
                          "month": int(record["month"]), "planned_on": _day(record["planned_on"]),
                          "purpose": Purpose(record["purpose"]), "observer": record["observer"],
                          "note": record["note"]}  # fmt: skip
            except ValueError as error:
                self._damaged(PLAN_SHEET, row, error)
                return
            local = existing.get(str(entry_uuid))
            what = f"{record['month']}.{record['year']} · {teacher.full_name}"
            if local is None and self._deleted_here(PLAN_ENTRY, record["uuid"], what, updated_at):
                continue
            self.settler.settle("plan entry", record["uuid"], what, local, wanted, updated_at,
                                partial(VisitPlanEntry, uuid=entry_uuid,
                                        school_id=school_id))  # fmt: skip
        self.session.flush()
