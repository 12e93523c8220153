"""Accounts on the command line: `init --admin`, then every command needs --user with its
password from EDUQA_PASSWORD (a script); the administrator adds a viewer, who may read and
may not manage accounts; wrong passwords are refused in the command's language."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from engines import ON_SERVER, new_location

from eduqa_desktop.cli import main


@pytest.fixture
def with_admin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    location = str(new_location(tmp_path, "accounts"))
    monkeypatch.setenv("EDUQA_NEW_PASSWORD", "admin password")
    code = main(["init", "--db", location, "--school", "47-maktab", "--year", "2025-2026",
                 "--admin", "admin"])  # fmt: skip
    assert code == 0
    monkeypatch.delenv("EDUQA_NEW_PASSWORD")
    return location


def test_a_database_with_accounts_refuses_a_command_without_user(
    with_admin: str, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["info", "--db", with_admin]) == 1
    err = capsys.readouterr().err
    assert "has accounts: run the command with --user NAME" in err
    assert "EDUQA_PASSWORD" in err
    assert main(["info", "--db", with_admin, "--lang", "ru"]) == 1
    assert "есть учётные записи" in capsys.readouterr().err


def test_user_with_the_password_from_the_environment(
    with_admin: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EDUQA_PASSWORD", "admin password")
    capsys.readouterr()
    assert main(["info", "--db", with_admin, "--user", "admin", "--json"]) == 0
    assert [s["name"] for s in json.loads(capsys.readouterr().out)["schools"]] == ["47-maktab"]

    monkeypatch.setenv("EDUQA_PASSWORD", "not it")
    assert main(["info", "--db", with_admin, "--user", "admin"]) == 1
    assert "The name or the password is wrong." in capsys.readouterr().err
    assert main(["info", "--db", with_admin, "--user", "admin", "--lang", "uz"]) == 1
    assert "Nom yoki parol notoʻgʻri." in capsys.readouterr().err


def test_without_a_terminal_or_the_variable_the_password_is_refused(
    with_admin: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("EDUQA_PASSWORD", raising=False)
    capsys.readouterr()
    assert main(["info", "--db", with_admin, "--user", "admin"]) == 1
    assert "no password for “admin”" in capsys.readouterr().err


def test_the_administrator_adds_a_viewer_who_reads_and_may_not_manage(
    with_admin: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EDUQA_PASSWORD", "admin password")
    monkeypatch.setenv("EDUQA_NEW_PASSWORD", "viewer password")
    assert main(["accounts", "add", "--db", with_admin, "--user", "admin",
                 "--login", "guest", "--role", "viewer"]) == 0  # fmt: skip
    assert "account “guest” (viewer) added" in capsys.readouterr().err
    assert main(["accounts", "list", "--db", with_admin, "--user", "admin", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(a["login"], a["role"]) for a in listed] == [
        ("admin", "administrator"),
        ("guest", "viewer"),
    ]

    monkeypatch.setenv("EDUQA_PASSWORD", "viewer password")
    assert main(["info", "--db", with_admin, "--user", "guest"]) == 0
    capsys.readouterr()
    assert main(["accounts", "list", "--db", with_admin, "--user", "guest"]) == 1
    assert "“guest” may not manage accounts" in capsys.readouterr().err


@pytest.mark.skipif(ON_SERVER, reason="backup and restore are of database files")
def test_only_an_account_that_may_back_up_backs_up_or_restores(
    with_admin: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setenv("EDUQA_PASSWORD", "admin password")
    monkeypatch.setenv("EDUQA_NEW_PASSWORD", "viewer password")
    assert main(["accounts", "add", "--db", with_admin, "--user", "admin",
                 "--login", "guest", "--role", "viewer"]) == 0  # fmt: skip
    copy = tmp_path / "copy.sqlite3"
    assert main(["backup", "--db", with_admin, "--out", str(copy)]) == 1  # no --user
    assert main(["backup", "--db", with_admin, "--user", "admin", "--out", str(copy)]) == 0
    monkeypatch.setenv("EDUQA_PASSWORD", "viewer password")
    capsys.readouterr()
    assert main(["restore", "--db", with_admin, "--user", "guest", "--from", str(copy)]) == 1
    assert "“guest” may not back up or restore the database" in capsys.readouterr().err


def test_user_is_found_whatever_its_case(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    location = str(new_location(tmp_path, "cyrillic admin"))
    monkeypatch.setenv("EDUQA_NEW_PASSWORD", "admin password")
    assert main(["init", "--db", location, "--school", "47-maktab", "--admin", "Ахмедов"]) == 0
    monkeypatch.setenv("EDUQA_PASSWORD", "admin password")
    capsys.readouterr()
    assert main(["info", "--db", location, "--user", "ахмедов", "--json"]) == 0
    assert main(["info", "--db", location, "--user", "АХМЕДОВ"]) == 0
    monkeypatch.setenv("EDUQA_NEW_PASSWORD", "viewer password")
    code = main(["accounts", "add", "--db", location, "--user", "ахмедов",
                 "--login", "аХМЕДОВ", "--role", "viewer"])  # fmt: skip
    assert code == 1
    assert "“Ахмедов” already exists" in capsys.readouterr().err
    assert main(["accounts", "disable", "--db", location, "--user", "ахмедов",
                 "--login", "АХМЕДОВ"]) == 1  # fmt: skip
    assert "last active administrator" in capsys.readouterr().err  # found, and kept
