"""Finding, for a record of an observations package, the teacher and checklist version it
means on this computer — between two databases that were never one.

A teacher: by UUID (the same person, even renamed or spelled in Cyrillic here), else the
personnel number when the names agree, else the name; a new teacher keeps the package's
UUID and personnel number unless this computer already uses them for someone else (then the
new teacher goes without, and a conflict says so). A checklist version: by family and
version when the content is the same, else any local version with the same content (the
same family, or a shipped checklist installed under another family), else a new version of
the family, numbered after the last one here when that number is taken by other content.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from sqlalchemy import func, select

from eduqa_desktop.domain.merge_conflicts import Conflict
from eduqa_desktop.domain.names import match_person, name_key
from eduqa_desktop.exchange.import_plan import CREATE_TEACHER
from eduqa_desktop.services.imports.context import ImportContext
from eduqa_desktop.services.imports.observation_export import checklist_json
from eduqa_desktop.services.reference_data import add_checklist, parse_checklist
from eduqa_desktop.storage.models import ChecklistTemplate, Teacher
from eduqa_desktop.text import QT_TRANSLATE_NOOP

NUMBER_TAKEN = QT_TRANSLATE_NOOP(
    "Messages",
    "personnel number {number}: “{incoming}” in the package, “{local}” on this computer — "
    "“{incoming}” is added without the number",
)

NUMBER_HELD = QT_TRANSLATE_NOOP(
    "Messages", "another person holds this personnel number on this computer"
)

Note = tuple[str, dict[str, Any]]


def package_teacher(
    context: ImportContext, record: dict[str, str], row: int
) -> tuple[Teacher | None, Note | None]:
    """The local teacher of `record`, a new one, or None (a question is recorded); with a
    note for the preview when the new teacher could not keep the package's number."""
    session = context.session
    incoming_uuid = uuid.UUID(record["teacher_uuid"])
    by_uuid = session.scalar(select(Teacher).where(Teacher.uuid == incoming_uuid))
    if by_uuid is not None and by_uuid.school_id == context.school_id:
        return by_uuid, None
    name = record["teacher"]
    number = record.get("personnel_number") or None
    choice = context.request.teacher_choices.get(name)
    if isinstance(choice, int):
        return session.get(Teacher, choice), None
    holder = _number_holder(context, number)
    if choice != CREATE_TEACHER:
        if holder is not None and match_person(name, [(holder.id, holder.full_name)]):
            return holder, None
        found = _by_name(context, name, row)
        if found is not False:
            return found, None
    teacher = context.new_teacher(name)
    if by_uuid is None:  # the UUID is free (not another school's teacher here)
        teacher.uuid = incoming_uuid
    if holder is None:
        teacher.personnel_number = number
        return teacher, None
    context.conflicts.append(Conflict(
        "teacher", record["teacher_uuid"], f"{name} ≠ {holder.full_name} ({number})",
        {"personnel_number": f"{number}: {holder.full_name}"},
        {"personnel_number": f"{number}: {name}"}, resolvable=False, reason=NUMBER_HELD,
    ))  # fmt: skip
    return teacher, (NUMBER_TAKEN, {"number": number, "incoming": name, "local": holder.full_name})


def _number_holder(context: ImportContext, number: str | None) -> Teacher | None:
    if not number:
        return None
    return context.session.scalar(
        select(Teacher).where(
            Teacher.school_id == context.school_id, Teacher.personnel_number == number
        )
    )


def _by_name(context: ImportContext, name: str, row: int) -> Teacher | bool | None:
    """The one teacher the name means; None when asked; False when nobody fits."""
    matches = match_person(name, context.school_teachers())
    exact = [m for m in matches if m.strength == "exact"]
    if len(exact) == 1:
        return context.session.get(Teacher, exact[0].candidate_id)
    if len(matches) > 1 or (matches and not exact):
        key = name_key(name)
        if key in context._questions:
            context._questions[key][1].append(row)
        else:
            candidates = tuple((int(m.candidate_id), m.full_name) for m in matches)
            context._questions[key] = (name, [row], candidates)
        return None
    return False


def package_template(
    context: ImportContext, family: str, version: int, parts: dict[tuple[str, int], list[str]]
) -> ChecklistTemplate | None:
    """The local checklist version with the package's content (created when there is none)."""
    session = context.session
    family_id = uuid.UUID(family)
    text = "".join(parts.get((family, version), []))
    same_number = session.scalar(
        select(ChecklistTemplate).where(
            ChecklistTemplate.family == family_id, ChecklistTemplate.version == version
        )
    )
    if not text:  # an old package without the checklist: trust family and version
        return same_number
    data: dict[str, Any] = json.loads(text)
    cache_key = (family, version)
    if cache_key in context.templates:
        return context.templates[cache_key]
    found = _same_content(context, family_id, data, same_number)
    if found is None:
        if same_number is not None:
            version = 1 + (
                session.scalar(
                    select(func.max(ChecklistTemplate.version)).where(
                        ChecklistTemplate.family == family_id
                    )
                )
                or version
            )
        spec = parse_checklist(data, require_all_languages=False)
        found = add_checklist(session, spec, family=family_id, version=version)
        found.superseded = True  # kept for the observations; the local editor decides
    context.templates[cache_key] = found
    return found


def _same_content(
    context: ImportContext,
    family_id: uuid.UUID,
    data: dict[str, Any],
    same_number: ChecklistTemplate | None,
) -> ChecklistTemplate | None:
    if same_number is not None and checklist_json(same_number) == data:
        return same_number
    session = context.session
    candidates = list(
        session.scalars(
            select(ChecklistTemplate)
            .where(ChecklistTemplate.family == family_id)
            .order_by(ChecklistTemplate.version)
        )
    )
    # The shipped checklists are installed with a new family on every computer: the same
    # content under the same code is the same checklist.
    if data.get("code"):
        candidates += session.scalars(
            select(ChecklistTemplate)
            .where(ChecklistTemplate.code == data["code"], ChecklistTemplate.family != family_id)
            .order_by(ChecklistTemplate.id)
        )
    return next((c for c in candidates if checklist_json(c) == data), None)
