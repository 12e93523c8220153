"""A small database, and a copy of it with the pages of one table overwritten."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from eduqa_desktop.services.schools import create_school
from eduqa_desktop.storage.database import open_database
from eduqa_desktop.storage.models import Teacher


def small_school(path: Path, teachers: int = 200) -> Path:
    db = open_database(path)
    create_school(db, "Test maktab", district="", region="", year="2025-2026")
    with db.session() as session:
        session.add_all(
            Teacher(school_id=1, full_name=f"Teacher {i} " + "x" * 40, name_key=f"teacher {i}")
            for i in range(teachers)
        )
    db.close()
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # every page in the file itself
    connection.close()
    return path


def overwrite_table(path: Path, table: str = "teachers", pages: int = 3) -> Path:
    """Garbage over the first pages of `table`'s b-tree (what a bad sector or a torn write
    leaves)."""
    connection = sqlite3.connect(path)
    root = connection.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
    ).fetchone()[0]
    size = connection.execute("PRAGMA page_size").fetchone()[0]
    connection.close()
    data = bytearray(path.read_bytes())
    for page in range(root, root + pages):
        start = (page - 1) * size
        data[start : start + size] = b"\x0d" + b"\xff" * (size - 1)
    path.write_bytes(bytes(data))
    return path
