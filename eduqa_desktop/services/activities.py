"""Teacher activities and their catalogue of types (each with a unit and mechanism tags).

The catalogue ships with the types of `shared/domain.md` (services.reference_data) and is
editable: a type can be renamed, re-tagged, added, archived (kept for the activities that use
it) or deleted while nothing uses it. Every change goes to the audit log.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from eduqa_desktop.domain.activity_lines import ActivityLine
from eduqa_desktop.domain.flags import Localized
from eduqa_desktop.domain.names import search_key
from eduqa_desktop.domain.roles import Action
from eduqa_desktop.domain.teacher_labels import UNIT_NAMES
from eduqa_desktop.domain.vocabulary import ActivityUnit, Mechanism
from eduqa_desktop.services import access, audit, deletions
from eduqa_desktop.services.errors import NotFoundError, UserError
from eduqa_desktop.storage.database import Database
from eduqa_desktop.storage.models import (
    Activity,
    ActivityType,
    ActivityTypeMechanism,
    Department,
    Teacher,
)
from eduqa_desktop.text import QT_TRANSLATE_NOOP

__all__ = [
    "LEVELS",
    "LEVEL_NAMES",
    "UNIT_NAMES",
    "ActivityFilter",
    "ActivityInput",
    "ActivityLine",
    "ActivityTypeInfo",
    "ActivityTypeInput",
    "activities_in",
    "add_activity",
    "archive_activity_type",
    "delete_activity",
    "delete_activity_type",
    "get_activity",
    "list_activities",
    "list_activity_types",
    "save_activity_type",
    "update_activity",
]

MAX_TYPE_NAME = 200
MAX_NOTE = 2000
MAX_QUANTITY = 10_000
LEVELS = ("school", "district", "region", "national", "international")

LEVEL_NAMES: dict[str, str] = {
    "school": QT_TRANSLATE_NOOP("TeacherLabels", "School"),
    "district": QT_TRANSLATE_NOOP("TeacherLabels", "District"),
    "region": QT_TRANSLATE_NOOP("TeacherLabels", "Region"),
    "national": QT_TRANSLATE_NOOP("TeacherLabels", "National"),
    "international": QT_TRANSLATE_NOOP("TeacherLabels", "International"),
}


@dataclass(frozen=True)
class ActivityTypeInfo:
    id: int
    code: str
    name: Localized
    unit: ActivityUnit
    counts_as_pd: bool
    mechanisms: tuple[Mechanism, ...]
    shipped: bool
    archived: bool
    activities: int  # how many activities use it


@dataclass(frozen=True)
class ActivityTypeInput:
    name_uz: str
    name_ru: str = ""
    name_en: str = ""
    unit: ActivityUnit = ActivityUnit.COUNT
    counts_as_pd: bool = False
    mechanisms: tuple[Mechanism, ...] = ()


@dataclass(frozen=True)
class ActivityInput:
    teacher_id: int
    activity_type_id: int
    done_on: date
    quantity: float = 1.0
    level: str = ""  # olympiads and competitions: one of LEVELS, or ""
    place: int | None = None
    note: str = ""


@dataclass(frozen=True)
class ActivityFilter:
    """Which activities to list; empty fields do not filter."""

    teacher_id: int | None = None
    activity_type_id: int | None = None
    mechanism: Mechanism | None = None
    department_id: int | None = None
    date_from: date | None = None
    date_to: date | None = None


# --- the catalogue -------------------------------------------------------------------------------


def _mechanisms_by_type(session: Session) -> dict[int, tuple[Mechanism, ...]]:
    tags: dict[int, list[Mechanism]] = defaultdict(list)
    for type_id, mechanism in session.execute(
        select(ActivityTypeMechanism.activity_type_id, ActivityTypeMechanism.mechanism)
    ):
        tags[type_id].append(Mechanism(mechanism))
    order = list(Mechanism)
    return {k: tuple(sorted(v, key=order.index)) for k, v in tags.items()}


def _type_name(row: ActivityType) -> Localized:
    return Localized(
        row.name_uz or row.name_en or row.name_ru, row.name_uz, row.name_ru, row.name_en
    )


def list_activity_types(db: Database, *, include_archived: bool = False) -> list[ActivityTypeInfo]:
    """The catalogue in its order (shipped types first), with how often each is used."""
    with db.session() as session:
        used = {
            type_id: count
            for type_id, count in session.execute(
                select(Activity.activity_type_id, func.count()).group_by(Activity.activity_type_id)
            )
        }
        tags = _mechanisms_by_type(session)
        query = select(ActivityType).order_by(ActivityType.position, ActivityType.id)
        if not include_archived:
            query = query.where(ActivityType.archived.is_(False))
        return [
            ActivityTypeInfo(
                id=t.id,
                code=t.code,
                name=_type_name(t),
                unit=t.unit,
                counts_as_pd=t.counts_as_pd,
                mechanisms=tags.get(t.id, ()),
                shipped=t.shipped,
                archived=t.archived,
                activities=int(used.get(t.id, 0)),
            )
            for t in session.scalars(query)
        ]


def _type(session: Session, type_id: int) -> ActivityType:
    found = session.get(ActivityType, type_id)
    if found is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Messages", "This activity type is no longer in the catalogue.")
        )
    return found


def _clean_type(data: ActivityTypeInput) -> ActivityTypeInput:
    return ActivityTypeInput(
        name_uz=" ".join(data.name_uz.split()),
        name_ru=" ".join(data.name_ru.split()),
        name_en=" ".join(data.name_en.split()),
        unit=ActivityUnit(data.unit),
        counts_as_pd=bool(data.counts_as_pd),
        mechanisms=tuple(dict.fromkeys(Mechanism(m) for m in data.mechanisms)),
    )


def _check_type(session: Session, data: ActivityTypeInput, type_id: int | None) -> None:
    names = [n for n in (data.name_uz, data.name_ru, data.name_en) if n]
    if not names:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "Give the activity type a name."))
    if any(len(n) > MAX_TYPE_NAME for n in names):
        raise UserError(
            QT_TRANSLATE_NOOP("Messages", "The name is longer than {limit} characters."),
            limit=MAX_TYPE_NAME,
        )
    if data.counts_as_pd and data.unit is not ActivityUnit.HOURS:
        raise UserError(
            QT_TRANSLATE_NOOP("Messages", "A professional-development course is counted in hours.")
        )
    wanted = {search_key(n) for n in names}
    for other in session.scalars(select(ActivityType).where(ActivityType.id != (type_id or 0))):
        if wanted & {search_key(n) for n in (other.name_uz, other.name_ru, other.name_en) if n}:
            raise UserError(
                QT_TRANSLATE_NOOP("Messages", "The catalogue already has a type named “{name}”."),
                name=other.name_uz or other.name_en or other.name_ru,
            )


def _type_snapshot(session: Session, row: ActivityType) -> dict[str, Any]:
    tags = session.scalars(
        select(ActivityTypeMechanism.mechanism).where(
            ActivityTypeMechanism.activity_type_id == row.id
        )
    )
    return {
        "code": row.code,
        "name_uz": row.name_uz,
        "name_ru": row.name_ru,
        "name_en": row.name_en,
        "unit": row.unit.value,
        "counts_as_pd": row.counts_as_pd,
        "mechanisms": sorted(str(m) for m in tags),
        "archived": row.archived,
    }


def _new_code(session: Session, data: ActivityTypeInput) -> str:
    base = re.sub(r"[^a-z0-9]+", "_", search_key(data.name_en or data.name_uz or data.name_ru))
    base = base.strip("_")[:40] or "activity"
    taken = set(session.scalars(select(ActivityType.code)))
    code, number = f"custom_{base}", 2
    while code in taken:
        code, number = f"custom_{base}_{number}", number + 1
    return code


def save_activity_type(db: Database, data: ActivityTypeInput, *, type_id: int | None = None) -> int:
    """Add a type to the catalogue (`type_id=None`) or change one; returns its id."""
    access.require(db, Action.SETTINGS)
    data = _clean_type(data)
    with db.session() as session:
        _check_type(session, data, type_id)
        if type_id is None:
            row = ActivityType(
                code=_new_code(session, data),
                position=(session.scalar(select(func.max(ActivityType.position))) or 0) + 1,
            )
            session.add(row)
            before = None
        else:
            row = _type(session, type_id)
            before = _type_snapshot(session, row)
        row.name_uz, row.name_ru, row.name_en = data.name_uz, data.name_ru, data.name_en
        row.unit = data.unit
        row.counts_as_pd = data.counts_as_pd
        session.flush()
        session.execute(
            delete(ActivityTypeMechanism).where(ActivityTypeMechanism.activity_type_id == row.id)
        )
        session.add_all(
            ActivityTypeMechanism(activity_type_id=row.id, mechanism=m) for m in data.mechanisms
        )
        session.flush()
        audit.record(
            session,
            "create" if before is None else "update",
            "activity_type",
            row.uuid,
            before=before,
            after=_type_snapshot(session, row),
        )
        return row.id


def archive_activity_type(db: Database, type_id: int, *, archived: bool = True) -> None:
    """Hide a type from the choices (its activities stay), or bring it back."""
    access.require(db, Action.SETTINGS)
    with db.session() as session:
        row = _type(session, type_id)
        before = _type_snapshot(session, row)
        row.archived = archived
        audit.record(
            session,
            "archive" if archived else "restore",
            "activity_type",
            row.uuid,
            before=before,
            after=_type_snapshot(session, row),
        )


def delete_activity_type(db: Database, type_id: int) -> None:
    """Delete a type nobody used; a type in use is refused (archive it instead)."""
    access.require(db, Action.SETTINGS)
    with db.session() as session:
        row = _type(session, type_id)
        used = session.scalar(
            select(func.count()).select_from(Activity).where(Activity.activity_type_id == type_id)
        )
        if used:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{count} activities are of this type, so it cannot be deleted. Archive it "
                    "instead.",
                ),
                count=used,
            )
        audit.record(
            session, "delete", "activity_type", row.uuid, before=_type_snapshot(session, row)
        )
        session.delete(row)


# --- activities ---------------------------------------------------------------------------------


def _clean(data: ActivityInput) -> ActivityInput:
    return ActivityInput(
        teacher_id=data.teacher_id,
        activity_type_id=data.activity_type_id,
        done_on=data.done_on,
        quantity=data.quantity,
        level=data.level.strip(),
        place=data.place,
        note=data.note.strip(),
    )


def _check(session: Session, data: ActivityInput, today: date) -> None:
    teacher = session.get(Teacher, data.teacher_id)
    if teacher is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Messages", "This teacher is no longer in the database.")
        )
    _type(session, data.activity_type_id)
    if data.done_on > today:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "This date is in the future."))
    quantity = data.quantity
    if isinstance(quantity, bool) or not isinstance(quantity, int | float):
        raise UserError(QT_TRANSLATE_NOOP("Messages", "The quantity must be a number."))
    if not math.isfinite(quantity) or not 0 < quantity <= MAX_QUANTITY:
        raise UserError(
            QT_TRANSLATE_NOOP("Messages", "The quantity must be more than 0 and at most {limit}."),
            limit=MAX_QUANTITY,
        )
    if data.place is not None and not 1 <= data.place <= 100:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "A place is a number from 1 to 100."))
    if data.level and data.level not in LEVELS:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "Unknown level “{level}”."), level=data.level)
    if len(data.note) > MAX_NOTE:
        raise UserError(
            QT_TRANSLATE_NOOP("Messages", "The note is longer than {limit} characters."),
            limit=MAX_NOTE,
        )


def _snapshot(row: Activity) -> dict[str, Any]:
    return {
        "teacher_id": row.teacher_id,
        "activity_type_id": row.activity_type_id,
        "done_on": row.done_on.isoformat(),
        "quantity": row.quantity,
        "level": row.level,
        "place": row.place,
        "note": row.note,
    }


def _activity(session: Session, activity_id: int) -> Activity:
    found = session.get(Activity, activity_id)
    if found is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Messages", "This activity is no longer in the database.")
        )
    return found


def _write(row: Activity, data: ActivityInput) -> None:
    row.teacher_id = data.teacher_id
    row.activity_type_id = data.activity_type_id
    row.done_on = data.done_on
    row.quantity = float(data.quantity)
    row.level = data.level
    row.place = data.place
    row.note = data.note


def add_activity(db: Database, data: ActivityInput, *, today: date | None = None) -> int:
    """Record an activity of a teacher; returns its id. Refused input writes nothing."""
    access.require_row(db, Action.TEACHERS, Teacher, data.teacher_id)
    data = _clean(data)
    with db.session() as session:
        _check(session, data, today or date.today())
        row = Activity()
        _write(row, data)
        session.add(row)
        session.flush()
        audit.record(session, "create", "activity", row.uuid, after=_snapshot(row))
        return row.id


def update_activity(
    db: Database, activity_id: int, data: ActivityInput, *, today: date | None = None
) -> None:
    access.require_row(db, Action.TEACHERS, Activity, activity_id)
    data = _clean(data)
    with db.session() as session:
        row = _activity(session, activity_id)
        _check(session, data, today or date.today())
        before = _snapshot(row)
        _write(row, data)
        audit.record(session, "update", "activity", row.uuid, before=before, after=_snapshot(row))


def delete_activity(db: Database, activity_id: int) -> None:
    access.require_row(db, Action.TEACHERS, Activity, activity_id)
    with db.session() as session:
        row = _activity(session, activity_id)
        audit.record(session, "delete", "activity", row.uuid, before=_snapshot(row))
        school_id = session.scalar(select(Teacher.school_id).where(Teacher.id == row.teacher_id))
        deletions.record_deletion(session, deletions.ACTIVITY, row.uuid, school_id)
        session.delete(row)


def _lines(session: Session, query: Any) -> list[ActivityLine]:
    tags = _mechanisms_by_type(session)
    return [
        ActivityLine(
            id=a.id,
            uuid=a.uuid,
            teacher_id=a.teacher_id,
            teacher_name=teacher_name,
            department=department or "",
            activity_type_id=a.activity_type_id,
            type_name=_type_name(t),
            unit=t.unit,
            mechanisms=tags.get(t.id, ()),
            done_on=a.done_on,
            quantity=a.quantity,
            level=a.level,
            place=a.place,
            note=a.note,
        )
        for a, t, teacher_name, department in session.execute(query)
    ]


def _select_lines() -> Any:
    return (
        select(Activity, ActivityType, Teacher.full_name, Department.name)
        .join(ActivityType, ActivityType.id == Activity.activity_type_id)
        .join(Teacher, Teacher.id == Activity.teacher_id)
        .outerjoin(Department, Department.id == Teacher.department_id)
    )


def get_activity(db: Database, activity_id: int) -> ActivityLine:
    with db.session() as session:
        found = _lines(session, _select_lines().where(Activity.id == activity_id))
    if not found:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Messages", "This activity is no longer in the database.")
        )
    return found[0]


def activities_in(
    session: Session, school_id: int, where: ActivityFilter | None = None
) -> list[ActivityLine]:
    """The school's activities, newest first, filtered in SQL (in an open session)."""
    where = where or ActivityFilter()
    query = _select_lines().where(Teacher.school_id == school_id)
    if where.teacher_id is not None:
        query = query.where(Activity.teacher_id == where.teacher_id)
    if where.activity_type_id is not None:
        query = query.where(Activity.activity_type_id == where.activity_type_id)
    if where.department_id is not None:
        query = query.where(Teacher.department_id == where.department_id)
    if where.date_from is not None:
        query = query.where(Activity.done_on >= where.date_from)
    if where.date_to is not None:
        query = query.where(Activity.done_on <= where.date_to)
    if where.mechanism is not None:
        tagged = select(ActivityTypeMechanism.activity_type_id).where(
            ActivityTypeMechanism.mechanism == Mechanism(where.mechanism)
        )
        query = query.where(Activity.activity_type_id.in_(tagged))
    return _lines(session, query.order_by(Activity.done_on.desc(), Activity.id.desc()))


def list_activities(
    db: Database, school_id: int, where: ActivityFilter | None = None
) -> list[ActivityLine]:
    """The school's activities, newest first, filtered in SQL."""
    with db.session() as session:
        return activities_in(session, school_id, where)
