"""What every import shares: the session, the school, and finding teachers, classes, subjects,
terms and activity types by the names a file uses (through the domain's normalisation)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from eduqa_desktop.domain.class_names import ClassNameError, parse_class_name
from eduqa_desktop.domain.merge_conflicts import Conflict
from eduqa_desktop.domain.names import match_person, name_key, search_key
from eduqa_desktop.exchange.headers import header_key
from eduqa_desktop.exchange.import_plan import (
    CREATE_TEACHER,
    Action,
    ImportRequest,
    PlannedRow,
    TeacherQuestion,
)
from eduqa_desktop.exchange.problems import Problem, shown
from eduqa_desktop.exchange.row_checks import RowChecks
from eduqa_desktop.exchange.workbook_reader import SourceRow
from eduqa_desktop.progress import Progress
from eduqa_desktop.services.calendar import ensure_academic_year, find_term
from eduqa_desktop.storage.models import (
    AcademicYear,
    ActivityType,
    SchoolClass,
    Subject,
    Teacher,
    Term,
)
from eduqa_desktop.text import QT_TRANSLATE_NOOP


@dataclass
class ImportContext(RowChecks):
    """The import under way: its session and request, what it planned, the problems it found
    (RowChecks records them) and the records it has already looked up."""

    session: Session
    request: ImportRequest
    progress: Progress
    sheet: str = ""
    rows: list[PlannedRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    counts: dict[Action, int] = field(default_factory=lambda: dict.fromkeys(Action, 0))
    new_classes: list[str] = field(default_factory=list)
    new_subjects: list[str] = field(default_factory=list)
    new_teachers: list[str] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    _questions: dict[str, tuple[str, list[int], tuple[tuple[int, str], ...]]] = field(
        default_factory=dict
    )
    _teachers: list[tuple[int, str]] | None = None
    _teacher_by_name: dict[str, Teacher | None] = field(default_factory=dict)
    _classes: dict[tuple[int, str], SchoolClass] = field(default_factory=dict)
    _subjects: dict[str, Subject] | None = None
    _activity_types: dict[str, ActivityType] | None = None
    _years: dict[str, int] = field(default_factory=dict)
    # a file repeats its names on every row: each spelling is normalised once
    _name_keys: dict[str, str] = field(default_factory=dict)
    _search_keys: dict[str, str] = field(default_factory=dict)
    _class_names: dict[str, tuple[int, str] | None] = field(default_factory=dict)
    _terms: dict[tuple[str, int], Term] = field(default_factory=dict)
    # a package's checklist (family, version) → the local version with its content
    templates: dict[tuple[str, int], Any] = field(default_factory=dict)

    @property
    def school_id(self) -> int:
        return self.request.school_id

    # --- bookkeeping ------------------------------------------------------------------------

    def planned(
        self,
        source: SourceRow | None,
        action: Action,
        what: str,
        details: str = "",
        **detail_params: Any,
    ) -> None:
        self.counts[action] += 1
        self.rows.append(
            PlannedRow(
                source.sheet if source else self.sheet,
                source.row if source else None,
                action,
                what,
                details,
                detail_params,
            )
        )

    def upsert(
        self,
        source: SourceRow,
        record: Any,
        wanted: dict[str, Any],
        what: str,
        create: Any,
    ) -> Any:
        """Create (``create(**wanted)``) when `record` is None, else set the `wanted` fields
        that differ; the row is planned as new, updated (with its changes) or unchanged."""
        if record is None:
            record = create(**wanted)
            self.session.add(record)
            self.planned(source, Action.CREATE, what)
            return record
        changes = [
            f"{name} {shown(getattr(record, name))} → {shown(value)}"
            for name, value in wanted.items()
            if getattr(record, name) != value
        ]
        for name, value in wanted.items():
            setattr(record, name, value)
        action = Action.UPDATE if changes else Action.UNCHANGED
        self.planned(source, action, what, "; ".join(changes))
        return record

    def questions(self) -> tuple[TeacherQuestion, ...]:
        return tuple(
            TeacherQuestion(name, tuple(rows), candidates)
            for name, rows, candidates in self._questions.values()
        )

    # --- teachers ---------------------------------------------------------------------------

    def school_teachers(self) -> list[tuple[int, str]]:
        if self._teachers is None:
            self._teachers = [
                (row.id, row.full_name)
                for row in self.session.execute(
                    select(Teacher.id, Teacher.full_name)
                    .where(Teacher.school_id == self.school_id)
                    .order_by(Teacher.full_name)
                )
            ]
        return self._teachers

    def new_teacher(self, full_name: str) -> Teacher:
        teacher = Teacher(
            school_id=self.school_id, full_name=full_name, name_key=name_key(full_name)
        )
        self.session.add(teacher)
        self.session.flush()
        self.school_teachers().append((teacher.id, full_name))
        self.new_teachers.append(full_name)
        return teacher

    def teacher(self, source: SourceRow, field_name: str = "teacher") -> Teacher | None:
        """The teacher a row names, or None (a question for the user is recorded)."""
        written = source.values.get(field_name)
        if not written:
            self.require(source, field_name)
            return None
        key = self._name_keys.get(written)
        if key is None:
            key = self._name_keys[written] = name_key(written)
        if key in self._teacher_by_name:
            found = self._teacher_by_name[key]
            if found is None:
                self._questions[key][1].append(source.row)
            return found
        choice = self.request.teacher_choices.get(written)
        if choice is None:
            choice = self.request.teacher_choices.get(key)
        result: Teacher | None = None
        if choice == CREATE_TEACHER:
            result = self.new_teacher(written)
        elif isinstance(choice, int):
            result = self.session.get(Teacher, choice)
        else:
            matches = match_person(written, self.school_teachers())
            if len(matches) == 1:
                result = self.session.get(Teacher, matches[0].candidate_id)
            elif not matches and self.request.create_missing:
                result = self.new_teacher(written)
            else:
                candidates = tuple((int(m.candidate_id), m.full_name) for m in matches)
                self._questions[key] = (written, [source.row], candidates)
        self._teacher_by_name[key] = result
        return result

    # --- calendar -----------------------------------------------------------------------------

    def term(self, year: str, number: int) -> Term:
        key = (year, number)
        if key not in self._terms:
            self.academic_year_id(year)
            term = find_term(self.session, year, number)
            assert term is not None
            self._terms[key] = term
        return self._terms[key]

    def academic_year_id(self, year: str) -> int:
        if year not in self._years:
            self._years[year] = ensure_academic_year(self.session, year).id
        return self._years[year]

    # --- classes and subjects -----------------------------------------------------------------

    def school_class(self, source: SourceRow, year: str) -> SchoolClass | None:
        written = source.values.get("class_name")
        if not written:
            self.require(source, "class_name")
            return None
        text = str(written)
        if text not in self._class_names:
            try:
                self._class_names[text] = parse_class_name(text)
            except ClassNameError:
                self._class_names[text] = None
        parsed = self._class_names[text]
        if parsed is None:
            self.problem(
                source,
                "class_name",
                QT_TRANSLATE_NOOP(
                    "Messages", "“{value}” is not a class name; write it like 7-A (grades 1–11)."
                ),
                value=shown(written),
            )
            return None
        grade, letter = parsed
        name = f"{grade}-{letter}" if letter else str(grade)
        year_id = self.academic_year_id(year)
        cached = self._classes.get((year_id, name))
        if cached is not None:
            return cached
        found = self.session.scalar(
            select(SchoolClass).where(
                SchoolClass.school_id == self.school_id,
                SchoolClass.academic_year_id == year_id,
                SchoolClass.name == name,
            )
        )
        if found is None:
            found = SchoolClass(
                school_id=self.school_id,
                academic_year_id=year_id,
                name=name,
                grade=grade,
                letter=letter,
            )
            self.session.add(found)
            self.session.flush()
            self.new_classes.append(f"{name} ({year})")
        self._classes[(year_id, name)] = found
        return found

    def _subject_index(self) -> dict[str, Subject]:
        if self._subjects is None:
            self._subjects = {}
            for subject in self.session.scalars(select(Subject)):
                for text in (subject.name, subject.name_uz, subject.name_ru, subject.name_en):
                    if text:
                        self._subjects.setdefault(search_key(text), subject)
                self._subjects.setdefault(subject.name_key, subject)
        return self._subjects

    def subject(self, written: str) -> Subject:
        index = self._subject_index()
        key = self._search_keys.get(written)
        if key is None:
            key = self._search_keys[written] = search_key(written)
        found = index.get(key)
        if found is None:
            found = Subject(name=" ".join(written.split()), name_key=key)
            self.session.add(found)
            self.session.flush()
            index[key] = found
            self.new_subjects.append(found.name)
        return found

    def subject_of(self, source: SourceRow) -> Subject | None:
        written = source.values.get("subject")
        if not written:
            self.require(source, "subject")
            return None
        return self.subject(str(written))

    # --- activity types -------------------------------------------------------------------------

    def activity_type(self, written: str) -> ActivityType | None:
        if self._activity_types is None:
            self._activity_types = {}
            for item in self.session.scalars(select(ActivityType)):
                for text in (item.code, item.name_uz, item.name_ru, item.name_en):
                    if text:
                        self._activity_types.setdefault(header_key(text), item)
        return self._activity_types.get(header_key(written))


def year_names(session: Session) -> Iterable[str]:
    return session.scalars(select(AcademicYear.name))
