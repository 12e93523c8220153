"""eduqa backup / restore / backups: a copy, a restore that keeps the state before, messages
in the command's language."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from eduqa_desktop.cli import main


def _teachers(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT count(*) FROM teachers").fetchone()[0]
    finally:
        connection.close()


def _add_teacher(path: Path) -> None:
    from eduqa_desktop.storage.database import open_database
    from eduqa_desktop.storage.models import Teacher

    db = open_database(path)
    with db.session() as session:
        session.add(Teacher(school_id=1, full_name="Aliyev Anvar", name_key="aliyev anvar"))
    db.close()


def test_backup_then_restore(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "school.sqlite3"
    assert main(["init", "--db", str(db), "--school", "Test maktab"]) == 0
    copy = tmp_path / "copy.sqlite3"
    assert main(["backup", "--db", str(db), "--out", str(copy)]) == 0
    assert "backup written to" in capsys.readouterr().err
    _add_teacher(db)
    assert _teachers(db) == 1 and _teachers(copy) == 0
    assert main(["restore", "--db", str(db), "--from", str(copy), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert _teachers(db) == 0
    assert {"table": "teachers", "now": 1, "then": 0} in out["changes"]
    assert _teachers(Path(out["kept_before"])) == 1  # the state before the restore is kept
    assert main(["backups", "--db", str(db), "--json"]) == 0
    (listed,) = json.loads(capsys.readouterr().out)
    assert listed["reason"] == "before-restore" and listed["counts"]["teachers"] == 1


def test_backup_into_the_backups_folder_and_refusals_in_russian(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "school.sqlite3"
    assert main(["init", "--db", str(db), "--school", "Test maktab"]) == 0
    assert main(["backup", "--db", str(db)]) == 0
    assert main(["backups", "--db", str(db)]) == 0
    assert "by-hand" in capsys.readouterr().err
    assert main(["backup", "--db", str(db), "--out", str(db), "--lang", "ru"]) == 1
    assert "Резервная копия не может заменить саму базу" in capsys.readouterr().err
    text = tmp_path / "notes.sqlite3"
    text.write_text("hello", encoding="utf-8")
    before = db.read_bytes()
    assert main(["restore", "--db", str(db), "--from", str(text), "--lang", "ru"]) == 1
    assert "не база данных EduQA" in capsys.readouterr().err
    assert db.read_bytes() == before
    assert main(["restore", "--db", str(db), "--from", str(tmp_path / "none.sqlite3")]) == 1
