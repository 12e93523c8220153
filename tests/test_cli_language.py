"""The command line speaks the command's language: --lang, else the app's saved one, else English.

Refusals, service errors and import problems on stderr are translated; the JSON of an import
keeps English messages unless --lang is on the command line (the same JSON on every computer);
the process's own Qt language is never touched (these commands run in-process here).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_world import row_counts, school_file
from openpyxl import Workbook

from eduqa_desktop.cli import main
from eduqa_desktop.settings import Preferences, save_preferences

DATA = Path(__file__).resolve().parent / "data" / "exchange"

UNKNOWN_TEACHER_EN = (
    "The teacher “Sharipova Gulnora” (rows 2) is not in this school. Map them to a teacher "
    "or create them (--create-missing)."
)
UNKNOWN_TEACHER_RU = (
    "Учителя «Sharipova Gulnora» (строки 2) нет в этой школе. Сопоставьте его с учителем "
    "или создайте (--create-missing)."
)
UNKNOWN_TEACHER_UZ = (
    "“Sharipova Gulnora” oʻqituvchisi (2-qatorlar) bu maktabda yoʻq. Uni oʻqituvchiga "
    "moslang yoki yarating (--create-missing)."
)
NEGATIVE_RU = "-2 здесь невозможно: число не может быть отрицательным."


def _results(path: Path, n2: object = 2) -> Path:
    book = Workbook()
    book.active.append(["Учебный год", "Четверть", "Класс", "Предмет", "Учитель",
                        "Учащихся в классе", "«5»", "«4»", "«3»", "«2»"])  # fmt: skip
    book.active.append(["2025-2026", 1, "7-A", "Алгебра", "Sharipova Gulnora", 25, 5, 10, 8, n2])
    book.save(path)
    return path


def _import(capsys, db: Path, file: Path, *args: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = main(["import", "results", str(file), "--db", str(db), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


# --- a refused import, read by a person -------------------------------------------------------


def test_refused_import_in_russian_with_lang(tmp_path, capsys):  # type: ignore[no-untyped-def]
    db = school_file(tmp_path)
    file = _results(tmp_path / "r.xlsx")
    before = row_counts(db)
    code, out, err = _import(capsys, db, file, "--lang", "ru")
    assert code == 1 and out == ""
    lines = err.strip().splitlines()
    assert lines[0] == f"{file.name}: создать — 0, обновить — 0, без изменений — 0"
    assert lines[1] == f"Sheet, строка 2: {UNKNOWN_TEACHER_RU} [Sharipova Gulnora]"
    assert lines[-1] == "ничего не записано"
    assert "The teacher" not in err and "row" not in err
    assert row_counts(db) == before


def test_problem_with_a_column_in_russian(tmp_path, capsys):  # type: ignore[no-untyped-def]
    db = school_file(tmp_path)
    file = _results(tmp_path / "r.xlsx", n2=-2)
    code, _, err = _import(capsys, db, file, "--lang", "ru", "--create-missing")
    assert code == 1
    assert f"Sheet, строка 2, столбец J: {NEGATIVE_RU} [-2]" in err.splitlines()


def test_refused_import_follows_the_apps_saved_language(tmp_path, capsys):  # type: ignore[no-untyped-def]
    db = school_file(tmp_path)
    file = _results(tmp_path / "r.xlsx")
    code, _, err = _import(capsys, db, file)
    assert code == 1 and UNKNOWN_TEACHER_EN in err and "nothing was written" in err
    save_preferences(Preferences(language="uz"))
    code, _, err = _import(capsys, db, file)
    assert code == 1
    assert f"Sheet, 2-qator: {UNKNOWN_TEACHER_UZ} [Sharipova Gulnora]" in err.splitlines()
    assert err.strip().splitlines()[-1] == "hech narsa yozilmadi"
    code, _, err = _import(capsys, db, file, "--lang", "en")  # --lang wins over the settings
    assert UNKNOWN_TEACHER_EN in err


def test_a_bad_file_is_refused_in_russian(tmp_path, capsys):  # type: ignore[no-untyped-def]
    db = school_file(tmp_path)
    bad = DATA / "not_spreadsheet_csv.xlsx"
    code, out, err = _import(capsys, db, bad, "--lang", "ru")
    assert code == 1 and out == ""
    assert err.strip() == (
        f"ошибка: «{bad.name}» — текстовый файл (CSV), а не таблица. Откройте его в Excel или "
        "LibreOffice и сохраните как .xlsx."
    )


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["info", "--db", "{tmp}/missing.sqlite3", "--lang", "ru"],
         "ошибка: {tmp}/missing.sqlite3: такого файла базы данных нет"),
        (["indicators", "--db", "{db}", "--by", "class", "--lang", "uz"],
         "xato: bu faylda natijalar yoʻq"),
        (["import", "results", "{tmp}/r.xlsx", "--db", "{db}", "--school", "Nowhere",
          "--lang", "ru"], "ошибка: В этом файле нет школы «Nowhere»."),
    ],
)  # fmt: skip
def test_refusals_in_the_commands_language(tmp_path, capsys, args, expected):  # type: ignore[no-untyped-def]
    db = school_file(tmp_path)
    _results(tmp_path / "r.xlsx")
    fill = {"tmp": str(tmp_path), "db": str(db)}
    assert main([arg.format(**fill) for arg in args]) == 1
    assert capsys.readouterr().err.strip() == expected.format(**fill)


# --- --json: English for scripts, unless the command line asks for a language ----------------


def test_json_stays_english_whatever_the_app_is_set_to(tmp_path, capsys):  # type: ignore[no-untyped-def]
    db = school_file(tmp_path)
    file = _results(tmp_path / "r.xlsx")
    save_preferences(Preferences(language="ru"))
    code, out, err = _import(capsys, db, file, "--json")
    assert code == 1 and err == ""
    data = json.loads(out)
    assert data["errors"] == [
        {"sheet": "Sheet", "row": 2, "column": "", "value": "Sharipova Gulnora",
         "message": UNKNOWN_TEACHER_EN}
    ]  # fmt: skip
    bad = DATA / "not_spreadsheet_csv.xlsx"
    code, out, _ = _import(capsys, db, bad, "--json")
    assert code == 1 and json.loads(out)["errors"][0]["message"].startswith("“")
    assert "is a text (CSV) file" in json.loads(out)["errors"][0]["message"]


def test_json_follows_an_explicit_lang(tmp_path, capsys):  # type: ignore[no-untyped-def]
    db = school_file(tmp_path)
    file = _results(tmp_path / "r.xlsx")
    code, out, _ = _import(capsys, db, file, "--json", "--lang", "ru")
    assert code == 1
    data = json.loads(out)
    assert set(data["errors"][0]) == {"sheet", "row", "column", "value", "message"}
    assert data["errors"][0]["message"] == UNKNOWN_TEACHER_RU
    assert (data["created"], data["updated"], data["unchanged"]) == (0, 0, 0)
    assert data["errors"][0]["value"] == "Sharipova Gulnora"  # the data stays as it was
    bad = DATA / "not_spreadsheet_csv.xlsx"
    code, out, _ = _import(capsys, db, bad, "--json", "--lang", "uz")
    assert code == 1 and "matnli (CSV) fayl" in json.loads(out)["errors"][0]["message"]


# --- the process's Qt language is left alone ------------------------------------------------


def test_the_commands_language_leaves_qt_alone(tmp_path, capsys):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication, QLocale

    app_before = QCoreApplication.instance()
    locale_before = QLocale().name()
    db = school_file(tmp_path)
    file = _results(tmp_path / "r.xlsx")
    code, _, err = _import(capsys, db, file, "--lang", "ru")
    assert code == 1 and UNKNOWN_TEACHER_RU in err
    save_preferences(Preferences(language="uz"))
    _import(capsys, db, file)
    assert QCoreApplication.instance() is app_before
    assert QLocale().name() == locale_before
    template = (
        "The teacher “{name}” (rows {rows}) is not in this school. Map them to a teacher or "
        "create them (--create-missing)."
    )
    assert QCoreApplication.translate("Messages", template) == template
    assert QCoreApplication.translate("Cli", "nothing was written") == "nothing was written"


# --- confirmations and the observations package in the export's language --------------------


def test_export_says_written_and_writes_not_applicable_in_russian(demo_db_path, tmp_path, capsys):  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    paths = {}
    for language in ("ru", "uz", "en"):
        out = tmp_path / f"package_{language}.xlsx"
        code = main(["export", "observations", "--db", str(demo_db_path), "--out", str(out),
                     "--lang", language])  # fmt: skip
        assert code == 0
        paths[language] = out
        err = capsys.readouterr().err.strip()
        assert err == {"ru": f"записано: {out}", "uz": f"yozildi: {out}",
                       "en": f"written: {out}"}[language]  # fmt: skip
    shown = {}
    for language, sheet in (("ru", "Баллы"), ("uz", "Ballar"), ("en", "Scores")):
        book = load_workbook(paths[language], read_only=True)
        shown[language] = [row[4] for row in book[sheet].iter_rows(min_row=2, values_only=True)]
        book.close()
    assert len(shown["ru"]) == len(shown["en"]) > 0
    positions = [i for i, value in enumerate(shown["en"]) if value == "N/A"]
    assert positions, "the demo school has criteria marked not applicable"
    assert {shown["ru"][i] for i in positions} == {"н/п"}
    assert {shown["uz"][i] for i in positions} == {"Q/E"}
    assert "N/A" not in shown["ru"] and "N/A" not in shown["uz"]
