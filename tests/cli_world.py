"""A school database for the command-line tests (a file, or a schema on the test server), and
its row counts (to show that a refused command wrote nothing)."""

from __future__ import annotations

from pathlib import Path

from engines import new_location

from eduqa_desktop.services.schools import create_school, database_info
from eduqa_desktop.storage.database import open_database


def school_file(tmp_path: Path) -> Path | str:
    path = new_location(tmp_path, "school")
    db = open_database(path)
    create_school(db, "Test maktab", year="2025-2026")
    db.close()
    return path


def row_counts(path: Path | str) -> dict[str, int]:
    db = open_database(path)
    try:
        counts = dict(database_info(db).row_counts)
    finally:
        db.close()
    counts.pop("audit_log", None)
    return counts
