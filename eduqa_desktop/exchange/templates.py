"""Blank templates: a data sheet with the header in the user's language, drop-down lists of
this database's teachers, classes, subjects, terms and activity types, a frozen header,
sensible widths, one example row marked as such, and an instructions sheet."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from eduqa_desktop.exchange.headers import (
    CATEGORY_LABELS,
    EXAMPLE_MARK,
    LAYOUTS,
    PURPOSE_LABELS,
    Layout,
)
from eduqa_desktop.exchange.observation_sheet import ChecklistColumns
from eduqa_desktop.exchange.safe_cells import NOTE_FONT, TITLE_FONT, style_header_row, write_cell

TEMPLATE_KINDS = ("teachers", "results", "activities", "observations", "checklist")
LIST_SHEET = "Lists"
INSTRUCTIONS = {"uz": "Yoʻriqnoma", "ru": "Инструкция", "en": "Instructions"}

_COMMON = {
    "uz": [
        "Maʼlumotlarni birinchi varaqqa, sarlavha qatoridan keyin kiriting.",
        "Ustunlar tartibini oʻzgartirish mumkin; sarlavhalar oʻzbek, rus yoki ingliz tilida "
        "boʻlishi mumkin.",
        "Kulrang namuna qatori import qilinmaydi — uni oʻchirsangiz ham boʻladi.",
        "Sonlarni raqam bilan yozing; sanani 24.11.2026 koʻrinishida yozing.",
        "Import qilishdan oldin dastur har bir xatoni qator va ustuni bilan koʻrsatadi; "
        "xato boʻlsa, hech narsa yozilmaydi.",
    ],
    "ru": [
        "Заполняйте первый лист, начиная со строки после заголовков.",
        "Порядок столбцов можно менять; заголовки могут быть на узбекском, русском или "
        "английском языке.",
        "Серая строка-пример не импортируется — её можно удалить.",
        "Числа пишите цифрами, даты — в виде 24.11.2026.",
        "Перед импортом программа покажет каждую ошибку со строкой и столбцом; при ошибках "
        "ничего не записывается.",
    ],
    "en": [
        "Fill in the first sheet, from the row after the headers.",
        "Columns may be in any order; headers may be in Uzbek, Russian or English.",
        "The grey example row is not imported — you may delete it.",
        "Write numbers as digits and dates like 24.11.2026.",
        "Before importing, the program lists every mistake with its row and column; if there "
        "is one, nothing is written.",
    ],
}

_SPECIFIC = {
    "teachers": {
        "uz": "Har bir oʻqituvchi — bitta qator. Toifa: oliy, birinchi, ikkinchi, mutaxassis. "
        "Bir nechta fanni vergul bilan ajrating.",
        "ru": "Один учитель — одна строка. Категория: высшая, первая, вторая, специалист. "
        "Несколько предметов — через запятую.",
        "en": "One teacher per row. Category: highest, first, second, specialist. Separate "
        "several subjects with commas.",
    },
    "results": {
        "uz": "Bitta qator — bitta sinf × fan × oʻqituvchi. «Attestatsiyadan oʻtmagan» "
        "foizlarda hisobga olinadi, «Ozod qilingan» hisobga olinmaydi.",
        "ru": "Одна строка — один класс × предмет × учитель. «Не аттестовано» входит в "
        "знаменатель, «Освобождены» не учитываются.",
        "en": "One row per class × subject × teacher. “Not attested” counts in the "
        "denominator, “Exempt” is left out of every indicator.",
    },
    "activities": {
        "uz": "Faoliyat turini roʻyxatdan tanlang; miqdor — soat, son yoki oʻquvchilar soni.",
        "ru": "Вид деятельности выберите из списка; количество — часы, число или учащиеся.",
        "en": "Choose the activity type from the list; quantity is hours, a count or pupils.",
    },
    "observations": {
        "uz": "Bitta qator — bitta kuzatilgan dars. Raqamli ustunlar — kuzatuv varaqasi "
        "mezonlari: har biriga shkala boʻyicha darajani yozing (N — qoʻllanilmaydi). Umumiy "
        "ball mezonlardan hisoblanadi. Barcha mezonlari toʻldirilgan dars yakunlangan "
        "kuzatuv sifatida, qolganlari qoralama sifatida import qilinadi. Boshqa kuzatuv "
        "varaqasini tanlasangiz, ustunlar mezon raqami boʻyicha oʻqiladi.",
        "ru": "Одна строка — один посещённый урок. Столбцы с номерами — критерии бланка "
        "наблюдения: впишите в каждый уровень по шкале (N — не применимо). Общий балл "
        "вычисляется по критериям. Урок, где заполнены все критерии, импортируется как "
        "завершённое наблюдение, остальные — как черновики. Если выбран другой бланк, "
        "столбцы читаются по номеру критерия.",
        "en": "One row per lesson visited. The numbered columns are the criteria of the "
        "checklist: write the level on its scale in each (N = not applicable). The overall "
        "score is calculated from them. A lesson with every criterion filled in is imported "
        "as a final observation, the others as drafts. If a row names another checklist, "
        "the columns are read by criterion number.",
    },
}


@dataclass(frozen=True)
class TemplateLists:
    """What a school's template offers in its drop-down lists (services.templates reads it)."""

    teachers: tuple[str, ...]
    classes: tuple[str, ...]
    subjects: tuple[str, ...]
    years: tuple[str, ...]  # at least one: the current year when the file has none
    activity_types: tuple[str, ...]
    checklists: tuple[str, ...]
    criteria: ChecklistColumns | None  # the observations template's criterion columns


def _list_column(book: Workbook, column: int, title: str, values: Sequence[object]) -> str | None:
    """Write a list on the hidden sheet; return its range for a data validation."""
    if not values:
        return None
    sheet = book[LIST_SHEET]
    write_cell(sheet, 1, column, title)
    for row, value in enumerate(values, start=2):
        write_cell(sheet, row, column, value)
    letter = get_column_letter(column)
    return f"{LIST_SHEET}!${letter}$2:${letter}${len(values) + 1}"


def _validate(sheet: Worksheet, column: int, formula: str | None, strict: bool) -> None:
    if formula is None:
        return
    rule = DataValidation(type="list", formula1=formula, allow_blank=True)
    rule.errorStyle = "stop" if strict else "warning"  # warning: a new name may be typed
    rule.showErrorMessage = True
    letter = get_column_letter(column)
    rule.add(f"{letter}2:{letter}2000")
    sheet.add_data_validation(rule)


def _example(kind: str, lists: TemplateLists, language: str) -> dict[str, object]:
    teacher = lists.teachers[0] if lists.teachers else "Karimova Gulnora Akmalovna"
    subject = lists.subjects[0] if lists.subjects else "Algebra"
    year = lists.years[-1]
    if kind == "teachers":
        return {
            "full_name": "Karimova Gulnora Akmalovna",
            "personnel_number": "0001",
            "subjects": subject,
            "department": {"uz": "Aniq fanlar", "ru": "Точные науки", "en": "Sciences"}[language],
            "category": CATEGORY_LABELS["first"][language],
            "experience_years": 12,
            "last_pd_date": date(int(year[:4]) - 1, 6, 15),
        }
    if kind == "results":
        return {
            "year": year, "term": 1, "class_name": lists.classes[0] if lists.classes else "7-A",
            "subject": subject, "teacher": teacher, "class_size": 26, "n5": 5, "n4": 10,
            "n3": 8, "n2": 2, "n1": 0, "not_attested": 1, "exempt": 0,
        }  # fmt: skip
    if kind == "activities":
        return {
            "teacher": teacher,
            "date": date(int(year[:4]), 11, 24),
            "activity_type": lists.activity_types[0] if lists.activity_types else "",
            "quantity": 36,
            "note": "",
        }
    return {
        "date": date(int(year[:4]), 11, 24),
        "teacher": teacher,
        "class_name": lists.classes[0] if lists.classes else "7-A",
        "subject": subject,
        "lesson_period": 2,
        "purpose": PURPOSE_LABELS["planned_control"][language],
        "checklist": lists.checklists[0] if lists.checklists else "",
    }


def write_template(kind: str, lists: TemplateLists, path: Path | str, language: str = "en") -> Path:
    """Write the blank template of `kind` ("teachers", "results", "activities" or
    "observations") to `path`, its drop-down lists from `lists`."""
    path = Path(path)
    layout: Layout = LAYOUTS[kind]
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = layout.sheet_title.get(language, layout.sheet_title["en"])
    book.create_sheet(LIST_SHEET)
    ranges = {
        "teacher": _list_column(book, 1, "teachers", lists.teachers),
        "class_name": _list_column(book, 2, "classes", lists.classes),
        "subject": _list_column(book, 3, "subjects", lists.subjects),
        "year": _list_column(book, 4, "years", lists.years),
        "term": _list_column(book, 5, "terms", ["1", "2", "3", "4"]),
        "activity_type": _list_column(book, 6, "activity types", lists.activity_types),
        "category": _list_column(
            book, 7, "categories", [labels[language] for labels in CATEGORY_LABELS.values()]
        ),
        "purpose": _list_column(
            book, 8, "purposes", [labels[language] for labels in PURPOSE_LABELS.values()]
        ),
        "checklist": _list_column(book, 9, "checklists", lists.checklists),
    }
    strict = {"term", "activity_type", "category", "purpose", "checklist"}
    book[LIST_SHEET].sheet_state = "hidden"
    # The overall score of a lesson is calculated from its criteria, never typed.
    fields = [item for item in layout.fields if item.name != "score"]
    for column, item in enumerate(fields, start=1):
        write_cell(sheet, 1, column, item.label(language))
        sheet.column_dimensions[get_column_letter(column)].width = max(
            item.width, len(item.label(language)) + 2
        )
        _validate(sheet, column, ranges.get(item.name), item.name in strict)
    example = _example(kind, lists, language)
    grey = Font(italic=True, color="808080")
    for column, item in enumerate(fields, start=1):
        target = write_cell(sheet, 2, column, example.get(item.name))
        target.font = grey
    last = len(fields)
    if kind == "observations" and lists.criteria is not None:
        last = _criterion_columns(book, sheet, last + 1, lists.criteria, grey)
    style_header_row(sheet, 1, last)
    mark = write_cell(sheet, 2, last + 1, EXAMPLE_MARK[language])
    mark.font = Font(bold=True, color="D55E00")
    sheet.column_dimensions[get_column_letter(last + 1)].width = 40
    sheet.freeze_panes = "A2"
    sheet.row_dimensions[1].height = 32
    _instructions(book, kind, language)
    book.active = 0
    book.save(path)
    return path


def _criterion_columns(
    book: Workbook, sheet: Worksheet, first: int, columns: ChecklistColumns, grey: Font
) -> int:
    """One column per criterion, its full text in a note, a drop-down of the scale's levels
    and N; the example row gets a level in each. Returns the last column used."""
    levels = [*columns.levels, "N"]
    formula = _list_column(book, 10, "levels", levels)
    texts = {c.number: c.text for c in columns.view.criteria}
    for offset, (number, header) in enumerate(columns.headers):
        column = first + offset
        target = write_cell(sheet, 1, column, header)
        full = " / ".join(dict.fromkeys(t for t in texts[number].values() if t))
        target.comment = Comment(full[:1000], "EduQA Desktop")
        sheet.column_dimensions[get_column_letter(column)].width = 14
        _validate(sheet, column, formula, strict=False)
        write_cell(sheet, 2, column, levels[(offset + 1) % (len(levels) - 1)]).font = grey
    return first + len(columns.headers) - 1


def _instructions(book: Workbook, kind: str, language: str) -> None:
    sheet = book.create_sheet(INSTRUCTIONS.get(language, INSTRUCTIONS["en"]), 1)
    write_cell(sheet, 1, 1, INSTRUCTIONS.get(language, INSTRUCTIONS["en"])).font = TITLE_FONT
    lines = [_SPECIFIC[kind][language], *_COMMON[language]]
    for row, line in enumerate(lines, start=3):
        write_cell(sheet, row, 1, f"{row - 2}. {line}")
    write_cell(sheet, len(lines) + 4, 1, "EduQA Desktop").font = NOTE_FONT
    sheet.column_dimensions["A"].width = 110
