"""Copies of a database file: automatic ones (before an import, a package received, a
migration, a restore) kept in ``backups/`` beside the database and rotated, Backup… from the
menu, and restoring one.

Every copy goes through SQLite's backup API (consistent while the file is open in WAL, and
readable while an import's transaction is still open on another connection) into a
``.partial`` file that is flushed to the disk and renamed into place: a crash or a full disk
never leaves half a backup that looks whole. Beside each automatic backup a small JSON file
says when, why, and how many rows each table held.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from eduqa_desktop.storage.sqlite_file import has_sqlite_header

BACKUPS_FOLDER = "backups"
SUFFIX = ".sqlite3"
_NAME_RE = re.compile(r"^(?P<stem>.+)-(?P<made>\d{8}-\d{6}-\d{6})-(?P<reason>[a-z0-9-]+)$")
_STAMP = "%Y%m%d-%H%M%S-%f"


class BackupError(Exception):
    """A copy could not be written (or a backup cannot be restored); `kind` says why:
    "read_only", "disk_full", "not_a_database", "damaged" or "other"."""

    def __init__(self, kind: str, path: Path, detail: str = "") -> None:
        super().__init__(f"{kind}: {path}: {detail}")
        self.kind = kind
        self.path = path
        self.detail = detail


@dataclass(frozen=True)
class RotationPolicy:
    """Keep the newest `keep_last` backups, and the newest of each week for `weekly_weeks`."""

    keep_last: int = 10
    weekly_weeks: int = 13  # about three months


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made: datetime
    reason: str
    counts: dict[str, int] = field(default_factory=dict)


def backups_folder(database: Path) -> Path:
    return database.parent / BACKUPS_FOLDER


def _failure(error: BaseException, path: Path) -> BackupError:
    text = str(error)
    code = getattr(error, "errno", None) or getattr(error, "sqlite_errorcode", None)
    lowered = text.lower()
    if code in (errno.ENOSPC, errno.EDQUOT, sqlite3.SQLITE_FULL) or "disk is full" in lowered:
        return BackupError("disk_full", path, text)
    if (
        isinstance(error, PermissionError)
        or code in (errno.EACCES, errno.EPERM, errno.EROFS, sqlite3.SQLITE_READONLY)
        or "readonly" in lowered
        or "read-only" in lowered
        or "unable to open" in lowered
    ):
        return BackupError("read_only", path, text)
    return BackupError("other", path, text)


def copy_database(source: Path, target: Path) -> Path:
    """A consistent copy of `source` at `target` (replaced whole, or left as it was)."""
    partial = target.with_name(target.name + ".partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
            finally:
                dst.close()
        finally:
            src.close()
        with partial.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as error:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise _failure(error, target.parent) from error
    return target


def table_counts(path: Path) -> dict[str, int]:
    """Rows of each table of the database at `path` (opened read-only)."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {
            name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
            for name in names
        }
    finally:
        connection.close()


def make_backup(
    database: Path,
    reason: str,
    *,
    policy: RotationPolicy | None = None,
    now: datetime | None = None,
) -> BackupInfo:
    """Copy `database` into its backups/ folder, note why, and rotate the folder."""
    made = now or datetime.now()
    slug = re.sub(r"[^a-z0-9-]+", "-", reason.lower()).strip("-") or "backup"
    folder = backups_folder(database)
    target = folder / f"{database.stem}-{made.strftime(_STAMP)}-{slug}{SUFFIX}"
    copy_database(database, target)
    info = BackupInfo(target, made, slug, table_counts(target))
    note = {"made": made.isoformat(), "reason": slug, "counts": info.counts}
    try:
        _note_path(target).write_text(json.dumps(note), encoding="utf-8")
    except OSError as error:
        target.unlink(missing_ok=True)
        raise _failure(error, folder) from error
    rotate(folder, database.stem, policy or RotationPolicy(), made)
    return info


def _note_path(backup: Path) -> Path:
    return backup.with_suffix(".json")


def list_backups(database: Path) -> list[BackupInfo]:
    """The automatic backups of `database`, newest first."""
    folder = backups_folder(database)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"{database.stem}-*{SUFFIX}"):
        match = _NAME_RE.match(path.stem)
        if match is None or match.group("stem") != database.stem:
            continue
        made = datetime.strptime(match.group("made"), _STAMP)
        counts: dict[str, int] = {}
        try:
            note = json.loads(_note_path(path).read_text(encoding="utf-8"))
            counts = {str(k): int(v) for k, v in note.get("counts", {}).items()}
        except (OSError, ValueError, AttributeError, TypeError):
            with contextlib.suppress(sqlite3.Error):
                counts = table_counts(path)
        found.append(BackupInfo(path, made, match.group("reason"), counts))
    return sorted(found, key=lambda info: info.made, reverse=True)


def rotate(folder: Path, stem: str, policy: RotationPolicy, now: datetime) -> list[Path]:
    """Delete the backups the policy does not keep; returns the deleted ones."""
    backups = list_backups(folder.parent / f"{stem}{SUFFIX}")
    keep = {info.path for info in backups[: policy.keep_last]}
    oldest_week = now - timedelta(weeks=policy.weekly_weeks)
    weeks: set[tuple[int, int]] = set()
    for info in backups:  # newest first: the first of a week is its newest
        week = info.made.isocalendar()[:2]
        if info.made >= oldest_week and week not in weeks:
            weeks.add(week)
            keep.add(info.path)
    deleted = []
    for info in backups:
        if info.path not in keep:
            with contextlib.suppress(OSError):
                info.path.unlink()
                _note_path(info.path).unlink(missing_ok=True)
                deleted.append(info.path)
    return deleted


def check_backup(path: Path) -> None:
    """BackupError unless `path` is an SQLite database that passes quick_check."""
    try:
        is_sqlite = has_sqlite_header(path)
    except OSError as error:
        raise _failure(error, path) from error
    if not is_sqlite:
        raise BackupError("not_a_database", path)
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = connection.execute("PRAGMA quick_check").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise BackupError("damaged", path, str(error)) from error
    if result != [("ok",)]:
        raise BackupError("damaged", path, "; ".join(str(r[0]) for r in result[:5]))


def restore_into(database: Path, backup: Path) -> None:
    """Replace the content of `database` with `backup`'s, in one transaction of the database
    (SQLite's backup API onto it: other programs see the old state or the new one)."""
    check_backup(backup)
    try:
        src = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(database, timeout=10)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    except (OSError, sqlite3.Error) as error:
        raise _failure(error, database) from error


def backup_before_upgrade(path: Path, from_revision: str) -> Path:
    """The automatic backup before a migration, in backups/ beside the database."""
    return make_backup(path, f"migration-{from_revision}").path


def suggested_backup_name(path: Path) -> str:
    return f"{path.stem}-backup-{datetime.now().strftime('%Y%m%d-%H%M%S')}{path.suffix or SUFFIX}"
