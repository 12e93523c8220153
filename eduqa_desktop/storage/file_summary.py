"""What `eduqa info` shows of a database file, read with the standard library's sqlite3.

Opening a database the full way (storage/database.py) imports SQLAlchemy and the ORM models,
which costs more than the whole answer. A file that is up to date and has no accounts can be
summed up read-only with plain SQL; every other case (a server, an older or newer schema,
accounts to log in to, a file sqlite3 cannot read as expected) returns None and the caller
opens the database the full way, which upgrades, refuses or asks as it always does.
"""

from __future__ import annotations

import sqlite3
import uuid
from dataclasses import dataclass
from pathlib import Path

from eduqa_desktop.storage.schema_files import head_revision
from eduqa_desktop.storage.sqlite_file import has_sqlite_header

NOT_COUNTED = ("alembic_version",)  # the schema's own bookkeeping, not the user's data


@dataclass(frozen=True, slots=True)
class SchoolRow:
    id: int
    uuid: uuid.UUID
    name: str
    district: str
    region: str


@dataclass(frozen=True, slots=True)
class FileSummary:
    revision: str
    schools: list[SchoolRow]
    row_counts: dict[str, int]


def summarize_file(path: Path) -> FileSummary | None:
    """The file's schema revision, schools (by name) and rows per table, or None when only
    the full open can answer."""
    try:
        if not has_sqlite_header(path):
            return None
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except (OSError, sqlite3.Error):
        return None
    try:
        return _summarize(connection)
    except (sqlite3.Error, ValueError):
        return None
    finally:
        connection.close()


def _summarize(connection: sqlite3.Connection) -> FileSummary | None:
    tables = sorted(
        name
        for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    )
    if "alembic_version" not in tables or "schools" not in tables:
        return None
    revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    if revision is None or revision[0] != head_revision():
        return None  # the full open upgrades it (after a backup) or refuses a newer one
    if "accounts" in tables and connection.execute("SELECT 1 FROM accounts LIMIT 1").fetchone():
        return None  # someone must log in, and the schools shown depend on who
    schools = [
        SchoolRow(int(id_), uuid.UUID(str(uuid_)), name, district or "", region or "")
        for id_, uuid_, name, district, region in connection.execute(
            "SELECT id, uuid, name, district, region FROM schools ORDER BY name"
        )
    ]
    counts = {
        # the names come from sqlite_master, never from a user
        table: int(connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
        for table in tables
        if table not in NOT_COUNTED
    }
    return FileSummary(revision=revision[0], schools=schools, row_counts=counts)
