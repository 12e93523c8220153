"""XLSForm workbooks as KoboToolbox writes them, built with openpyxl for the tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook

RU, EN = "label::Русский (ru)", "label::English (en)"

SURVEY: list[list[Any]] = [
    ["type", "name", RU, EN, "hint", "required", "relevant"],
    ["start", "start", "", "", "", "", ""],
    ["note", "intro", "Посещение урока", "Lesson visit", "", "", ""],
    ["begin_group", "lesson", "Урок", "Lesson", "", "", ""],
    ["select_one quality", "goal", "Цель урока ясна", "The goal is clear", "", "yes", ""],
    ["begin group", "opening", "Начало", "Opening", "", "", ""],
    ["select_one quality", "hook", "Мотивация", "Motivation", "", "yes", ""],
    ["text", "comment", "Комментарий", "Comment", "", "", ""],
    ["end group", "", "", "", "", "", ""],
    ["integer", "pupils", "Учеников", "Pupils present", "", "", ""],
    ["end_group", "", "", "", "", "", ""],
    ["begin_group", "climate", "Климат", "Climate", "", "", ""],
    ["select_one quality", "respect", "Уважение", "Respect", "", "", ""],
    ["select_multiple aids", "aids", "Пособия", "Aids used", "", "", ""],
    ["end_group", "", "", "", "", "", ""],
    ["geopoint", "where", "Где", "Where", "", "", ""],
    ["begin_repeat", "visits", "Визиты", "Visits", "", "", ""],
    ["select_one quality", "visit_score", "Оценка", "Score", "", "", ""],
    ["end_repeat", "", "", "", "", "", ""],
    ["calculate", "total", "", "", "", "", ""],
]
CHOICES: list[list[Any]] = [
    ["list_name", "name", RU, EN],
    ["quality", 1, "Неудовлетворительно", "Unsatisfactory"],
    ["quality", 2, "Удовлетворительно", "Satisfactory"],
    ["quality", 3, "Хорошо", "Good"],
    ["quality", 4, "Отлично", "Excellent"],
    ["aids", "board", "Доска", "Board"],
    ["aids", "book", "Учебник", "Textbook"],
]
SETTINGS: list[list[Any]] = [
    ["form_title", "form_id", "version"],
    ["Посещение урока", "visit", "7"],
]
NOT_CARRIED_ROWS = [8, 10, 14, 16, 17, 18, 20]  # text, integer, select_multiple, geopoint, repeat…


def write_form(
    path: Path,
    survey: list[list[Any]] | None = None,
    choices: list[list[Any]] | None = None,
    settings: list[list[Any]] | None = SETTINGS,
    survey_title: str = "survey",
) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = survey_title
    for row in survey if survey is not None else SURVEY:
        sheet.append(row)
    choice_sheet = book.create_sheet("choices")
    for row in choices if choices is not None else CHOICES:
        choice_sheet.append(row)
    if settings is not None:
        settings_sheet = book.create_sheet("settings")
        for row in settings:
            settings_sheet.append(row)
    book.save(path)
    return path


def edited(rows: list[list[Any]], row: int, column: int, value: Any) -> list[list[Any]]:
    """A copy of the rows with one cell changed (row and column counted from 1, as in Excel)."""
    copy = [list(r) for r in rows]
    copy[row - 1][column - 1] = value
    return copy


def without(rows: list[list[Any]], row: int) -> list[list[Any]]:
    return [list(r) for i, r in enumerate(rows, start=1) if i != row]
