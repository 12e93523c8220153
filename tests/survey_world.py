"""Schools with survey rounds typed in for the surveys tests."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from eduqa_desktop.domain.surveys import Tally
from eduqa_desktop.domain.vocabulary import Stakeholder
from eduqa_desktop.services.questionnaires import current_questionnaire
from eduqa_desktop.services.survey_rounds import RoundRequest, save_round
from eduqa_desktop.storage.database import Database


def add_round(
    db: Database,
    school_id: int,
    group: Stakeholder,
    respondents: int,
    tallies: dict[int, Tally],
    *,
    year: str = "2025-2026",
    term: int = 2,
) -> int:
    questionnaire = current_questionnaire(db, group)
    assert questionnaire.id is not None
    return save_round(
        db,
        RoundRequest(school_id, year, term, questionnaire.id, respondents, tallies),
    ).id


def fill_tallies(path: Path, counts: dict[int, tuple[int, ...]], **fields: object) -> Path:
    """Type counts into a tallies template as a user would (label cells found by text)."""
    book = load_workbook(path)
    sheet = book.worksheets[0]
    header = next(r for r in range(1, 30) if sheet.cell(r, 1).value in ("No.", "№"))
    for row in range(1, header):
        label = sheet.cell(row, 1).value
        for key, value in fields.items():
            if label in FIELD_LABELS[key]:
                sheet.cell(row, 2).value = value
    for row in range(header + 1, header + 40):
        number = sheet.cell(row, 1).value
        if number in counts:
            for offset, count in enumerate(counts[number]):
                sheet.cell(row, 4 + offset).value = count
    book.save(path)
    return path


def fill_respondents(path: Path, rows: list[tuple[int | None, ...]], **fields: object) -> Path:
    """Type one row per respondent (answers in statement order, None = blank)."""
    book = load_workbook(path)
    sheet = book.worksheets[0]
    header = next(r for r in range(1, 30) if sheet.cell(r, 1).value in ("Respondent", "Респондент"))
    for row in range(1, header):
        label = sheet.cell(row, 1).value
        for key, value in fields.items():
            if label in FIELD_LABELS[key]:
                sheet.cell(row, 2).value = value
    for index, answers in enumerate(rows, start=1):
        for offset, answer in enumerate(answers):
            sheet.cell(header + index, 2 + offset).value = answer
    book.save(path)
    return path


FIELD_LABELS = {
    "year": ("Academic year", "Учебный год", "Oʻquv yili"),
    "term": ("Quarter", "Четверть", "Chorak"),
    "respondents": (
        "Questionnaires returned",
        "Сколько анкет заполнено",
        "Qaytarilgan anketalar soni",
    ),
    "school": ("School", "Школа", "Maktab"),
}
