"""Template → filled → import, in three languages, shuffled, with title/merged/totals rows,
from .xls and .ods; twice changes nothing; a cancel writes nothing."""

from __future__ import annotations

import random
from datetime import date

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from eduqa_desktop.exchange.headers import RESULTS
from eduqa_desktop.exchange.import_plan import ImportKind, ImportRequest
from eduqa_desktop.services.imports.run import apply_import, preview_import
from eduqa_desktop.services.progress import Cancelled, Progress
from eduqa_desktop.services.templates import write_template
from eduqa_desktop.storage.models import Activity, ResultRow, SchoolClass, Teacher

from .conftest import DATA, row_counts


def _fill(path, rows):  # type: ignore[no-untyped-def]
    book = load_workbook(path)
    sheet = book.worksheets[0]
    for row in rows:
        sheet.append(row)
    book.save(path)


@pytest.mark.parametrize("language", ["uz", "ru", "en"])
def test_results_template_round_trip(school, tmp_path, language):  # type: ignore[no-untyped-def]
    db, school_id = school
    path = write_template(db, school_id, "results", tmp_path / "r.xlsx", language)
    book = load_workbook(path)
    assert book.worksheets[0].freeze_panes == "A2"
    assert book.worksheets[0].data_validations.dataValidation  # drop-down lists
    assert book["Lists"].sheet_state == "hidden"
    _fill(
        path,
        [
            ["2025-2026", 1, "7-A", "Algebra", "Sharipova Gulnora", 26, 5, 10, 8, 2, 0, 1, 0],
            [
                "2025-2026",
                "1",
                "7 «Б»",
                "Algebra",
                "Karimov B.A.",
                "25",
                "5",
                "9",
                "8",
                "2",
                "",
                "",
                "",
            ],
        ],
    )
    request = ImportRequest(ImportKind.RESULTS, path, school_id)
    preview = preview_import(db, request)
    assert (preview.created, preview.updated, preview.unchanged) == (2, 0, 0)
    assert preview.errors == ()
    assert "7-B (2025-2026)" in preview.new_classes
    first = apply_import(db, request)
    assert first.written and first.created == 2
    second = apply_import(db, request)
    assert (second.created, second.updated, second.unchanged) == (0, 0, 2)
    with db.session() as session:
        assert session.scalar(select(func.count(ResultRow.id))) == 2
        row = session.scalar(select(ResultRow).where(ResultRow.not_attested == 1))
        assert (row.n5, row.n4, row.n3, row.n2, row.class_size) == (5, 10, 8, 2, 26)


def test_changed_row_is_updated(school, tmp_path):  # type: ignore[no-untyped-def]
    db, school_id = school
    path = write_template(db, school_id, "results", tmp_path / "r.xlsx", "en")
    _fill(path, [["2025-2026", 1, "7-A", "Algebra", "Sharipova Gulnora", 26, 5, 10, 8, 2]])
    apply_import(db, ImportRequest(ImportKind.RESULTS, path, school_id))
    book = load_workbook(path)
    book.worksheets[0]["G3"] = 6
    book.save(path)
    plan = apply_import(db, ImportRequest(ImportKind.RESULTS, path, school_id))
    assert (plan.created, plan.updated, plan.unchanged) == (0, 1, 0)
    assert plan.rows[0].details == "n5 5 → 6"


HEADERS = {
    "uz": ["Sinf", "Fan", "O‘qituvchi", "Sinfdagi o‘quvchilar", "5", "4", "3", "2", "Baholanmagan"],
    "ru": [
        "Класс",
        "Предмет",
        "Ф.И.О. учителя",
        "Кол-во учащихся",
        "«5»",
        "«4»",
        "«3»",
        "«2»",
        "Не аттестовано",
    ],
    "en": ["Class", "Subject", "Teacher", "Pupils in class", "5", "4", "3", "2", "Not graded"],
}


@pytest.mark.parametrize("language", ["uz", "ru", "en"])
def test_headers_in_three_languages_shuffled_with_title_merged_and_totals(  # type: ignore[no-untyped-def]
    school, tmp_path, language
):
    db, school_id = school
    order = list(range(9))
    random.Random(language).shuffle(order)
    header = [HEADERS[language][i] for i in order]
    data = [
        ["7-A", "Algebra", "Sharipova Gulnora", 26, 5, 10, 8, 2, 1],
        ["7-A", "Geometriya", "Sharipova Gulnora", "26", "4", "9", "8", "3", "0"],
        ["8-A", "Fizika", "Каримов Бобур", 20, 3, 7, 6, 4, 0],
    ]
    book = Workbook()
    sheet = book.active
    sheet.append(
        {
            "uz": ["I chorak yakunlari, 2025-2026 o‘quv yili"],
            "ru": ["Итоги 1 четверть 2025-2026 уч. года"],
            "en": ["Results, quarter 1, 2025-2026"],
        }[language]
    )
    sheet.merge_cells("A1:I1")
    sheet.append([])
    sheet.append(header)
    for row in data:
        sheet.append([row[i] for i in order])
    sheet.append([])
    teacher_column = order.index(2) + 1
    sheet.append([None] * 9)
    sheet.cell(
        row=sheet.max_row,
        column=teacher_column,
        value={"uz": "Jami", "ru": "Итого", "en": "Total"}[language],
    )
    sheet.cell(row=sheet.max_row, column=order.index(3) + 1, value=72)
    # the teacher merged over the two rows of the same teacher (a common layout)
    column = sheet.cell(row=4, column=teacher_column).column_letter
    sheet.cell(row=5, column=teacher_column, value=None)
    sheet.merge_cells(f"{column}4:{column}5")
    book.save(tmp_path / "file.xlsx")
    plan = apply_import(db, ImportRequest(ImportKind.RESULTS, tmp_path / "file.xlsx", school_id))
    assert plan.errors == ()
    assert plan.written and plan.created == 3
    assert plan.skipped_totals == 1
    with db.session() as session:
        teachers = session.execute(
            select(Teacher.full_name, func.count(ResultRow.id))
            .join(ResultRow, ResultRow.teacher_id == Teacher.id)
            .group_by(Teacher.full_name)
            .order_by(Teacher.full_name)
        ).all()
    assert teachers == [("Karimov Bobur Alisherovich", 1), ("Sharipova Gulnora Akmalovna", 2)]


@pytest.mark.parametrize("name", ["results.xls", "results.ods"])
def test_xls_and_ods_inputs(school, name):  # type: ignore[no-untyped-def]
    db, school_id = school
    request = ImportRequest(ImportKind.RESULTS, DATA / name, school_id)
    plan = apply_import(db, request)
    assert plan.errors == ()
    assert plan.written and plan.created == 2 and plan.skipped_totals == 1
    assert apply_import(db, request).unchanged == 2
    with db.session() as session:
        names = set(session.scalars(select(SchoolClass.name)))
    assert names == {"7-A", "7-B"}


def test_year_and_term_from_the_command_line(school, tmp_path):  # type: ignore[no-untyped-def]
    db, school_id = school
    book = Workbook()
    book.active.append(HEADERS["en"])
    book.active.append(["5-A", "Algebra", "Sharipova Gulnora", 20, 5, 5, 5, 5, 0])
    book.save(tmp_path / "f.xlsx")
    with pytest.raises(Exception, match="which academic year"):
        preview_import(db, ImportRequest(ImportKind.RESULTS, tmp_path / "f.xlsx", school_id))
    plan = apply_import(
        db,
        ImportRequest(ImportKind.RESULTS, tmp_path / "f.xlsx", school_id, year="2026-2027", term=2),
    )
    assert plan.written and plan.created == 1


def test_teachers_and_activities_round_trip(school, tmp_path):  # type: ignore[no-untyped-def]
    db, school_id = school
    path = write_template(db, school_id, "teachers", tmp_path / "t.xlsx", "ru")
    _fill(
        path,
        [
            [
                "Шарипова Гулнора Акмаловна",
                "17",
                "Алгебра, Геометрия",
                "Точные науки",
                "высшая",
                21,
                "12.03.2022",
            ],
            ["Yoʻldosheva Nodira", None, "Ona tili", "Tillar", "mutaxassis", 2, None],
        ],
    )
    plan = apply_import(db, ImportRequest(ImportKind.TEACHERS, path, school_id))
    assert plan.errors == ()
    assert (plan.created, plan.updated) == (1, 1)
    assert apply_import(db, ImportRequest(ImportKind.TEACHERS, path, school_id)).unchanged == 2
    with db.session() as session:
        teacher = session.scalar(select(Teacher).where(Teacher.personnel_number == "17"))
        assert teacher.full_name == "Sharipova Gulnora Akmalovna"
        assert teacher.last_pd_date == date(2022, 3, 12) and teacher.experience_years == 21

    path = write_template(db, school_id, "activities", tmp_path / "a.xlsx", "uz")
    names = load_workbook(path)["Lists"]
    activity_type = names["F2"].value
    _fill(path, [["Sharipova G.A.", "24.11.2025", activity_type, 36, "", None, "Toshkent"]])
    plan = apply_import(db, ImportRequest(ImportKind.ACTIVITIES, path, school_id))
    assert plan.errors == () and plan.created == 1
    assert apply_import(db, ImportRequest(ImportKind.ACTIVITIES, path, school_id)).unchanged == 1
    with db.session() as session:
        assert session.scalar(select(func.count(Activity.id))) == 1


def test_cancel_writes_nothing(school, tmp_path):  # type: ignore[no-untyped-def]
    db, school_id = school
    book = Workbook()
    sheet = book.active
    sheet.append([f.en for f in RESULTS.fields][:10])
    for i in range(600):
        sheet.append(
            ["2025-2026", 1, f"{1 + i % 11}-A", f"Subject {i}", "Sharipova Gulnora", 25, 5, 5, 5, 5]
        )
    book.save(tmp_path / "big.xlsx")
    before = row_counts(db)

    class CancelLater(Progress):
        def report(self, done: int, total: int) -> None:
            super().report(done, total)
            if done >= 400:
                self.cancel()

    with pytest.raises(Cancelled):
        apply_import(
            db,
            ImportRequest(ImportKind.RESULTS, tmp_path / "big.xlsx", school_id),
            progress=CancelLater(),
        )
    assert row_counts(db) == before
