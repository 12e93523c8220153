"""`eduqa import …` and `eduqa export …`: JSON, exit codes, dry runs, nothing written on errors."""

from __future__ import annotations

import json
from pathlib import Path

from cli_world import row_counts, school_file
from openpyxl import Workbook

from eduqa_desktop.cli import main

DATA = Path(__file__).resolve().parent / "data" / "exchange"


def _results(path: Path, teacher: str = "Sharipova Gulnora", n2: object = 2) -> Path:
    book = Workbook()
    book.active.append(
        [
            "Учебный год",
            "Четверть",
            "Класс",
            "Предмет",
            "Учитель",
            "Учащихся в классе",
            "«5»",
            "«4»",
            "«3»",
            "«2»",
        ]
    )
    book.active.append(["2025-2026", 1, "7-A", "Алгебра", teacher, 25, 5, 10, 8, n2])
    book.save(path)
    return path


def _run(capsys, *args: str) -> tuple[int, dict]:  # type: ignore[no-untyped-def]
    code = main(list(args))
    out = capsys.readouterr().out
    return code, (json.loads(out) if out.strip() else {})


def test_import_with_create_missing_then_again(tmp_path, capsys):  # type: ignore[no-untyped-def]
    db = school_file(tmp_path)
    file = _results(tmp_path / "r.xlsx")
    code, data = _run(capsys, "import", "results", str(file), "--db", str(db), "--json")
    assert code == 1
    assert data["errors"][0]["value"] == "Sharipova Gulnora"
    assert set(data["errors"][0]) == {"sheet", "row", "column", "value", "message"}
    code, data = _run(
        capsys,
        "import",
        "results",
        str(file),
        "--db",
        str(db),
        "--json",
        "--create-missing",
        "--dry-run",
    )
    assert code == 0 and data["created"] == 1 and data["written"] is False
    before = row_counts(db)
    code, data = _run(
        capsys, "import", "results", str(file), "--db", str(db), "--json", "--create-missing"
    )
    assert code == 0 and (data["created"], data["updated"], data["unchanged"]) == (1, 0, 0)
    assert row_counts(db)["result_rows"] == before["result_rows"] + 1
    code, data = _run(capsys, "import", "results", str(file), "--db", str(db), "--json")
    assert code == 0 and (data["created"], data["unchanged"]) == (0, 1)


def test_errors_exit_1_and_write_nothing(tmp_path, capsys):  # type: ignore[no-untyped-def]
    db = school_file(tmp_path)
    file = _results(tmp_path / "r.xlsx", n2=-2)
    before = row_counts(db)
    code, data = _run(
        capsys, "import", "results", str(file), "--db", str(db), "--json", "--create-missing"
    )
    assert code == 1
    assert data["errors"] == [
        {
            "sheet": "Sheet",
            "row": 2,
            "column": "J",
            "value": "-2",
            "message": "-2 is impossible here: it cannot be negative.",
        }
    ]
    assert row_counts(db) == before


def test_bad_file_is_one_json_error(tmp_path, capsys):  # type: ignore[no-untyped-def]
    db = school_file(tmp_path)
    code, data = _run(
        capsys,
        "import",
        "teachers",
        str(DATA / "not_spreadsheet_csv.xlsx"),
        "--db",
        str(db),
        "--json",
    )
    assert code == 1
    assert data["created"] == 0 and "CSV" in data["errors"][0]["message"]


def test_year_and_term_options(tmp_path, capsys):  # type: ignore[no-untyped-def]
    db = school_file(tmp_path)
    book = Workbook()
    book.active.append(["Class", "Subject", "Teacher", "Pupils in class", "5", "4", "3", "2"])
    book.active.append(["7-A", "Algebra", "Sharipova Gulnora", 25, 5, 10, 8, 2])
    book.save(tmp_path / "r.xlsx")
    code, data = _run(
        capsys,
        "import",
        "results",
        str(tmp_path / "r.xlsx"),
        "--db",
        str(db),
        "--json",
        "--create-missing",
        "--year",
        "2025-2026",
        "--term",
        "3",
    )
    assert code == 0 and data["created"] == 1


def test_exports(tmp_path, capsys):  # type: ignore[no-untyped-def]
    db = school_file(tmp_path)
    for kind in ("teachers", "results", "activities", "observations"):
        out = tmp_path / f"{kind}.xlsx"
        code, _ = _run(
            capsys, "export", f"template-{kind}", "--db", str(db), "--out", str(out), "--lang", "uz"
        )
        assert code == 0 and out.exists()
    for args in (
        ("observations", "--since", "2025-09-01"),
        ("district-report", "--year", "2025-2026", "--term", "1"),
        ("results", "--year", "2025-2026"),
    ):
        out = tmp_path / f"{args[0]}.xlsx"
        code, data = _run(
            capsys, "export", args[0], "--db", str(db), "--out", str(out), *args[1:], "--json"
        )
        assert code == 0 and out.exists() and data["out"] == str(out)


# --- the district report in a language: the app's translations, without a display -----------

RU_FLAG_NAMES = {"ПК просрочено", "Просрочены шаги", "Отставание от параллели",
                 "Ниже, чем у других учителей", "Устойчивое снижение", "Слабый урок",
                 "Уроки хуже", "Слабый критерий", "Плановое посещение просрочено",
                 "Молодой учитель без поддержки"}  # fmt: skip


def _flag_rows(path: Path, sheet: str) -> list[list[object]]:
    from python_calamine import CalamineWorkbook

    from eduqa_desktop.exchange.district_report import HEADER_ROW

    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_name(sheet).to_python()
    return [row for row in rows[HEADER_ROW:] if row and row[0]]


def _district_report(capsys, db: Path, out: Path, *lang: str) -> None:  # type: ignore[no-untyped-def]
    code, data = _run(
        capsys, "export", "district-report", "--db", str(db), "--out", str(out),
        "--year", "2026-2027", "--term", "1", *lang, "--json",
    )  # fmt: skip
    assert code == 0 and data["out"] == str(out)


def test_district_report_flags_in_russian(demo_db_path, tmp_path, capsys):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    app_before = QCoreApplication.instance()
    english, russian = tmp_path / "en.xlsx", tmp_path / "ru.xlsx"
    _district_report(capsys, demo_db_path, english, "--lang", "en")
    _district_report(capsys, demo_db_path, russian, "--lang", "ru")
    flags_en = _flag_rows(english, "Needs attention")
    flags_ru = _flag_rows(russian, "Требуют внимания")
    assert len(flags_ru) == len(flags_en) > 5
    kinds = {row[2] for row in flags_ru}
    assert kinds <= RU_FLAG_NAMES and len(kinds) >= 3
    for ru, en in zip(flags_ru, flags_en, strict=True):
        assert ru[:2] == en[:2]  # the same school and teacher, line by line
        text = str(ru[3])
        assert text != en[3]
        assert any("а" <= ch.lower() <= "я" for ch in text), text  # Cyrillic, not English
        for english_word in ("quarter", "Quality", "course", "lesson", "was "):
            assert english_word not in text, text
    texts = " ".join(str(row[3]) for row in flags_ru)
    assert "против" in texts  # a class behind its peers, in Russian with its numbers
    # the command loaded the catalogue for itself: no application object, nothing installed
    assert QCoreApplication.instance() is app_before


def test_district_report_language_defaults_to_the_apps(demo_db_path, tmp_path, capsys):  # type: ignore[no-untyped-def]
    """Without --lang, the language chosen in the app's settings (the preferences file)."""
    from eduqa_desktop.settings import Preferences, save_preferences

    plain = tmp_path / "plain.xlsx"
    _district_report(capsys, demo_db_path, plain)
    assert _flag_rows(plain, "Needs attention")  # no preferences saved: English
    save_preferences(Preferences(language="uz"))
    uzbek = tmp_path / "uz.xlsx"
    _district_report(capsys, demo_db_path, uzbek)
    rows = _flag_rows(uzbek, "Eʼtibor talab etadi")
    assert rows and "bilim sifati" in " ".join(str(row[3]) for row in rows)  # behind its peers
