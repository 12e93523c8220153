"""A package's tombstones applied to this computer (observations and school packages alike).

For each record deleted where the package was made:

- this computer never had it, or has deleted it too → its tombstone is kept here as well
  (a third computer's package will not bring it back), nothing else changes;
- a final observation → never deleted by a package: a conflict, the observation stays;
- changed here after it was deleted there → a conflict; the record stays unless the user
  takes the package's side (``Choices``), then it is deleted like the others;
- otherwise it is deleted, with an audit entry that says which package deleted it.

Records of another school in this database are left alone. The caller commits all or nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from eduqa_desktop.domain.merge_conflicts import Choices, Conflict
from eduqa_desktop.domain.vocabulary import ObservationStatus
from eduqa_desktop.services import audit
from eduqa_desktop.services.deletions import (
    ACTIVITY,
    MODELS,
    OBSERVATION,
    PLAN_ENTRY,
    RESULT_ROW,
    deletion_of,
    record_deletion,
)
from eduqa_desktop.storage.models import (
    Activity,
    Observation,
    ResultRow,
    SchoolClass,
    Subject,
    Teacher,
    VisitPlanEntry,
)
from eduqa_desktop.text import QT_TRANSLATE_NOOP

FINAL_KEPT = QT_TRANSLATE_NOOP(
    "Messages",
    "deleted where the package was made, but final here: a package never deletes a final "
    "observation",
)
CHANGED_AFTER = QT_TRANSLATE_NOOP(
    "Messages", "deleted where the package was made, but changed here after that"
)
DELETED_THERE = QT_TRANSLATE_NOOP("Messages", "deleted where the package was made")


@dataclass
class Applied:
    deleted: list[tuple[str, str]] = field(default_factory=list)  # (kind, what)
    unchanged: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    damaged: list[tuple[int, str]] = field(default_factory=list)  # (row, reason)


def _school_of(session: Session, local: Any) -> int | None:
    if isinstance(local, Observation | VisitPlanEntry):
        return local.school_id
    if isinstance(local, ResultRow):
        return session.scalar(
            select(SchoolClass.school_id).where(SchoolClass.id == local.class_id)
        )
    return session.scalar(select(Teacher.school_id).where(Teacher.id == local.teacher_id))


def _teacher(session: Session, teacher_id: int) -> str:
    return session.scalar(select(Teacher.full_name).where(Teacher.id == teacher_id)) or ""


def describe(session: Session, local: Any) -> str:
    """The record as the preview names it."""
    teacher = _teacher(session, local.teacher_id)
    if isinstance(local, Observation):
        return f"{local.observed_on.strftime('%d.%m.%Y')} · {teacher}"
    if isinstance(local, ResultRow):
        class_name = session.scalar(
            select(SchoolClass.name).where(SchoolClass.id == local.class_id)
        )
        subject = session.scalar(select(Subject.name).where(Subject.id == local.subject_id))
        return f"{class_name} · {subject} · {teacher}"
    if isinstance(local, Activity):
        return f"{local.done_on.strftime('%d.%m.%Y')} · {teacher}"
    return f"{local.month:02d}.{local.year} · {teacher}"


def _delete(session: Session, kind: str, local: Any, source: str, who: str, at: datetime) -> None:
    school_id = _school_of(session, local)
    if isinstance(local, Observation):
        for follow_up in session.scalars(
            select(Observation).where(Observation.follow_up_of_id == local.id)
        ):
            follow_up.follow_up_of_id = None
    session.delete(local)
    after = {"package": source, "deleted_by": who, "deleted_at": at.isoformat()}
    audit.record(session, "delete", kind, local.uuid, after=after)
    record_deletion(session, kind, local.uuid, school_id, who=who, at=at)


def apply_deletions(
    session: Session,
    school_id: int,
    rows: Iterable[dict[str, str]],
    choices: Choices,
    *,
    source: str,
    kinds: tuple[str, ...] = (OBSERVATION, RESULT_ROW, ACTIVITY, PLAN_ENTRY),
) -> Applied:
    """Apply the package's tombstones (see the module docstring)."""
    applied = Applied()
    for index, row in enumerate(rows):
        try:
            record_uuid = uuid.UUID(row["uuid"])
            kind = row["kind"]
            at = datetime.fromisoformat(row["deleted_at"])
        except (KeyError, ValueError) as error:
            applied.damaged.append((index + 2, str(error) or type(error).__name__))
            continue
        who = row.get("deleted_by", "")
        if kind not in kinds:  # a kind of a newer version, or not this package's to say
            applied.unchanged += 1
            continue
        model = MODELS[kind]
        local = session.scalar(select(model).where(model.uuid == record_uuid))
        if local is None or _school_of(session, local) != school_id:
            if local is None and deletion_of(session, record_uuid) is None:
                record_deletion(session, kind, record_uuid, school_id, who=who, at=at)
            applied.unchanged += 1
            continue
        what = describe(session, local)
        there = {"deleted_at": at.isoformat(), "deleted_by": who}
        here = {"updated_at": local.updated_at.isoformat()}
        if isinstance(local, Observation) and local.status == ObservationStatus.FINAL:
            applied.conflicts.append(Conflict(kind, str(record_uuid), what,
                                              {**here, "status": "final"}, there,
                                              resolvable=False, reason=FINAL_KEPT))  # fmt: skip
            continue
        if local.updated_at > at:
            conflict = Conflict(kind, str(record_uuid), what, here, there, reason=CHANGED_AFTER)
            applied.conflicts.append(conflict)
            if not choices.take_theirs(conflict):
                continue
            audit.record(session, "take_theirs", kind, local.uuid, before=here, after=there)
        _delete(session, kind, local, source, who, at)
        applied.deleted.append((kind, what))
    session.flush()
    return applied
