"""The audit log as a hash chain: each entry carries the hash of the one before it.

An entry's hash is SHA-256 over the previous entry's hash and the entry's content — when, who,
what (action, entity, its UUID), before and after, and the account logged in when there is one
(entries older than accounts have none and keep their hash) — written canonically (JSON with
sorted keys, the way the JSON columns store it). Editing, deleting or inserting an entry behind the
app's back breaks the chain at that entry, and :func:`verify_chain` says where. Someone who
rewrites the whole chain from some entry on is caught by a digest printed before the edit
(the final observation's report carries one): its entry no longer has that hash.

The hashes are filled in at flush time (a ``before_flush`` listener on every ORM session), in
the order the entries were added, from the last hash already in the database. Two sessions
must not both read the same last hash (the chain would fork): on PostgreSQL the appending
transaction takes an advisory lock, held to its end, before it reads; on SQLite the database's
one writer at a time does the same.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import event, select, text
from sqlalchemy.orm import Session

from eduqa_desktop.storage.models import AuditEntry
from eduqa_desktop.storage.types import utc_now

GENESIS = "0" * 64
DIGEST_LENGTH = 12  # hex characters printed on a report (48 bits)
# The key of the PostgreSQL advisory lock that serialises appending to the chain (any bigint
# the app uses for nothing else: "EduQA" "ch" in ASCII).
CHAIN_LOCK_KEY = 0x456475514163_68


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def entry_hash(
    previous: str,
    at: datetime | None,
    who: str,
    action: str,
    entity: str,
    entity_uuid: uuid.UUID | str | None,
    before: Any,
    after: Any,
    account: str | None = None,
) -> str:
    content = [
        at.isoformat(timespec="microseconds") if at is not None else None,
        who or "",
        action,
        entity,
        None if entity_uuid is None else str(entity_uuid),
        None if before is None else json.loads(_json(before)),
        None if after is None else json.loads(_json(after)),
    ]
    if account is not None:  # entries older than accounts keep the hash they were given
        content.append(account)
    text = previous + "\n" + _json(content)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def hash_of(entry: AuditEntry, previous: str) -> str:
    return entry_hash(
        previous,
        entry.at,
        entry.who,
        entry.action,
        entry.entity,
        entry.entity_uuid,
        entry.before,
        entry.after,
        entry.account,
    )


def _chain_new_entries(session: Session, _context: Any, _instances: Any) -> None:
    new = [item for item in session.new if isinstance(item, AuditEntry) and not item.entry_hash]
    if not new:
        return
    new.sort(key=lambda item: item._sa_instance_state.insert_order)  # the order they were added
    with session.no_autoflush:
        if session.get_bind().dialect.name == "postgresql":
            # released when this transaction ends: a second writer reads the last hash only
            # after this one's entries are committed (READ COMMITTED: its next statement sees
            # them) or rolled back
            session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": CHAIN_LOCK_KEY})
        last = session.scalar(
            select(AuditEntry.entry_hash).order_by(AuditEntry.id.desc()).limit(1)
        )
    previous = last or GENESIS
    for item in new:
        if item.at is None:
            item.at = utc_now()
        item.who = item.who or ""
        if item.account is None:
            item.account = session_account(session)
        item.previous_hash = previous
        item.entry_hash = hash_of(item, previous)
        previous = item.entry_hash


def session_account(session: Session) -> str | None:
    """The login of the account a session works for (`Database.principal`), None without."""
    principal = session.info.get("principal")
    return getattr(principal, "login", None) or None


def install() -> None:
    """Chain every audit entry any session adds (idempotent)."""
    if not event.contains(Session, "before_flush", _chain_new_entries):
        event.listen(Session, "before_flush", _chain_new_entries)


@dataclass(frozen=True)
class ChainReport:
    entries: int
    broken_at: int | None = None  # the id of the first entry that does not fit
    reason: str = ""  # "changed", "previous" (one before it removed or changed)

    @property
    def whole(self) -> bool:
        return self.broken_at is None


def verify_chain(entries: Iterable[AuditEntry]) -> ChainReport:
    """Walk the entries in id order; the first whose hash or link does not fit."""
    previous = GENESIS
    count = 0
    for entry in entries:
        count += 1
        if entry.previous_hash != previous:
            return ChainReport(count, entry.id, "previous")
        if entry.entry_hash != hash_of(entry, previous):
            return ChainReport(count, entry.id, "changed")
        previous = entry.entry_hash
    return ChainReport(count)


def digest_of(entry_hash_text: str) -> str:
    """The short form printed on a report: 'a1b2-c3d4-e5f6'."""
    short = entry_hash_text[:DIGEST_LENGTH]
    return "-".join(short[i : i + 4] for i in range(0, len(short), 4))


def digest_prefix(digest: str) -> str:
    return "".join(ch for ch in digest.lower() if ch in "0123456789abcdef")
