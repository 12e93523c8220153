"""Generate the school files of tests/exchange/test_school_files.py (the outputs are committed).

    python tests/data/make_school_files.py

Files as schools write them: title rows, merged cells, Russian abbreviations, Uzbek words,
totals rows in every form (Всего: 6, Итого in the № column, a row of sums only, a count in
the name cell), and one results sheet whose mark columns no rule can read (to be mapped).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import Workbook

OUT = Path(__file__).resolve().parent / "schools"


def _save(name: str, title: str | None, header: list[str], rows: list[list[object]]) -> None:
    book = Workbook()
    sheet = book.active
    if title:
        sheet.append([title])
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
        sheet.append([])
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(OUT / name)


def main() -> None:
    OUT.mkdir(exist_ok=True)
    _save(
        "staff_ru_totals.xlsx",
        "Список педагогических работников школы № 5",
        ["№", "Ф.И.О.", "Таб. №", "Предмет", "Категория", "Стаж"],
        [
            [1, "Шарипова Гулнора Акмаловна", "0101", "Математика", "высшая", 21],
            [2, "Каримов Бобур Алишерович", "0102", "Физика", "первая", 12],
            [3, "Иванова Елена Петровна", "0103", "Русский язык", "вторая", 7],
            [4, "Тўхтаев Жамшид Собирович", "0104", "История", "специалист", 2],
            [5, "Раҳимова Дилноза Эргашевна", "0105", "Химия", "первая", 15],
            [6, "Юсупов Отабек Нодирович", "0106", "Информатика", "вторая", 4],
            [None, "Всего: 6", None, None, None, None],
            ["Итого", None, None, None, None, 61],
        ],
    )
    _save(
        "staff_uz_count_in_name.xlsx",
        None,
        ["T/r", "F.I.Sh.", "Fanlar", "Staj"],
        [
            [1, "Sharipova Gulnora Akmalovna", "Matematika", 21],
            [2, "Karimov Bobur Alisherovich", "Fizika", 12],
            [None, 2, None, 33],
            [None, None, None, 33],
        ],
    )
    _save(
        "results_ru_abbreviated.xlsx",
        "Итоги 1 четверти 2025-2026 уч. года",
        ["Класс", "Предм.", "Учитель", "Всего уч-ся", "отл.", "хор.", "удовл.", "неуд.",
         "н/а", "осв."],
        [
            ["7-А", "Алгебра", "Шарипова Гулнора", 26, 5, 10, 8, 2, 1, 0],
            ["7-Б", "Алгебра", "Каримов Бобур", 25, 4, 10, 8, 2, 0, 1],
            [None, None, None, 51, 9, 20, 16, 4, 1, 1],
            ["Итого:", None, None, 51, 9, 20, 16, 4, 1, 1],
        ],
    )  # fmt: skip
    _save(
        "results_uz_words.xlsx",
        "I chorak yakunlari, 2025-2026 oʻquv yili",
        ["Sinf", "Fan", "Oʻqituvchi", "Oʻquvchilar soni", "aʼlo", "yaxshi", "qoniqarli",
         "qoniqarsiz", "Baholanmagan"],
        [
            ["7-A", "Algebra", "Sharipova Gulnora", 26, 5, 10, 8, 2, 1],
            ["7-B", "Algebra", "Karimov Bobur", 25, 4, 10, 8, 2, 0],
            ["Jami", None, None, 51, 9, 20, 16, 4, 1],
        ],
    )  # fmt: skip
    _save(
        "results_en_marks.xlsx",
        "Results, quarter 1, 2025-2026",
        ["Class", "Subject", "Teacher", "Number of pupils", "marks 5", "marks 4", "marks 3",
         "marks 2", "N/A"],
        [
            ["7-A", "Algebra", "Sharipova Gulnora", 26, 5, 10, 8, 2, 1],
            ["7-B", "Algebra", "Karimov Bobur", 25, 4, 10, 8, 2, 0],
            [None, "Total", 2, 51, 9, 20, 16, 4, 1],
        ],
    )  # fmt: skip
    _save(
        "results_unknown_marks.xlsx",
        "Итоги 1 четверти 2025-2026 уч. года",
        ["Класс", "Предмет", "Учитель", "Учащихся", "Высокий", "Выше среднего", "Средний",
         "Низкий"],
        [
            ["7-А", "Алгебра", "Шарипова Гулнора", 26, 5, 10, 8, 2],
            ["7-Б", "Алгебра", "Каримов Бобур", 25, 4, 10, 8, 2],
        ],
    )  # fmt: skip
    _save(
        "activities_ru_totals.xlsx",
        "Деятельность учителей, 1 четверть",
        ["Учитель", "Дата", "Вид деятельности", "Кол-во", "Примечание"],
        [
            [
                "Шарипова Гулнора",
                date(2025, 10, 3),
                "Проведение открытого урока",
                1,
                "Итого 2 урока за год",
            ],
            ["Каримов Бобур", date(2025, 10, 9), "Проведение открытого урока", 1, ""],
            ["Всего", None, None, 2, None],
        ],
    )
    _save(
        "observations_ru_totals.xlsx",
        None,
        ["Дата", "Учитель", "Класс", "Предмет", "Урок №", "Тема", "Балл (%)"],
        [
            [date(2025, 10, 14), "Шарипова Гулнора", "7-А", "Алгебра", 2, "Дроби", 80],
            ["Итого посещений: 1", None, None, None, None, None, None],
        ],
    )


if __name__ == "__main__":
    main()
