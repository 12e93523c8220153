"""The limits incoming files are held to: one database setting, defaults in exchange/."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from sqlalchemy.orm import Session

from eduqa_desktop.exchange.file_limits import FileLimits, limits_in_force
from eduqa_desktop.services.settings_store import get_setting, read_setting, set_setting
from eduqa_desktop.storage.database import Database

FILE_LIMITS_KEY = "file_limits"


def load_file_limits(db: Database) -> FileLimits:
    return FileLimits.from_json(get_setting(db, FILE_LIMITS_KEY))


def read_file_limits(session: Session) -> FileLimits:
    return FileLimits.from_json(read_setting(session, FILE_LIMITS_KEY))


def save_file_limits(db: Database, limits: FileLimits) -> None:
    set_setting(db, FILE_LIMITS_KEY, limits.to_json())


@contextlib.contextmanager
def incoming_files(db: Database) -> Iterator[FileLimits]:
    """Every file read inside the block is held to this database's limits."""
    with limits_in_force(load_file_limits(db)) as limits:
        yield limits
