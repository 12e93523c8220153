"""Filling a graduates template as a user would, for the graduates tests."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from eduqa_desktop.domain.names import search_key
from eduqa_desktop.exchange.graduate_words import destination_keys


def fill(
    path: Path,
    nine: dict[str, int | str],
    eleven: dict[str, int | str],
    partners: list[tuple] = (),  # type: ignore[assignment]
    year: str | None = None,
) -> Path:
    """Type the counts as a user would: rows found by the destination's words in the file."""

    keys = destination_keys()
    book = load_workbook(path)
    sheet = book.worksheets[0]
    for row in range(1, 30):
        label = sheet.cell(row, 1).value
        if year is not None and label in ("Academic year", "Учебный год", "Oʻquv yili"):
            sheet.cell(row, 2).value = year
        destination = keys.get(search_key(str(label))) if label else None
        if destination is not None and sheet.cell(row, 2).fill.fgColor.rgb.endswith("FFF2CC"):
            sheet.cell(row, 2).value = nine.get(str(destination))
            sheet.cell(row, 3).value = eleven.get(str(destination))
    for index, values in enumerate(partners, start=4):
        for column, value in enumerate(values, start=1):
            book.worksheets[1].cell(index, column).value = value
    book.save(path)
    return path
