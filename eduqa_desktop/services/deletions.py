"""Tombstones: which records were deleted, when and by whom — so that exchanges carry deletions.

Every service that deletes an exchanged record (an observation draft, a results row, an
activity, a planned visit) calls :func:`record_deletion` in the same transaction. Packages
carry the school's tombstones (:func:`deletion_rows`); the receiving side applies them
(``services.imports.package_deletions``) and keeps them too, so that a third computer's
package does not bring the record back either. A record brought back on purpose (the user
took the package's copy) loses its tombstone (:func:`forget_deletion`).
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from eduqa_desktop.services import audit
from eduqa_desktop.storage.models import (
    Activity,
    Deletion,
    Observation,
    ResultRow,
    VisitPlanEntry,
)
from eduqa_desktop.storage.types import utc_now

OBSERVATION = "observation"
RESULT_ROW = "result_row"
ACTIVITY = "activity"
PLAN_ENTRY = "plan_entry"
MODELS: dict[str, type] = {
    OBSERVATION: Observation,
    RESULT_ROW: ResultRow,
    ACTIVITY: Activity,
    PLAN_ENTRY: VisitPlanEntry,
}


def record_deletion(
    session: Session,
    kind: str,
    record_uuid: uuid.UUID,
    school_id: int | None,
    *,
    who: str | None = None,
    at: datetime | None = None,
) -> None:
    """Remember that the record is gone (the first deletion of a UUID is the one kept)."""
    if kind not in MODELS:
        raise ValueError(kind)
    if session.scalar(select(Deletion.id).where(Deletion.record_uuid == record_uuid)):
        return
    session.add(Deletion(
        record_uuid=record_uuid, kind=kind, school_id=school_id, deleted_at=at or utc_now(),
        deleted_by=audit.current_user() if who is None else who,
    ))  # fmt: skip


def deletion_of(session: Session, record_uuid: uuid.UUID) -> Deletion | None:
    return session.scalar(select(Deletion).where(Deletion.record_uuid == record_uuid))


def deleted_uuids(session: Session, kind: str) -> dict[uuid.UUID, datetime]:
    """The tombstones of one kind: UUID → when it was deleted."""
    query = select(Deletion.record_uuid, Deletion.deleted_at).where(Deletion.kind == kind)
    return {row.record_uuid: row.deleted_at for row in session.execute(query)}


def forget_deletion(session: Session, record_uuid: uuid.UUID) -> None:
    session.execute(delete(Deletion).where(Deletion.record_uuid == record_uuid))


def deletion_rows(
    session: Session,
    school_id: int,
    kinds: tuple[str, ...] = tuple(MODELS),
    since: datetime | None = None,
) -> list[dict[str, str]]:
    """The school's tombstones as a package's ``machine_deletions`` rows (text cells)."""
    query = (
        select(Deletion)
        .where(Deletion.school_id == school_id, Deletion.kind.in_(kinds))
        .order_by(Deletion.deleted_at, Deletion.id)
    )
    if since is not None:
        query = query.where(Deletion.deleted_at >= since)
    return [
        {"uuid": str(item.record_uuid), "kind": item.kind,
         "deleted_at": item.deleted_at.isoformat(), "deleted_by": item.deleted_by}
        for item in session.scalars(query)
    ]  # fmt: skip
