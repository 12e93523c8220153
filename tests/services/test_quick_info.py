"""`eduqa info` reads an up-to-date file without accounts with plain sqlite3, and gives the
same answer as the full open; every other database is opened the full way."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from engines import ON_SERVER

from eduqa_desktop.domain.roles import Role
from eduqa_desktop.services import accounts
from eduqa_desktop.services.accounts import AccountFields
from eduqa_desktop.services.school_info import quick_file_info
from eduqa_desktop.services.schools import database_info
from eduqa_desktop.storage.database import open_database

pytestmark = pytest.mark.skipif(ON_SERVER, reason="reads database files with sqlite3")


def _full_answer(path: Path):  # type: ignore[no-untyped-def]
    db = open_database(path)
    try:
        return database_info(db)
    finally:
        db.close()


def test_the_quick_answer_is_the_full_answer(demo_db_path: Path) -> None:
    quick = quick_file_info(Path(demo_db_path))
    assert quick is not None
    full = _full_answer(Path(demo_db_path))
    assert quick == full
    assert quick.row_counts["teachers"] > 0 and quick.schools


def test_a_database_with_accounts_is_opened_the_full_way(school_db) -> None:  # type: ignore[no-untyped-def]
    assert quick_file_info(school_db.path) is not None
    accounts.create_account(
        school_db, AccountFields("admin", "Admin", Role.ADMINISTRATOR), "a long password 1"
    )
    assert quick_file_info(school_db.path) is None


def test_an_older_schema_is_opened_the_full_way(school_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    old = tmp_path / "old.sqlite3"
    with sqlite3.connect(school_db.path) as source, sqlite3.connect(old) as copy:
        source.backup(copy)  # the file alone would lack what is still in its -wal
    with sqlite3.connect(old) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0001'")
    assert quick_file_info(old) is None


@pytest.mark.parametrize("content", [b"", b"not a database at all" * 10, b"SQLite format 3\x00"])
def test_a_file_that_is_not_ours_is_left_to_the_full_open(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "x.sqlite3"
    path.write_bytes(content)
    assert quick_file_info(path) is None
    assert quick_file_info(tmp_path / "missing.sqlite3") is None


def _info_in_a_new_process(path: Path, *extra: str) -> tuple[dict, bool]:  # type: ignore[type-arg]
    probe = (
        "import sys, io, contextlib; from eduqa_desktop.cli import main; out = io.StringIO()\n"
        f"with contextlib.redirect_stdout(out): code = main(['info', '--db', {str(path)!r}, "
        f"'--json', *{list(extra)!r}])\n"
        "print(out.getvalue()); print('sqlalchemy' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True,
        env={"EDUQA_DATA_DIR": str(path.parent), "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    *answer, imported = done.stdout.strip().splitlines()
    return json.loads("\n".join(answer)), imported == "True"


def test_info_on_an_up_to_date_file_does_not_import_sqlalchemy(demo_db_path: Path) -> None:
    quick, imported = _info_in_a_new_process(Path(demo_db_path))
    assert not imported
    # --user takes the full way (log in when there are accounts): the same answer
    full, imported_full = _info_in_a_new_process(Path(demo_db_path), "--user", "anyone")
    assert imported_full
    assert quick == full
