"""The Submissions list as a workbook (plain data in, .xlsx out): one row per school, the
missing ones first, for the district's reminder calls."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from eduqa_desktop.exchange.safe_cells import TITLE_FONT, cell, header_cells

MISSING_FILL = PatternFill("solid", fgColor="F8D7DA")

WORDS = {
    "uz": {"sheet": "Topshirganlar", "title": "Maktab hisobotlari: {period}",
           "year": "{year} oʻquv yili", "term": "{year} oʻquv yili, {term}-chorak",
           "headers": ("Maktab", "Tuman", "Holat", "Qabul qilingan", "Tayyorlangan",
                       "Dastur versiyasi", "Fayl"),
           "arrived": "keldi", "missing": "kelmadi",
           "summary": "Keldi: {arrived} / {total}; kelmadi: {missing}"},
    "ru": {"sheet": "Сдача отчётов", "title": "Отчёты школ: {period}",
           "year": "{year} учебный год", "term": "{year} учебный год, {term} четверть",
           "headers": ("Школа", "Район", "Статус", "Получен", "Составлен", "Версия программы",
                       "Файл"),
           "arrived": "получен", "missing": "не получен",
           "summary": "Получено: {arrived} из {total}; не получено: {missing}"},
    "en": {"sheet": "Submissions", "title": "School packages: {period}",
           "year": "academic year {year}", "term": "academic year {year}, quarter {term}",
           "headers": ("School", "District", "Status", "Received", "Made", "App version",
                       "File"),
           "arrived": "arrived", "missing": "missing",
           "summary": "Arrived: {arrived} of {total}; missing: {missing}"},
}  # fmt: skip


@dataclass(frozen=True)
class SubmissionLine:
    school: str
    district: str
    arrived: bool
    received_at: datetime | None
    made_at: str
    app_version: str
    file: str


def write_submissions(
    lines: Sequence[SubmissionLine], path: Path, *, year: str, term: int | None, language: str
) -> None:
    words = WORDS.get(language, WORDS["en"])
    period = words["term" if term else "year"].format(year=year, term=term)
    book = Workbook()
    sheet = book.active
    sheet.title = words["sheet"]
    for index, width in enumerate((34, 24, 12, 18, 18, 12, 34)):
        sheet.column_dimensions[get_column_letter(index + 1)].width = width
    sheet.append([cell(sheet, words["title"].format(period=period))])
    sheet["A1"].font = TITLE_FONT
    arrived = sum(1 for line in lines if line.arrived)
    sheet.append([cell(sheet, words["summary"].format(
        arrived=arrived, total=len(lines), missing=len(lines) - arrived))])  # fmt: skip
    sheet.append([])
    sheet.append(header_cells(sheet, words["headers"]))
    for line in lines:
        made = line.made_at.replace("T", " ")[:16]
        received = line.received_at.strftime("%d.%m.%Y %H:%M") if line.received_at else ""
        sheet.append([cell(sheet, value) for value in (
            line.school, line.district, words["arrived" if line.arrived else "missing"],
            received, made, line.app_version, line.file,
        )])  # fmt: skip
        if not line.arrived:
            for target in sheet[sheet.max_row]:
                target.fill = MISSING_FILL
                target.font = Font(bold=True)
    sheet.freeze_panes = "A5"
    book.save(path)
