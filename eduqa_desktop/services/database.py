"""Opening a database, for the window and the command line: the door to storage's
`open_database` and the `Database` handle they pass back to the other services."""

from __future__ import annotations

from eduqa_desktop.storage.database import (
    Database,
    DatabaseError,
    DatabaseTooNewError,
    NotADatabaseError,
    open_database,
)

__all__ = [
    "Database",
    "DatabaseError",
    "DatabaseTooNewError",
    "NotADatabaseError",
    "open_database",
]
