"""Why a database does not open, and whether a location is a server's URL.

Kept apart from storage/database.py, which imports SQLAlchemy: the command line catches these
and tells a file from a URL before it knows whether it will open a database at all.
"""

from __future__ import annotations

from pathlib import Path


def is_url(path_or_url: str | Path) -> bool:
    return "://" in str(path_or_url)


class DatabaseError(Exception):
    """A database cannot be opened; the message says why in plain words."""


class DatabaseTooNewError(DatabaseError):
    """The file was written by a newer version of EduQA Desktop."""


class NotADatabaseError(DatabaseError):
    """The file is not an EduQA (or any SQLite) database."""


class ServerUnreachableError(DatabaseError):
    """A database server refused the connection or did not answer (`reason`: its words)."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


class DriverMissingError(DatabaseError):
    """The URL names a server whose driver is not installed (`pip install
    eduqa-desktop[server]` for PostgreSQL)."""


class BackupNeededError(DatabaseError):
    """A server database needs an upgrade, no backup could be made (`pg_dump` is not on PATH)
    and the caller did not agree to go on without one."""

    def __init__(self, message: str, from_revision: str) -> None:
        super().__init__(message)
        self.from_revision = from_revision
