"""Integrity at open: a quick check within a time budget, the full check on request, and the
latest good backup for a damaged file."""

from __future__ import annotations

import contextlib
import os
import shutil
from datetime import datetime
from pathlib import Path

from eduqa_desktop.services.backups import user_error
from eduqa_desktop.storage.backup import (
    BackupError,
    BackupInfo,
    backups_folder,
    check_backup,
    copy_database,
    list_backups,
)
from eduqa_desktop.storage.drive_kind import drive_kind
from eduqa_desktop.storage.integrity import IntegrityReport, check_database

OPEN_BUDGET_SECONDS = 3.0

__all__ = [
    "IntegrityReport",
    "check_at_open",
    "drive_kind",
    "full_check",
    "latest_good_backup",
    "put_back_latest_good",
]


def check_at_open(path: Path, budget: float = OPEN_BUDGET_SECONDS) -> IntegrityReport:
    """quick_check and the foreign keys, stopped (as incomplete, not damaged) at `budget`."""
    if not path.exists() or path.stat().st_size == 0:
        return IntegrityReport(path)
    return check_database(path, budget=budget)


def full_check(path: Path) -> IntegrityReport:
    return check_database(path, full=True)


def latest_good_backup(path: Path) -> BackupInfo | None:
    """The newest automatic backup that passes quick_check."""
    for info in list_backups(path):
        try:
            check_backup(info.path)
        except BackupError:
            continue
        return info
    return None


def put_back_latest_good(path: Path, backup: BackupInfo) -> Path:
    """Replace a damaged database file with `backup`: the damaged file is kept (as bytes, the
    backup API may not read it) in backups/, its -wal and -shm files go with it. The database
    must not be open. Returns where the damaged file was kept."""
    folder = backups_folder(path)
    kept = folder / f"{path.stem}-{datetime.now():%Y%m%d-%H%M%S}-damaged{path.suffix}"
    try:
        check_backup(backup.path)
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, kept)
        fresh = copy_database(backup.path, path.with_name(path.name + ".restoring"))
        for extra in ("-wal", "-shm", "-journal"):
            with contextlib.suppress(FileNotFoundError):
                os.replace(path.with_name(path.name + extra), kept.with_name(kept.name + extra))
        os.replace(fresh, path)
    except BackupError as error:
        raise user_error(error) from error
    except OSError as error:
        raise user_error(BackupError("other", folder, str(error))) from error
    return kept
