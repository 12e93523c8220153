"""Words and numbers of the Results tab: column names, row problems, terms, changes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from eduqa_desktop.domain.display import average_2, percent_1
from eduqa_desktop.domain.result_entry import EntryProblem
from eduqa_desktop.services.results import (
    COLUMN_LABELS,
    COLUMNS_CONTEXT,
    ResultRowError,
    describe_problem,
)
from eduqa_desktop.ui.formatting import UNDEFINED
from eduqa_desktop.ui.prompts import translate_message

UP, DOWN, SAME = "▲", "▼", "="


def column_label(field: str) -> str:
    return QCoreApplication.translate(COLUMNS_CONTEXT, COLUMN_LABELS.get(field, field))


def _translated_params(params: dict[str, object]) -> dict[str, object]:
    column = params.get("column")
    if isinstance(column, str):
        params = {**params, "column": QCoreApplication.translate(COLUMNS_CONTEXT, column)}
    return params


def problem_text(problem: EntryProblem, row: int) -> str:
    """A row problem in the interface language ("Row 3: “«5»” must be a number …")."""
    template, params = describe_problem(problem, row)
    return translate_message(template, **_translated_params(params))


def row_error_text(error: ResultRowError) -> str:
    return translate_message(error.template, **_translated_params(dict(error.params)))


def term_label(year: str, number: int) -> str:
    return QCoreApplication.translate("ResultTexts", "Quarter {number}, {year}").format(
        number=number, year=year
    )


def signed_change(value: float | None, *, average: bool = False) -> str:
    """``▲ +4,2`` / ``▼ −3,1`` / ``= 0,0`` / ``—``: the arrow and the sign, never colour alone."""
    rounded = average_2(value) if average else percent_1(value)
    if rounded is None:
        return UNDEFINED
    digits = 2 if average else 1
    text = QLocale().toString(abs(rounded), "f", digits)
    if rounded > 0:
        return f"{UP} +{text}"
    if rounded < 0:
        return f"{DOWN} −{text}"
    return f"{SAME} {text}"


def change_direction(value: float | None, *, average: bool = False) -> int:
    """1 up, -1 down, 0 same or undefined (after display rounding)."""
    rounded = average_2(value) if average else percent_1(value)
    if not rounded:
        return 0
    return 1 if rounded > 0 else -1
