"""A questionnaire to .xlsx and back: the same statements, keys and tags in any label language;
a bad cell refused naming sheet, row and column."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from eduqa_desktop.errors import UserError
from eduqa_desktop.exchange.questionnaire_workbook import (
    read_questionnaire_workbook,
    write_questionnaire_workbook,
)
from eduqa_desktop.services.questionnaires import load_shipped_questionnaires


@pytest.mark.parametrize("language", ["uz", "ru", "en"])
def test_a_questionnaire_reads_back_as_it_was_written(tmp_path: Path, language: str) -> None:
    spec = load_shipped_questionnaires()[1]
    path = write_questionnaire_workbook(spec, tmp_path / "q.xlsx", language)
    again = read_questionnaire_workbook(path)
    assert again.stakeholder == spec.stakeholder
    assert again.name == spec.name and again.intro == spec.intro
    assert again.statements == spec.statements


def test_a_dimension_it_does_not_know_is_refused_saying_where(tmp_path: Path) -> None:
    spec = load_shipped_questionnaires()[0]
    path = write_questionnaire_workbook(spec, tmp_path / "q.xlsx", "ru")
    book = load_workbook(path)
    sheet = book.worksheets[1]
    sheet.cell(4, 2).value = "Спорт"
    book.save(path)
    with pytest.raises(UserError) as refused:
        read_questionnaire_workbook(path)
    text = str(refused.value)
    assert "“q.xlsx”, sheet “Утверждения”, row 4, column B" in text and "Спорт" in text
