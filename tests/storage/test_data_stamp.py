"""The data stamp changes with every committed change, by this process or another, and is
withheld from a transaction that has written (what it sees nobody committed)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from engines import new_location
from sqlalchemy import select

from eduqa_desktop.storage.data_stamp import data_stamp
from eduqa_desktop.storage.database import Database, open_database
from eduqa_desktop.storage.models import School


def stamp(db: Database) -> object:
    with db.session() as session:
        return data_stamp(session.connection())


def add_school(db: Database, name: str) -> None:
    with db.session() as session:
        session.add(School(name=name, district="Chilonzor", region="Toshkent"))


def test_the_stamp_stays_while_nothing_changes_and_moves_with_each_commit(db: Database) -> None:
    first = stamp(db)
    assert first is not None
    with db.session() as session:
        session.scalars(select(School)).all()  # reading changes nothing
    assert stamp(db) == first
    add_school(db, "1-maktab")
    second = stamp(db)
    assert second != first
    add_school(db, "2-maktab")
    assert stamp(db) not in (first, second)


def test_a_commit_through_another_handle_moves_the_stamp(tmp_path: Path) -> None:
    location = new_location(tmp_path, "two handles")
    db, other = open_database(location), open_database(location)
    try:
        before = stamp(db)
        add_school(other, "Boshqa maktab")
        assert stamp(db) != before
    finally:
        other.close()
        db.close()


def test_a_transaction_that_wrote_gets_no_stamp_and_the_next_one_does(db: Database) -> None:
    with db.session() as session:
        session.add(School(name="Yangi", district="Chilonzor", region="Toshkent"))
        session.flush()
        assert data_stamp(session.connection()) is None
        session.rollback()
        assert data_stamp(session.connection()) is not None
    assert stamp(db) is not None


def test_a_database_in_memory_has_no_stamp() -> None:
    memory = open_database("sqlite://")
    try:
        assert stamp(memory) is None
    finally:
        memory.close()


def test_another_process_writing_the_file_moves_the_stamp(tmp_path: Path) -> None:
    location = new_location(tmp_path, "shared")
    db = open_database(location)
    try:
        before = stamp(db)
        code = (
            "import sys\n"
            "from eduqa_desktop.storage.database import open_database\n"
            "from eduqa_desktop.storage.models import School\n"
            "db = open_database(sys.argv[1])\n"
            "with db.session() as s:\n"
            "    s.add(School(name='Uzoq', district='Chilonzor', region='Toshkent'))\n"
            "db.close()\n"
        )
        subprocess.run([sys.executable, "-c", code, str(location)], check=True, timeout=120)
        assert stamp(db) != before
    finally:
        db.close()
