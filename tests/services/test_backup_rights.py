"""Copying or replacing a database with accounts is the administrator's, refused by the
service itself to a viewer, a school account or nobody logged in (the window and the command
line ask first too); without accounts, and over a file too damaged to say, it goes on."""

from __future__ import annotations

from pathlib import Path

import pytest

from eduqa_desktop.domain.roles import Role
from eduqa_desktop.services import accounts
from eduqa_desktop.services.access import AccessDenied, LoginRequired, principal_of
from eduqa_desktop.services.accounts import AccountFields
from eduqa_desktop.services.backups import backup_to, may_copy_or_replace, restore
from eduqa_desktop.storage.database import Database, open_database

PASSWORD = "Samarqand-2026"


@pytest.fixture
def with_accounts(tmp_path: Path) -> Path:
    path = tmp_path / "school.sqlite3"
    db = open_database(path)
    try:
        accounts.create_account(db, AccountFields("admin", "", Role.ADMINISTRATOR), PASSWORD)
        accounts.create_account(db, AccountFields("guest", "", Role.VIEWER), PASSWORD)
    finally:
        db.close()
    return path


def _as(path: Path, login: str) -> Database:
    db = open_database(path)
    accounts.log_in(db, login, PASSWORD)
    return db


def test_a_viewer_may_neither_copy_nor_restore(with_accounts: Path, tmp_path: Path) -> None:
    admin = _as(with_accounts, "admin")
    try:
        copy = backup_to(with_accounts, tmp_path / "copy.sqlite3", by=principal_of(admin))
    finally:
        admin.close()
    guest = _as(with_accounts, "guest")
    try:
        viewer = principal_of(guest)
    finally:
        guest.close()
    before = with_accounts.read_bytes()
    with pytest.raises(AccessDenied, match="“guest” may not"):
        restore(with_accounts, copy, by=viewer)
    with pytest.raises(AccessDenied, match="“guest” may not"):
        backup_to(with_accounts, tmp_path / "mine.sqlite3", by=viewer)
    assert with_accounts.read_bytes() == before and not (tmp_path / "mine.sqlite3").exists()


def test_nobody_logged_in_is_asked_to_log_in(with_accounts: Path, tmp_path: Path) -> None:
    with pytest.raises(LoginRequired):
        backup_to(with_accounts, tmp_path / "copy.sqlite3")
    with pytest.raises(LoginRequired):
        restore(with_accounts, with_accounts.with_name("other.sqlite3"))


def test_the_administrator_restores(with_accounts: Path, tmp_path: Path) -> None:
    admin = _as(with_accounts, "admin")
    try:
        by = principal_of(admin)
        copy = backup_to(with_accounts, tmp_path / "copy.sqlite3", by=by)
    finally:
        admin.close()
    done = restore(with_accounts, copy, by=by)
    assert done.safety_backup is not None and done.changes == []


def test_without_accounts_or_over_a_damaged_file_anyone_may(tmp_path: Path) -> None:
    plain = tmp_path / "plain.sqlite3"
    open_database(plain).close()
    copy = backup_to(plain, tmp_path / "copy.sqlite3")
    assert restore(plain, copy).safety_backup is not None
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    may_copy_or_replace(damaged, None)  # it cannot say who may: not refused for that
