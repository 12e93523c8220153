"""The audit log: who changed what, when, with the values before and after — kept as a hash
chain (storage/audit_chain.py) that anyone can verify."""

from __future__ import annotations

import getpass
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from eduqa_desktop.storage.audit_chain import (
    ChainReport,
    digest_of,
    digest_prefix,
    verify_chain,
)
from eduqa_desktop.storage.database import Database
from eduqa_desktop.storage.models import AuditEntry


def current_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name on some service accounts
        return ""


def record(
    session: Session,
    action: str,
    entity: str,
    entity_uuid: uuid.UUID | None = None,
    *,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    who: str | None = None,
) -> None:
    session.add(
        AuditEntry(
            who=current_user() if who is None else who,
            action=action,
            entity=entity,
            entity_uuid=entity_uuid,
            before=before,
            after=after,
        )
    )


def verify_record(db: Database) -> ChainReport:
    """Is the chain of audit entries whole? If not, from which entry it breaks."""
    with db.session() as session:
        entries = session.scalars(select(AuditEntry).order_by(AuditEntry.id)).yield_per(2000)
        return verify_chain(entries)


def record_digest(session: Session, entity: str, entity_uuid: uuid.UUID) -> str:
    """The digest of the latest audit entry about a record ('' when there is none)."""
    found = session.scalar(
        select(AuditEntry.entry_hash)
        .where(AuditEntry.entity == entity, AuditEntry.entity_uuid == entity_uuid)
        .order_by(AuditEntry.id.desc())
        .limit(1)
    )
    return digest_of(found) if found else ""


@dataclass(frozen=True)
class DigestCheck:
    digest: str
    entry_id: int | None  # the entry the digest names; None: no entry has it (edited?)
    entity: str = ""
    entity_uuid: str = ""
    action: str = ""
    at: str = ""
    changed_since: int = 0  # later entries about the same record (a correction, a deletion)


def check_digest(db: Database, digest: str) -> DigestCheck:
    """Which entry a printed digest names, and whether the record changed after it."""
    prefix = digest_prefix(digest)
    if len(prefix) < 8:
        return DigestCheck(digest, None)
    with db.session() as session:
        entry = session.scalar(
            select(AuditEntry).where(AuditEntry.entry_hash.like(f"{prefix}%")).limit(1)
        )
        if entry is None:
            return DigestCheck(digest, None)
        later = session.scalars(
            select(AuditEntry.id).where(
                AuditEntry.id > entry.id,
                AuditEntry.entity == entry.entity,
                AuditEntry.entity_uuid == entry.entity_uuid,
            )
        ).all()
        return DigestCheck(
            digest,
            entry.id,
            entry.entity,
            str(entry.entity_uuid or ""),
            entry.action,
            entry.at.isoformat(timespec="seconds") if entry.at else "",
            len(later),
        )
