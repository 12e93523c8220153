"""Database-wide settings (thresholds, periods, weights) stored as JSON values."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from eduqa_desktop.domain.roles import Action
from eduqa_desktop.services import access, audit
from eduqa_desktop.storage.database import Database
from eduqa_desktop.storage.models import Setting


def read_setting(session: Session, key: str, default: Any = None) -> Any:
    value = session.scalar(select(Setting.value).where(Setting.key == key))
    return default if value is None else value


def write_setting(session: Session, key: str, value: Any) -> None:
    row = session.scalar(select(Setting).where(Setting.key == key))
    before = None if row is None else {"value": row.value}
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
    audit.record(session, "update", "setting", before=before, after={key: value})


def get_setting(db: Database, key: str, default: Any = None) -> Any:
    with db.session() as session:
        return read_setting(session, key, default)


def set_setting(db: Database, key: str, value: Any) -> None:
    access.require(db, Action.SETTINGS)
    with db.session() as session:
        write_setting(session, key, value)
