"""The audit log: who changed what, when, with the values before and after."""

from __future__ import annotations

import getpass
import uuid
from typing import Any

from sqlalchemy.orm import Session

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
