"""`eduqa report teacher`: a profile PDF in the chosen language, read back; refusals."""

from __future__ import annotations

import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from eduqa_desktop.services.teachers import staff_list
from eduqa_desktop.storage.database import open_database


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "eduqa_desktop", *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


@pytest.fixture
def teacher(demo_db_path: Path) -> tuple[str, str]:
    db = open_database(demo_db_path)
    try:
        row = max(staff_list(db, 1).rows, key=lambda r: (r.signals, r.observations))
    finally:
        db.close()
    return str(row.uuid), row.full_name


def pdf_text(path: Path) -> str:
    """The PDF's words, ligatures (ﬁ) unfolded, spaces collapsed."""
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


def test_pdf_in_russian(demo_db_path: Path, teacher: tuple[str, str], tmp_path: Path) -> None:
    teacher_uuid, name = teacher
    out = tmp_path / "reports" / "profile.pdf"
    done = run(
        "report", "teacher", "--db", str(demo_db_path), "--id", teacher_uuid,
        "--out", str(out), "--lang", "ru",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert name in done.stderr
    text = pdf_text(out)
    assert " ".join(name.split()) in text
    assert "Профиль учителя" in text
    assert "Профессиональное развитие" in text or "Повышение квалификации" in text
    assert "%" in text and "," in text


def test_workbook_in_uzbek(demo_db_path: Path, teacher: tuple[str, str], tmp_path: Path) -> None:
    teacher_uuid, name = teacher
    out = tmp_path / "profile.xlsx"
    done = run(
        "report", "teacher", "--db", str(demo_db_path), "--id", teacher_uuid,
        "--out", str(out), "--lang", "uz",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    book = load_workbook(out)
    assert name in str(book.worksheets[0]["A1"].value)
    assert len(book.sheetnames) == 5


@pytest.mark.parametrize(
    ("teacher_id", "out", "message"),
    [
        ("not-a-uuid", "x.pdf", "not a teacher id"),
        ("00000000-0000-0000-0000-000000000000", "x.pdf", "no teacher"),
        ("00000000-0000-0000-0000-000000000000", "x.docx", ".pdf or .xlsx"),
    ],
)
def test_refusals_write_nothing(
    demo_db_path: Path, tmp_path: Path, teacher_id: str, out: str, message: str
) -> None:
    target = tmp_path / out
    done = run(
        "report", "teacher", "--db", str(demo_db_path), "--id", teacher_id, "--out", str(target)
    )
    assert done.returncode == 1
    assert message in done.stderr
    assert not target.exists()


def test_a_missing_database_is_refused(tmp_path: Path) -> None:
    done = run(
        "report", "teacher", "--db", str(tmp_path / "none.sqlite3"),
        "--id", "00000000-0000-0000-0000-000000000000", "--out", str(tmp_path / "x.pdf"),
    )  # fmt: skip
    assert done.returncode == 1
    assert "no such database file" in done.stderr
