"""Automatic backups: made before an import, listed with reason and counts, rotated, restored;
a read-only folder or a full disk refuses the import with a message and changes nothing."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from engines import ON_SERVER

from eduqa_desktop.exchange.import_plan import ImportKind, ImportRequest
from eduqa_desktop.services.backups import backup_file, changes, restore
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.imports.run import apply_import
from eduqa_desktop.services.schools import database_info
from eduqa_desktop.storage.backup import (
    RotationPolicy,
    backups_folder,
    list_backups,
    make_backup,
    rotate,
)
from eduqa_desktop.storage.database import open_database

from .mounts import small_tmpfs

TEACHERS = [["Full name", "Personnel number"], ["Aliyev Anvar", "11"], ["Petrova Anna", "12"]]


# a server database is backed up with pg_dump by its administrator (storage/server_backup.py)
FILE_ONLY = pytest.mark.skipif(ON_SERVER, reason="backups of a database file")


def _teachers_file(path: Path) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    for row in TEACHERS:
        book.active.append(row)
    book.save(path)
    return path


def _count(path: Path, table: str = "teachers") -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        connection.close()


@FILE_ONLY
def test_an_import_is_preceded_by_a_backup_of_the_state_before(school_db, tmp_path):  # type: ignore[no-untyped-def]
    school_id = database_info(school_db).schools[0].id
    plan = apply_import(
        school_db,
        ImportRequest(ImportKind.TEACHERS, _teachers_file(tmp_path / "t.xlsx"), school_id),
    )
    assert plan.written
    (backup,) = list_backups(school_db.path)
    assert backup.reason == "import-teachers" and backup.path.parent == tmp_path / "backups"
    assert backup.counts["teachers"] == 0 == _count(backup.path)
    assert _count(school_db.path) == 2
    # the same file again changes nothing, and makes no backup
    apply_import(
        school_db,
        ImportRequest(ImportKind.TEACHERS, _teachers_file(tmp_path / "t.xlsx"), school_id),
    )
    assert len(list_backups(school_db.path)) == 1


def test_rotation_keeps_the_last_n_and_one_a_week(tmp_path):  # type: ignore[no-untyped-def]
    database = tmp_path / "school.sqlite3"
    open_database(database).close()
    start = datetime(2026, 6, 1, 9, 0)
    policy = RotationPolicy(keep_last=3, weekly_weeks=4)
    made = []
    for day in range(0, 60, 2):  # a backup every other day for two months
        made.append(
            make_backup(database, "import-results", policy=policy, now=start + timedelta(days=day))
        )
    kept = list_backups(database)
    now = made[-1].made
    assert [b.made for b in kept[:3]] == [m.made for m in made[-1:-4:-1]]
    weekly = kept[3:]
    assert weekly and all(now - b.made <= timedelta(weeks=4) for b in weekly)
    weeks = [b.made.isocalendar()[:2] for b in kept]
    assert len(set(weeks[3:])) == len(weeks[3:])  # one a week beyond the last three
    assert len(kept) <= 3 + 5
    files = sorted(p.name for p in backups_folder(database).iterdir())
    assert len(files) == 2 * len(kept)  # each backup with its note, nothing else left
    assert rotate(backups_folder(database), "school", policy, now) == []


@FILE_ONLY
def test_restore_backs_up_the_present_first_and_says_what_changed(school_db, tmp_path):  # type: ignore[no-untyped-def]
    path = school_db.path
    school_id = database_info(school_db).schools[0].id
    before = backup_file(path, "by-hand")
    apply_import(
        school_db,
        ImportRequest(ImportKind.TEACHERS, _teachers_file(tmp_path / "t.xlsx"), school_id),
    )
    assert [(c.table, c.now, c.then) for c in changes(path, before) if c.table == "teachers"] == [
        ("teachers", 2, 0)
    ]
    school_db.close()
    done = restore(path, before.path)
    assert _count(path) == 0
    assert done.safety_backup is not None and _count(done.safety_backup.path) == 2
    assert {c.table for c in done.changes} >= {"teachers"}
    again = open_database(path)  # and the app opens it
    assert database_info(again).row_counts["teachers"] == 0
    again.close()


@FILE_ONLY
def test_a_damaged_or_foreign_file_is_not_restored(school_db, tmp_path):  # type: ignore[no-untyped-def]
    path = school_db.path
    school_db.close()
    original = path.read_bytes()
    text = tmp_path / "notes.sqlite3"
    text.write_text("hello", encoding="utf-8")
    with pytest.raises(UserError, match="is not an EduQA database; nothing was restored"):
        restore(path, text)
    damaged = tmp_path / "damaged.sqlite3"
    data = bytearray(original)
    data[4096 : 4096 * 3] = b"\xff" * (4096 * 2)
    damaged.write_bytes(bytes(data))
    with pytest.raises(UserError, match="is damaged"):
        restore(path, damaged)
    assert path.read_bytes() == original


@FILE_ONLY
@pytest.mark.parametrize(
    ("read_only", "size_kb", "message"),
    [(True, 1024, "is read-only"), (False, 16, "is full")],
    ids=["read-only folder", "full disk"],
)
def test_a_backup_that_cannot_be_written_refuses_the_import(  # type: ignore[no-untyped-def]
    school_db, tmp_path, read_only, size_kb, message
):
    school_id = database_info(school_db).schools[0].id
    source = _teachers_file(tmp_path / "t.xlsx")
    with small_tmpfs(tmp_path / "backups", size_kb, read_only=read_only):
        with pytest.raises(UserError, match=message) as caught:
            apply_import(school_db, ImportRequest(ImportKind.TEACHERS, source, school_id))
        assert "Nothing was changed" in str(caught.value)
        assert database_info(school_db).row_counts["teachers"] == 0
        assert not [p for p in (tmp_path / "backups").iterdir() if p.suffix != ".partial"]
