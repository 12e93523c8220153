"""The staff list: name, personnel number, subjects, department, category, experience, PD."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from sqlalchemy import select

from eduqa_desktop.domain.names import match_person, name_key
from eduqa_desktop.domain.vocabulary import Category
from eduqa_desktop.exchange.headers import TEACHERS, category_value
from eduqa_desktop.exchange.import_plan import CREATE_TEACHER, Action
from eduqa_desktop.exchange.problems import shown
from eduqa_desktop.exchange.workbook_reader import SourceRow, Table
from eduqa_desktop.services.imports.context import ImportContext
from eduqa_desktop.storage.models import Department, Teacher
from eduqa_desktop.text import QT_TRANSLATE_NOOP

LAYOUT = TEACHERS
_SPLIT = re.compile(r"[,;/\n]+")
MAX_EXPERIENCE = 70


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
    seen: dict[str, int] = {}
    numbers: dict[str, int] = {}  # personnel number → the row that gave it
    total = len(table.rows)
    for index, source in enumerate(table.rows):
        if index % 200 == 0:
            context.progress.check()
            context.progress.report(index, total)
        if not context.require(source, "full_name"):
            continue
        full_name = " ".join(str(source.values["full_name"]).split())
        key = name_key(full_name)
        if key in seen:
            context.row_problem(
                source,
                QT_TRANSLATE_NOOP("Messages", "This teacher is already listed in row {other}."),
                other=seen[key],
            )
            continue
        seen[key] = source.row
        number = source.values.get("personnel_number")
        if number:
            if number in numbers:
                context.problem(
                    source,
                    "personnel_number",
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "The personnel number {value} is already given to another teacher in "
                        "row {other}; each teacher has their own.",
                    ),
                    value=shown(number),
                    other=numbers[number],
                )
                continue
            numbers[number] = source.row
        wanted: dict[str, Any] = {}
        category_text = source.values.get("category")
        if category_text:
            value = category_value(category_text)
            if value is None:
                context.problem(
                    source,
                    "category",
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "“{value}” is not a category; write oliy, birinchi, ikkinchi or "
                        "mutaxassis (высшая, первая, вторая, специалист).",
                    ),
                    value=shown(category_text),
                )
                continue
            wanted["category"] = Category(value)
        experience = source.values.get("experience_years")
        if experience is not None:
            if experience > MAX_EXPERIENCE:
                context.problem(
                    source,
                    "experience_years",
                    QT_TRANSLATE_NOOP(
                        "Messages", "{value} years of experience is impossible (at most {limit})."
                    ),
                    value=experience,
                    limit=MAX_EXPERIENCE,
                )
                continue
            wanted["experience_years"] = experience
        last_pd = source.values.get("last_pd_date")
        if last_pd is not None:
            if last_pd > date.today():
                context.problem(
                    source,
                    "last_pd_date",
                    QT_TRANSLATE_NOOP("Messages", "The date {value} is in the future."),
                    value=last_pd.strftime("%d.%m.%Y"),
                )
                continue
            wanted["last_pd_date"] = last_pd
        for name in ("personnel_number", "phone"):
            if source.values.get(name):
                wanted[name] = str(source.values[name])
        if None in (source.values.get(n) for n in ("experience_years", "last_pd_date")) and any(
            source.raw.get(n) not in (None, "") and source.values.get(n) is None
            for n in ("experience_years", "last_pd_date")
        ):
            continue  # a conversion problem was already listed
        teacher, asked = _existing(context, source, full_name)
        if asked:
            continue
        department_name = source.values.get("department")
        subjects_text = source.values.get("subjects") or ""
        subjects = [
            context.subject(part.strip()) for part in _SPLIT.split(subjects_text) if part.strip()
        ]
        if teacher is None:
            teacher = Teacher(
                school_id=context.school_id, full_name=full_name, name_key=name_key(full_name)
            )
            context.session.add(teacher)
            for name, value in wanted.items():
                setattr(teacher, name, value)
            if department_name:
                teacher.department = _department(context, department_name, departments)
            teacher.subjects = list(dict.fromkeys(subjects))
            context.session.flush()
            context.school_teachers().append((teacher.id, full_name))
            context.planned(source, Action.CREATE, full_name)
            continue
        changes = [
            f"{name}: {shown(getattr(teacher, name))} → {shown(value)}"
            for name, value in wanted.items()
            if getattr(teacher, name) != value
        ]
        for name, value in wanted.items():
            setattr(teacher, name, value)
        if department_name:
            department = _department(context, department_name, departments)
            if teacher.department_id != department.id:
                changes.append(f"department → {department.name}")
                teacher.department = department
        missing_subjects = [s for s in subjects if s not in teacher.subjects]
        if missing_subjects:
            changes.append("subjects + " + ", ".join(s.name for s in missing_subjects))
            teacher.subjects.extend(dict.fromkeys(missing_subjects))
        action = Action.UPDATE if changes else Action.UNCHANGED
        context.planned(source, action, teacher.full_name, "; ".join(changes))
    context.session.flush()
