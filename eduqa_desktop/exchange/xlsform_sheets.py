"""The sheets of an XLSForm as rows of text under their headers, and the problems found in
them: every message names the file, the sheet, the row and the column, and what was expected."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from openpyxl.utils import get_column_letter

from eduqa_desktop.errors import UserError
from eduqa_desktop.exchange.workbook_reader import as_text
from eduqa_desktop.exchange.xlsform_format import column_key
from eduqa_desktop.text import QT_TRANSLATE_NOOP

NO_SURVEY = QT_TRANSLATE_NOOP(
    "Messages",
    "“{file}” is not an XLSForm: expected a sheet “survey” with a “type” column; "
    "its sheets are: {sheets}.",
)
NO_COLUMN = QT_TRANSLATE_NOOP(
    "Messages",
    "“{file}”, sheet “{sheet}”, row 1: the column “{column}” is missing; "
    "expected it in the header row.",
)
UNKNOWN_LIST = QT_TRANSLATE_NOOP(
    "Messages",
    "“{file}”, sheet “{sheet}”, row {row}, column {column}: the choice list “{list}” is not in "
    "the sheet “choices”; expected one of: {lists}.",
)
WRONG_END = QT_TRANSLATE_NOOP(
    "Messages",
    "“{file}”, sheet “{sheet}”, row {row}, column {column}: “{type}” closes nothing that is "
    "open here; expected “{expected}”.",
)
UNCLOSED = QT_TRANSLATE_NOOP(
    "Messages",
    "“{file}”, sheet “{sheet}”, row {row}, column {column}: “{name}”, begun here, is never "
    "closed; expected “{expected}” below it.",
)
SCALE_GAP = QT_TRANSLATE_NOOP(
    "Messages",
    "“{file}”, sheet “{sheet}”, row {row}, column {column}: the choice list “{list}” has the "
    "values {values}; expected a scale of whole numbers from 0 to 10 without gaps.",
)
NO_CRITERION = QT_TRANSLATE_NOOP(
    "Messages",
    "“{file}”, sheet “survey”: no question can become a criterion; expected at least one "
    "“select_one” question whose choices are an ordered scale (such as 1, 2, 3, 4).",
)
DUPLICATE_NAME = QT_TRANSLATE_NOOP(
    "Messages",
    "“{file}”, sheet “{sheet}”, row {row}, column {column}: the name “{name}” is already used "
    "in row {first}; expected each name once.",
)
DUPLICATE_CHOICE = QT_TRANSLATE_NOOP(
    "Messages",
    "“{file}”, sheet “{sheet}”, row {row}, column {column}: the choice “{name}” is already in "
    "the list “{list}” (row {first}); expected each choice once in its list.",
)
NO_LABEL = QT_TRANSLATE_NOOP(
    "Messages",
    "“{file}”, sheet “{sheet}”, row {row}, column {column}: “{name}” has no label; expected "
    "its text in at least one language.",
)
INVALID = QT_TRANSLATE_NOOP(
    "Messages", "“{file}”: the checklist made from the form is not valid: {problem}"
)


class XlsformError(UserError):
    """A refused form; `sheet`, `row` and `column` say where (also in the message)."""

    def __init__(self, template: str, **params: Any) -> None:
        super().__init__(template, **params)
        self.sheet = str(params.get("sheet", ""))
        self.row = params.get("row")
        self.column = str(params.get("column", ""))


@dataclass
class FormSheet:
    """One sheet: its header (column key, language) → index, and its rows as text."""

    file: str
    title: str
    rows: list[list[str]]
    columns: dict[tuple[str, str | None], int] = field(default_factory=dict)

    @classmethod
    def read(cls, file: str, title: str, rows: Iterator[Sequence[Any]]) -> FormSheet:
        text_rows = [[as_text(value) for value in row] for row in rows]
        while text_rows and not any(text_rows[-1]):
            text_rows.pop()
        sheet = cls(file, title, text_rows)
        for index, header in enumerate(text_rows[0] if text_rows else []):
            if header:
                sheet.columns.setdefault(column_key(header), index)
        return sheet

    def find(self, *keys: str) -> int | None:
        return next((self.columns[(k, None)] for k in keys if (k, None) in self.columns), None)

    def need(self, key: str, *aliases: str) -> int:
        index = self.find(key, *aliases)
        if index is None:
            raise XlsformError(NO_COLUMN, file=self.file, sheet=self.title, column=key)
        return index

    def languages(self, key: str) -> dict[str | None, int]:
        """The columns of a text in each language: None for the plain ``label``."""
        return {language: i for (k, language), i in self.columns.items() if k == key}

    def body(self) -> Iterator[tuple[int, list[str]]]:
        for number, row in enumerate(self.rows[1:], start=2):
            if any(row):
                yield number, row

    def problem(self, template: str, row: int, column: int, **params: Any) -> XlsformError:
        return XlsformError(
            template,
            file=self.file,
            sheet=self.title,
            row=row,
            column=get_column_letter(column + 1),
            **params,
        )


def cell(row: Sequence[str], index: int | None) -> str:
    return row[index] if index is not None and index < len(row) else ""
