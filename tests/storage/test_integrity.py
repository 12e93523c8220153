"""Integrity at open: an intact file passes, a damaged copy is found, a broken foreign key is
named, the budget stops a check without calling it damage; the latest good backup is put back;
`eduqa check`; where the database lies."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from eduqa_desktop.cli import main
from eduqa_desktop.services.integrity import (
    check_at_open,
    full_check,
    latest_good_backup,
    put_back_latest_good,
)
from eduqa_desktop.storage import drive_kind
from eduqa_desktop.storage.backup import make_backup
from eduqa_desktop.storage.integrity import check_database

from .damage import overwrite_table, small_school


def test_an_intact_database_passes(tmp_path: Path) -> None:
    path = small_school(tmp_path / "school.sqlite3")
    assert check_at_open(path).ok and full_check(path).ok
    assert check_at_open(tmp_path / "new.sqlite3").ok  # a file still to be made


def test_a_damaged_copy_is_found(tmp_path: Path) -> None:
    path = overwrite_table(small_school(tmp_path / "school.sqlite3"))
    report = check_at_open(path)
    assert not report.ok and report.complete
    assert any("btreeInitPage" in p or "malformed" in p for p in report.problems)
    header = tmp_path / "header.sqlite3"
    header.write_bytes(b"\x00" * 100 + small_school(tmp_path / "x.sqlite3").read_bytes()[100:])
    assert not check_at_open(header).readable


def test_a_broken_foreign_key_is_named(tmp_path: Path) -> None:
    path = small_school(tmp_path / "school.sqlite3")
    connection = sqlite3.connect(path)
    connection.execute("UPDATE teachers SET school_id = 99 WHERE id = 5")
    connection.commit()
    connection.close()
    report = check_at_open(path)
    assert not report.ok and report.foreign_keys == ["teachers row 5 → schools"]


def test_the_budget_stops_the_check_without_calling_it_damage(tmp_path: Path) -> None:
    path = small_school(tmp_path / "school.sqlite3")
    report = check_database(path, budget=0.0)
    assert not report.complete and report.ok


def test_the_latest_good_backup_is_put_back(tmp_path: Path) -> None:
    path = small_school(tmp_path / "school.sqlite3")
    good = make_backup(path, "import-teachers")
    bad = make_backup(path, "import-results")
    overwrite_table(bad.path)  # the newest backup is damaged too: skipped
    overwrite_table(path)
    assert latest_good_backup(path) == good
    kept = put_back_latest_good(path, good)
    assert check_at_open(path).ok and not check_at_open(kept).ok
    assert kept.parent == path.parent / "backups"


def test_eduqa_check(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = small_school(tmp_path / "school.sqlite3")
    assert main(["check", "--db", str(path)]) == 0
    assert "intact" in capsys.readouterr().err
    good = make_backup(path, "import-teachers")
    overwrite_table(path)
    assert main(["check", "--db", str(path), "--json"]) == 1
    out = json.loads(capsys.readouterr().out)
    assert not out["ok"] and out["problems"] and out["latest_good_backup"] == str(good.path)
    assert main(["check", "--db", str(path), "--lang", "ru"]) == 1
    assert "повреждена" in capsys.readouterr().err


def test_where_the_database_lies(tmp_path: Path) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text(
        "/dev/sda1 / ext4 rw 0 0\n"
        "//server/share /mnt/school cifs rw 0 0\n"
        "server:/export /mnt/nfs nfs4 rw 0 0\n"
        "/dev/sdb1 /media/usb\\040stick vfat rw 0 0\n",
        encoding="utf-8",
    )
    kind = drive_kind._linux_kind
    assert kind(Path("/home/a/school.sqlite3"), mounts) == "local"
    assert kind(Path("/mnt/school/db.sqlite3"), mounts) == "network"
    assert kind(Path("/mnt/nfs/db.sqlite3"), mounts) == "network"
    assert kind(Path("/mnt/schoolx/db.sqlite3"), mounts) == "local"  # not under /mnt/school
    assert drive_kind.drive_kind(tmp_path / "school.sqlite3") in ("local", "unknown")
