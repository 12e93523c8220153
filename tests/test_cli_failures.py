"""No traceback reaches a person from the command line: each kind of failure is one sentence
in the user's language plus the log file's path; a closed pipe ends quietly."""

from __future__ import annotations

import errno
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from eduqa_desktop.cli import foundation, main
from tests.cli_world import school_file

FAILURES = [
    (RuntimeError("a bug"), "Something went wrong", "Что-то пошло не так"),
    (OSError(errno.ENOSPC, "No space left on device"), "The disk is full", "Диск заполнен"),
    (
        PermissionError(errno.EACCES, "Permission denied", "/x/backups"),
        "could not be written (read-only or no permission): /x/backups",
        "/x/backups",
    ),
    (
        OperationalError("INSERT", {}, sqlite3.OperationalError("database or disk is full")),
        "The disk is full",
        "Диск заполнен",
    ),
    (
        OperationalError("SELECT", {}, sqlite3.OperationalError("database is locked")),
        "busy in another program",
        "занята другой программой",
    ),
    (
        sqlite3.DatabaseError("database disk image is malformed"),
        "The database file is damaged",
        "повреждён",
    ),
    (MemoryError(), "ran out of memory", "не хватило памяти"),
    (KeyError(3), "Something went wrong", "Что-то пошло не так"),
]


@pytest.mark.parametrize(
    ("error", "english", "russian"), FAILURES, ids=[type(f[0]).__name__ for f in FAILURES]
)
def test_each_unexpected_failure_is_one_sentence_and_the_log_path(
    error: BaseException,
    english: str,
    russian: str,
    tmp_path: Path,
    private_data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = school_file(tmp_path)

    def broken(args: object) -> int:
        raise error

    monkeypatch.setattr(foundation, "_info", broken)
    for language, expected in (("en", english), ("ru", russian)):
        assert main(["info", "--db", str(path), "--lang", language]) == 1
        said = capsys.readouterr().err
        assert "Traceback" not in said
        assert expected in said, said
        assert str(private_data_dir / "eduqa.log") in said
        assert said.count("\n") == 1  # one line
    log = (private_data_dir / "eduqa.log").read_text(encoding="utf-8")
    assert "Traceback" in log and type(error).__name__ in log


def test_the_cause_decides_the_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = school_file(tmp_path)

    def broken(args: object) -> int:
        try:
            raise OSError(errno.ENOSPC, "No space left on device")
        except OSError as error:
            raise RuntimeError("while writing the backup") from error

    monkeypatch.setattr(foundation, "_info", broken)
    assert main(["info", "--db", str(path)]) == 1
    assert "The disk is full" in capsys.readouterr().err


def test_interrupted_and_usage_errors_keep_their_codes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = school_file(tmp_path)

    def stopped(args: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(foundation, "_info", stopped)
    assert main(["info", "--db", str(path), "--lang", "uz"]) == 1
    assert capsys.readouterr().err.strip() == "toʻxtatildi"
    assert main(["info"]) == 2  # --db missing: argparse's usage error
    assert "Traceback" not in capsys.readouterr().err


def test_an_unwritable_log_folder_still_gives_one_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = school_file(tmp_path)

    def broken(args: object) -> int:
        raise RuntimeError("a bug")

    monkeypatch.setattr(foundation, "_info", broken)
    monkeypatch.setattr(
        "eduqa_desktop.log_file.log_file_path", lambda: tmp_path / "no" / "such" / "eduqa.log"
    )
    assert main(["info", "--db", str(path)]) == 1
    said = capsys.readouterr().err
    assert "Something went wrong" in said and "log file could not be written" in said


def _run_into_closed_pipe(*args: str) -> subprocess.CompletedProcess[bytes]:
    """`eduqa … | head` where head has already gone: stdout's reader is closed before the
    command writes a byte, so its first write meets a broken pipe."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        return subprocess.run(
            [sys.executable, "-m", "eduqa_desktop", *args],
            stdout=write_end,
            stderr=subprocess.PIPE,
            timeout=120,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
    finally:
        os.close(write_end)


def test_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    path = school_file(tmp_path)
    for args in (("info", "--db", str(path), "--json"), ("info", "--db", str(path))):
        done = _run_into_closed_pipe(*args)
        assert done.stderr == b"", done.stderr.decode()
        assert done.returncode == 0


def test_a_real_pipe_into_head(tmp_path: Path) -> None:
    path = school_file(tmp_path)
    done = subprocess.run(
        f'"{sys.executable}" -m eduqa_desktop info --db "{path}" | head -n 1',
        shell=True,
        capture_output=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.stdout.decode().startswith("database:")
    assert b"Traceback" not in done.stderr and b"BrokenPipe" not in done.stderr
