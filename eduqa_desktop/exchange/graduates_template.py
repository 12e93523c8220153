"""The blank Excel template of where the graduates went.

Sheet one: the school and academic year, then a row per destination with a column for
grade 9 and one for grade 11 (how many went there). Sheet two, *Partners*: one row per
partner organisation and way (dual education, internship, work) with the grade and the count.
A hidden sheet ``eduqa`` says the file is a graduates template. No cell asks for a name.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

from eduqa_desktop.domain.graduates import DESTINATION_ORDER, GRADUATING_GRADES, PLACED_WITH_PARTNER
from eduqa_desktop.exchange.graduate_words import INSTRUCTIONS, destination_word, label, word
from eduqa_desktop.exchange.safe_cells import NOTE_FONT, TITLE_FONT, style_header_row, write_cell

META_SHEET = "eduqa"
KIND = "graduates"
FIELD_ROWS = (4, 5)  # school, academic year
HEADER_ROW = 7
PARTNER_HEADER_ROW = 3
PARTNER_ROWS = 30
INPUT_FILL = PatternFill("solid", fgColor="FFF2CC")
WRAP = Alignment(wrap_text=True, vertical="top")


def write_graduates_template(
    path: Path | str, *, language: str = "en", school: str = "", year: str = ""
) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = label("sheet", language)
    write_cell(sheet, 1, 1, label("title", language)).font = TITLE_FONT
    write_cell(sheet, 2, 1, word(INSTRUCTIONS, language)).font = NOTE_FONT
    sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=4)
    sheet.cell(row=2, column=1).alignment = WRAP
    sheet.row_dimensions[2].height = 60
    for row, (key, value) in zip(FIELD_ROWS, (("school", school), ("year", year)), strict=True):
        write_cell(sheet, row, 1, label(key, language)).font = Font(bold=True)
        write_cell(sheet, row, 2, value).fill = INPUT_FILL
    headers = [label("destination", language)] + [
        label(f"grade_{grade}", language) for grade in GRADUATING_GRADES
    ]
    for column, text in enumerate(headers, start=1):
        write_cell(sheet, HEADER_ROW, column, text)
    style_header_row(sheet, HEADER_ROW, len(headers))
    counts = DataValidation(type="whole", operator="greaterThanOrEqual", formula1="0")
    sheet.add_data_validation(counts)
    for offset, destination in enumerate(DESTINATION_ORDER, start=1):
        row = HEADER_ROW + offset
        write_cell(sheet, row, 1, destination_word(destination, language))
        for column in range(2, 2 + len(GRADUATING_GRADES)):
            sheet.cell(row=row, column=column).fill = INPUT_FILL
            counts.add(sheet.cell(row=row, column=column))
    sheet.column_dimensions["A"].width = 34
    sheet.column_dimensions["B"].width = 16
    sheet.column_dimensions["C"].width = 16
    sheet.freeze_panes = f"B{HEADER_ROW + 1}"

    partners = book.create_sheet(label("partners_sheet", language))
    write_cell(partners, 1, 1, label("partners_sheet", language)).font = TITLE_FONT
    headers = [label(k, language) for k in ("partner", "sector", "grade", "how", "graduates")]
    for column, text in enumerate(headers, start=1):
        write_cell(partners, PARTNER_HEADER_ROW, column, text)
    style_header_row(partners, PARTNER_HEADER_ROW, len(headers))
    ways = ",".join(destination_word(d, language) for d in PLACED_WITH_PARTNER)
    how = DataValidation(type="list", formula1=f'"{ways}"', allow_blank=True)
    grades = DataValidation(type="list", formula1='"9,11"', allow_blank=True)
    placed = DataValidation(type="whole", operator="greaterThanOrEqual", formula1="0")
    for validation in (how, grades, placed):
        partners.add_data_validation(validation)
    first, last = PARTNER_HEADER_ROW + 1, PARTNER_HEADER_ROW + PARTNER_ROWS
    grades.add(f"C{first}:C{last}")
    how.add(f"D{first}:D{last}")
    placed.add(f"E{first}:E{last}")
    for column, width in zip("ABCDE", (40, 22, 8, 24, 14), strict=True):
        partners.column_dimensions[column].width = width

    meta = book.create_sheet(META_SHEET)
    write_cell(meta, 1, 1, "kind")
    write_cell(meta, 1, 2, KIND)
    meta.sheet_state = "hidden"
    target = Path(path)
    book.save(target)
    return target
