"""Backups people can use: made before every change that comes from outside (an import, a
package received, a migration, a restore), listed with date, reason and counts, compared with
the database, restored after the current state is itself backed up.

A backup that cannot be written (read-only folder, full disk) refuses the change it was to
protect, with a message that says why: the database stays as it was.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from eduqa_desktop.domain.roles import Action, allows
from eduqa_desktop.services.access import (
    LOGIN_REQUIRED,
    REFUSALS,
    AccessDenied,
    LoginRequired,
    Principal,
)
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.settings_store import get_setting, set_setting
from eduqa_desktop.storage.backup import (
    BackupError,
    BackupInfo,
    RotationPolicy,
    check_backup,
    copy_database,
    list_backups,
    make_backup,
    restore_into,
    suggested_backup_name,
    table_counts,
)
from eduqa_desktop.storage.database import Database
from eduqa_desktop.text import QT_TRANSLATE_NOOP

POLICY_KEY = "backup_policy"

READ_ONLY = QT_TRANSLATE_NOOP(
    "Messages",
    "A backup could not be written: the folder {folder} is read-only or may not be written "
    "by you. Nothing was changed; keep the database in a folder you can write to.",
)
DISK_FULL = QT_TRANSLATE_NOOP(
    "Messages",
    "A backup could not be written: the disk of {folder} is full. Nothing was changed; free "
    "some space and try again.",
)
NOT_WRITTEN = QT_TRANSLATE_NOOP(
    "Messages", "A backup could not be written to {folder} ({detail}). Nothing was changed."
)
NOT_A_DATABASE = QT_TRANSLATE_NOOP(
    "Messages", "“{file}” is not an EduQA database; nothing was restored."
)
DAMAGED_BACKUP = QT_TRANSLATE_NOOP(
    "Messages",
    "“{file}” is damaged ({detail}); nothing was restored. Choose another backup.",
)
SAME_FILE = QT_TRANSLATE_NOOP(
    "Messages", "A backup cannot replace the database itself; choose another file."
)


def user_error(error: BackupError) -> UserError:
    if error.kind == "read_only":
        return UserError(READ_ONLY, folder=str(error.path))
    if error.kind == "disk_full":
        return UserError(DISK_FULL, folder=str(error.path))
    if error.kind == "not_a_database":
        return UserError(NOT_A_DATABASE, file=error.path.name)
    if error.kind == "damaged":
        return UserError(DAMAGED_BACKUP, file=error.path.name, detail=error.detail)
    return UserError(NOT_WRITTEN, folder=str(error.path), detail=error.detail)


def rotation_policy(db: Database) -> RotationPolicy:
    data = get_setting(db, POLICY_KEY)
    default = RotationPolicy()
    if not isinstance(data, dict):
        return default
    values = {}
    for name in ("keep_last", "weekly_weeks"):
        raw = data.get(name)
        if isinstance(raw, int) and not isinstance(raw, bool) and raw >= 1:
            values[name] = raw
    return RotationPolicy(**{**default.__dict__, **values})


def save_rotation_policy(db: Database, policy: RotationPolicy) -> None:
    """Settings ▸ Files and backups: how many automatic backups are kept."""
    values = {"keep_last": policy.keep_last, "weekly_weeks": policy.weekly_weeks}
    set_setting(db, POLICY_KEY, values)


def backup_before(db: Database, reason: str) -> BackupInfo | None:
    """The automatic backup before a change (None for a database that is not a file, such
    as PostgreSQL, which has its own). Raises UserError when it cannot be written."""
    if db.path is None or not db.path.exists():
        return None
    return backup_file(db.path, reason, rotation_policy(db))


def backup_file(db_path: Path, reason: str, policy: RotationPolicy | None = None) -> BackupInfo:
    """A backup of the database file at `db_path` into its backups/ folder (UserError when
    it cannot be written)."""
    try:
        return make_backup(db_path, reason, policy=policy)
    except BackupError as error:
        raise user_error(error) from error


def may_copy_or_replace(db_path: Path, by: Principal | None) -> None:
    """Refuse (AccessDenied, LoginRequired) a copy or a restore of a database with accounts to
    anyone but an account that may back up (the administrator): a copy holds every record and
    password hash, a restore replaces everyone's work. Without accounts the local user may. A
    file that cannot be read cannot say who may — what a restore is for — and is let through;
    its replacement is kept first, as for every restore."""
    try:
        with_accounts = table_counts(db_path).get("accounts", 0) > 0
    except (sqlite3.Error, OSError):
        return
    if not with_accounts:
        return
    if by is None or by.local:
        raise LoginRequired(LOGIN_REQUIRED)
    if not allows(by.role, Action.BACKUP):
        raise AccessDenied(REFUSALS[Action.BACKUP], login=by.login)


def backup_to(db_path: Path, target: Path, *, by: Principal | None = None) -> Path:
    """Backup… / `eduqa backup`: a consistent copy of the database at `target`, made by `by`
    (the account logged in; see may_copy_or_replace)."""
    if target.resolve() == db_path.resolve():
        raise UserError(SAME_FILE)
    may_copy_or_replace(db_path, by)
    try:
        return copy_database(db_path, target)
    except BackupError as error:
        raise user_error(error) from error


def suggested_name(db_path: Path) -> str:
    """The file name Backup… offers: the database's name with today's date."""
    return suggested_backup_name(db_path)


def backups_of(db_path: Path) -> list[BackupInfo]:
    return list_backups(db_path)


@dataclass(frozen=True)
class Change:
    table: str
    now: int
    then: int


def changes(db_path: Path, backup: BackupInfo | Path) -> list[Change]:
    """The tables whose row counts differ between the database now and the backup."""
    counts = backup.counts if isinstance(backup, BackupInfo) else {}
    path = backup.path if isinstance(backup, BackupInfo) else backup
    try:
        then = counts or table_counts(path)
    except Exception as error:  # sqlite3.Error, OSError: a file that cannot be compared
        raise user_error(BackupError("damaged", path, str(error))) from error
    try:
        now = table_counts(db_path)
    except (sqlite3.Error, OSError):
        now = {}  # the database itself cannot be read (what a restore is for): all comes back
    return [
        Change(name, now.get(name, 0), then.get(name, 0))
        for name in sorted(set(now) | set(then))
        if name != "alembic_version" and now.get(name, 0) != then.get(name, 0)
    ]


@dataclass(frozen=True)
class Restored:
    safety_backup: BackupInfo | None  # None when there was no database to keep
    changes: list[Change]


def restore(
    db_path: Path,
    backup: Path,
    *,
    by: Principal | None = None,
    policy: RotationPolicy | None = None,
) -> Restored:
    """Put `backup` in place of the database at `db_path`, backing up the current state
    first, for `by` (the account logged in; see may_copy_or_replace). The database must not be
    open in this process (close it first); it is opened — and so upgraded, when the backup is
    older — by whoever opens it next."""
    if backup.resolve() == db_path.resolve():
        raise UserError(SAME_FILE)
    may_copy_or_replace(db_path, by)
    try:
        check_backup(backup)
        if not db_path.exists() or db_path.stat().st_size == 0:
            copy_database(backup, db_path)
            return Restored(None, changes(db_path, backup))
        what = changes(db_path, backup)
        safety = make_backup(db_path, "before-restore", policy=policy)
        restore_into(db_path, backup)
    except BackupError as error:
        raise user_error(error) from error
    return Restored(safety, what)
