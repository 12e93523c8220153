"""No command prints a database password: not in a refusal, not in --json, not in the log
file, whatever it was given on --db."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from engines import SERVER_URL, new_location
from sqlalchemy.engine import make_url

from eduqa_desktop.cli import main
from eduqa_desktop.masked_text import hide_passwords
from eduqa_desktop.paths import log_file_path

SECRET = "Parol-7f3a9"
# nothing listens on port 9 of this machine: every command meets a refused connection
UNREACHABLE = f"postgresql+psycopg://eduqa:{SECRET}@127.0.0.1:9/district"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("postgresql+psycopg://eduqa:s3cr%40t@10.0.0.5:5432/db",
         "postgresql+psycopg://eduqa:***@10.0.0.5:5432/db"),
        ("cannot reach postgresql://a:p@ss@host/db, try later",
         "cannot reach postgresql://a:***@host/db, try later"),
        ("two: sqlite:///x.db and mysql://u:pw@h/d", "two: sqlite:///x.db and mysql://u:***@h/d"),
        ("postgresql://eduqa@host/db", "postgresql://eduqa@host/db"),
        (r"C:\Maktab\school.sqlite3", r"C:\Maktab\school.sqlite3"),
        ("Ошибка: база «Мактаб» не найдена", "Ошибка: база «Мактаб» не найдена"),
    ],
)  # fmt: skip
def test_the_password_of_every_url_in_a_text_is_masked(text: str, shown: str) -> None:
    assert hide_passwords(text) == shown


@pytest.mark.parametrize(
    "command",
    [
        ["info"],
        ["info", "--json"],
        ["audit", "verify", "--json"],
        ["audit", "verify"],
        ["indicators"],
        ["backup"],
        ["integrity"],
        ["export", "district-report", "--out", "r.xlsx"],
    ],
)
def test_a_server_that_cannot_be_reached_is_named_without_its_password(
    command: list[str],
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    code = main([*command, "--db", UNREACHABLE])
    said = capsys.readouterr()
    assert code != 0
    assert SECRET not in said.out + said.err
    assert said.err.strip()  # the user is told something
    log = log_file_path()
    assert not log.exists() or SECRET not in log.read_text(encoding="utf-8")


@pytest.mark.skipif(SERVER_URL is None, reason="needs EDUQA_TEST_DATABASE_URL (a server)")
@pytest.mark.parametrize("command", [["info", "--json"], ["audit", "verify", "--json"]])
def test_a_servers_database_is_reported_without_its_password(
    command: list[str], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    location = str(new_location(tmp_path, "passwords"))
    password = make_url(location).password
    assert password
    assert main(["demo", "--db", location, "--schools", "1"]) == 0
    capsys.readouterr()
    assert main([*command, "--db", location]) == 0
    said = capsys.readouterr()
    assert password not in said.out + said.err
    assert json.loads(said.out)  # still the whole answer
