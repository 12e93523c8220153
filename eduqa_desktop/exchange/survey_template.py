"""The blank Excel template of a survey, in either layout, and the questionnaire as a workbook.

* ``tallies`` — one row per statement: how many chose 1, 2, 3, 4, 5 (what a vice-principal
  types after counting the paper forms);
* ``respondents`` — one row per questionnaire, one column per statement, the answer 1–5.

A hidden sheet ``eduqa`` says which questionnaire (code, version) and layout the file is, so
the reader needs no guessing. No cell anywhere asks for a name.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from eduqa_desktop.domain.questionnaires import QuestionnaireSpec
from eduqa_desktop.exchange.safe_cells import NOTE_FONT, TITLE_FONT, style_header_row, write_cell
from eduqa_desktop.exchange.survey_words import (
    DIMENSIONS,
    GROUPS,
    INSTRUCTIONS,
    label,
    scale_heading,
    word,
)

LAYOUTS = ("tallies", "respondents")
META_SHEET = "eduqa"
FIRST_META_ROW = 4
RESPONDENT_ROWS = 60  # numbered rows in the per-respondent layout (more may be added)
WRAP = Alignment(wrap_text=True, vertical="top")
LABEL_FONT = Font(bold=True)
INPUT_FILL = PatternFill("solid", fgColor="FFF2CC")


def _meta(book: Workbook, spec: QuestionnaireSpec, layout: str) -> None:
    sheet = book.create_sheet(META_SHEET)
    rows = (
        ("kind", "survey"),
        ("layout", layout),
        ("group", str(spec.stakeholder)),
        ("code", spec.code),
        ("version", spec.version),
        ("family", spec.family),
        ("statements", len(spec.statements)),
    )
    for index, (key, value) in enumerate(rows, start=1):
        write_cell(sheet, index, 1, key)
        write_cell(sheet, index, 2, value)
    sheet.sheet_state = "hidden"


def _heading(
    sheet: Worksheet,
    spec: QuestionnaireSpec,
    language: str,
    layout: str,
    *,
    school: str,
    year: str,
    term: int | None,
) -> int:
    """Title, instructions and the fields to fill in; returns the header row."""
    write_cell(sheet, 1, 1, spec.name_in(language)).font = TITLE_FONT
    write_cell(sheet, 2, 1, " ".join(INSTRUCTIONS[layout][language])).font = NOTE_FONT
    sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=8)
    sheet.cell(row=2, column=1).alignment = WRAP
    sheet.row_dimensions[2].height = 48
    fields: list[tuple[str, object]] = [
        ("group", word(GROUPS[str(spec.stakeholder)], language)),
        ("school", school),
        ("year", year),
        ("term", term),
    ]
    if layout == "tallies":
        fields.append(("respondents", None))
    row = FIRST_META_ROW
    for key, value in fields:
        write_cell(sheet, row, 1, label(key, language)).font = LABEL_FONT
        target = write_cell(sheet, row, 2, value)
        if key != "group":
            target.fill = INPUT_FILL
        row += 1
    return row + 1


def _tallies_sheet(sheet: Worksheet, spec: QuestionnaireSpec, language: str, top: int) -> None:
    headers = [
        label("number", language),
        label("statement", language),
        label("dimension", language),
    ]
    headers += [scale_heading(value, language) for value in range(1, 6)]
    for column, text in enumerate(headers, start=1):
        write_cell(sheet, top, column, text)
    style_header_row(sheet, top, len(headers))
    sheet.row_dimensions[top].height = 45
    for index, statement in enumerate(spec.statements, start=1):
        row = top + index
        write_cell(sheet, row, 1, statement.number)
        write_cell(sheet, row, 2, statement.text_in(language)).alignment = WRAP
        write_cell(sheet, row, 3, word(DIMENSIONS[str(statement.dimension)], language))
        for column in range(4, 9):
            sheet.cell(row=row, column=column).fill = INPUT_FILL
    last = top + len(spec.statements)
    counts = DataValidation(type="whole", operator="greaterThanOrEqual", formula1="0")
    counts.error = "0, 1, 2, …"
    counts.add(f"D{top + 1}:H{last}")
    sheet.add_data_validation(counts)
    for letter, width in zip("ABCDEFGH", (6, 60, 22, 13, 13, 13, 13, 13), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = sheet.cell(row=top + 1, column=4)


def _respondents_sheet(sheet: Worksheet, spec: QuestionnaireSpec, language: str, top: int) -> None:
    write_cell(sheet, top, 1, label("respondent", language))
    for column, statement in enumerate(spec.statements, start=2):
        target = write_cell(sheet, top, column, statement.number)
        target.comment = Comment(statement.text_in(language), "EduQA")
    style_header_row(sheet, top, len(spec.statements) + 1)
    for index in range(1, RESPONDENT_ROWS + 1):
        write_cell(sheet, top + index, 1, index)
    answers = DataValidation(type="whole", operator="between", formula1="1", formula2="5")
    answers.error = "1, 2, 3, 4, 5"
    last_column = sheet.cell(row=top, column=len(spec.statements) + 1).column_letter
    answers.add(f"B{top + 1}:{last_column}{top + RESPONDENT_ROWS + 1000}")
    sheet.add_data_validation(answers)
    sheet.column_dimensions["A"].width = 14
    sheet.freeze_panes = sheet.cell(row=top + 1, column=2)


def _statements_sheet(book: Workbook, spec: QuestionnaireSpec, language: str) -> None:
    sheet = book.create_sheet(label("statements_sheet", language)[:31])
    headers = [
        label("number", language),
        label("statement", language),
        label("dimension", language),
    ]
    for column, text in enumerate(headers, start=1):
        write_cell(sheet, 1, column, text)
    style_header_row(sheet, 1, len(headers))
    for row, statement in enumerate(spec.statements, start=2):
        write_cell(sheet, row, 1, statement.number)
        write_cell(sheet, row, 2, statement.text_in(language)).alignment = WRAP
        write_cell(sheet, row, 3, word(DIMENSIONS[str(statement.dimension)], language))
    scale_row = len(spec.statements) + 3
    for offset, value in enumerate(range(1, 6)):
        write_cell(sheet, scale_row + offset, 2, scale_heading(value, language))
    sheet.column_dimensions["A"].width = 6
    sheet.column_dimensions["B"].width = 70
    sheet.column_dimensions["C"].width = 30


def write_survey_template(
    path: Path | str,
    spec: QuestionnaireSpec,
    *,
    layout: str = "tallies",
    language: str = "en",
    school: str = "",
    year: str = "",
    term: int | None = None,
) -> Path:
    """The blank template of `spec` for typing in the answers (see the module docstring)."""
    if layout not in LAYOUTS:
        raise ValueError(f"layout must be one of {LAYOUTS}")
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = label("sheet", language)
    top = _heading(sheet, spec, language, layout, school=school, year=year, term=term)
    if layout == "tallies":
        _tallies_sheet(sheet, spec, language, top)
    else:
        _respondents_sheet(sheet, spec, language, top)
    _statements_sheet(book, spec, language)
    _meta(book, spec, layout)
    target = Path(path)
    book.save(target)
    return target
