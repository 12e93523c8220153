"""Copies of a database file: automatic ones before an upgrade, and Backup… from the menu."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path


def _timestamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S")


def copy_database(source: Path, target: Path) -> Path:
    """A consistent copy through SQLite's backup API (safe while the file is open in WAL)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def backup_before_upgrade(path: Path, from_revision: str) -> Path:
    """`school.sqlite3` → `school.before-<rev>-<timestamp>.sqlite3` beside it."""
    target = path.with_name(f"{path.stem}.before-{from_revision}-{_timestamp()}{path.suffix}")
    return copy_database(path, target)


def suggested_backup_name(path: Path) -> str:
    return f"{path.stem}-backup-{_timestamp()}{path.suffix or '.sqlite3'}"
