"""The staff list matched to the school's teachers and written (its rows are checked by
exchange.staff_rows): a teacher is found by personnel number, else by name."""

from __future__ import annotations

from sqlalchemy import select

from eduqa_desktop.domain.names import match_person, name_key
from eduqa_desktop.exchange.import_plan import CREATE_TEACHER, Action
from eduqa_desktop.exchange.problems import shown
from eduqa_desktop.exchange.staff_rows import LAYOUT, StaffLine, staff_lines
from eduqa_desktop.exchange.workbook_reader import SourceRow, Table
from eduqa_desktop.services.imports.context import ImportContext
from eduqa_desktop.storage.models import Department, Teacher

__all__ = ["LAYOUT", "import_teachers"]


def _department(context: ImportContext, name: str, cache: dict[str, Department]) -> Department:
    key = " ".join(name.split()).casefold()
    if key not in cache:
        found = context.session.scalar(
            select(Department).where(
                Department.school_id == context.school_id, Department.name == " ".join(name.split())
            )
        )
        if found is None:
            found = Department(school_id=context.school_id, name=" ".join(name.split()))
            context.session.add(found)
            context.session.flush()
        cache[key] = found
    return cache[key]


def _existing(
    context: ImportContext, source: SourceRow, full_name: str
) -> tuple[Teacher | None, bool]:
    """(teacher, asked): the teacher this row describes; asked=True when the user must choose."""
    number = source.values.get("personnel_number")
    if number:
        found = context.session.scalar(
            select(Teacher).where(
                Teacher.school_id == context.school_id, Teacher.personnel_number == number
            )
        )
        if found is not None:
            return found, False
    choice = context.request.teacher_choices.get(full_name)
    if choice == CREATE_TEACHER:
        return None, False
    if isinstance(choice, int):
        return context.session.get(Teacher, choice), False
    matches = match_person(full_name, context.school_teachers())
    if not matches:
        return None, False
    if len(matches) == 1 and matches[0].strength == "exact":
        return context.session.get(Teacher, matches[0].candidate_id), False
    # "Sharipova G." or two teachers with one name: never guess.
    context._questions[name_key(full_name)] = (
        full_name,
        [source.row],
        tuple((int(m.candidate_id), m.full_name) for m in matches),
    )
    return None, True


def import_teachers(context: ImportContext, table: Table) -> None:
    departments: dict[str, Department] = {}
    for line in staff_lines(context, table, context.progress):
        teacher, asked = _existing(context, line.source, line.full_name)
        if asked:
            continue
        _write(context, line, teacher, departments)
    context.session.flush()


def _write(
    context: ImportContext,
    line: StaffLine,
    teacher: Teacher | None,
    departments: dict[str, Department],
) -> None:
    subjects = [context.subject(name) for name in line.subjects]
    if teacher is None:
        teacher = Teacher(
            school_id=context.school_id, full_name=line.full_name,
            name_key=name_key(line.full_name),
        )  # fmt: skip
        context.session.add(teacher)
        for name, value in line.fields.items():
            setattr(teacher, name, value)
        if line.department:
            teacher.department = _department(context, line.department, departments)
        teacher.subjects = list(dict.fromkeys(subjects))
        context.session.flush()
        context.school_teachers().append((teacher.id, line.full_name))
        context.planned(line.source, Action.CREATE, line.full_name)
        return
    changes = [
        f"{name}: {shown(getattr(teacher, name))} → {shown(value)}"
        for name, value in line.fields.items()
        if getattr(teacher, name) != value
    ]
    for name, value in line.fields.items():
        setattr(teacher, name, value)
    if line.department:
        department = _department(context, line.department, departments)
        if teacher.department_id != department.id:
            changes.append(f"department → {department.name}")
            teacher.department = department
    missing_subjects = [s for s in subjects if s not in teacher.subjects]
    if missing_subjects:
        changes.append("subjects + " + ", ".join(s.name for s in missing_subjects))
        teacher.subjects.extend(dict.fromkeys(missing_subjects))
    action = Action.UPDATE if changes else Action.UNCHANGED
    context.planned(line.source, action, teacher.full_name, "; ".join(changes))
