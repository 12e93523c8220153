"""Reading the sheets of a checklist workbook: headers in any of the three languages, cells
checked one by one, problems naming the sheet, the row and the column."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Protocol

from openpyxl.utils import get_column_letter

from eduqa_desktop.domain.checklist_spec import (
    LANGUAGES,
    CriterionSpec,
    LevelSpec,
    SectionSpec,
)
from eduqa_desktop.domain.names import search_key
from eduqa_desktop.domain.observation_labels import MECHANISM_NAMES
from eduqa_desktop.domain.vocabulary import Mechanism
from eduqa_desktop.errors import UserError
from eduqa_desktop.text import QT_TRANSLATE_NOOP

# Header words in the three languages: (uz, ru, en).
WORDS: dict[str, tuple[str, str, str]] = {
    "checklist": ("Nazorat varaqasi", "Чек-лист", "Checklist"),
    "scale": ("Shkala", "Шкала", "Scale"),
    "criteria": ("Mezonlar", "Критерии", "Criteria"),
    "field": ("Maydon", "Поле", "Field"),
    "name": ("Nomi", "Название", "Name"),
    "description": ("Tavsif", "Описание", "Description"),
    "code": ("Kod", "Код", "Code"),
    # time-on-task snapshots: a count (spread over the lesson) or 3/15 (3 per 15 minutes)
    "snapshots": ("Vaqt kesimlari", "Срезы времени", "Snapshots"),
    "value": ("Qiymat", "Значение", "Value"),
    "label": ("Nomlanishi", "Обозначение", "Label"),
    "section": ("Boʻlim", "Раздел", "Section"),
    "criterion": ("Mezon", "Критерий", "Criterion"),
    "weight": ("Vazn", "Вес", "Weight"),
    "mechanisms": ("Mexanizmlar", "Механизмы", "Mechanisms"),
    "level": ("Daraja", "Уровень", "Level"),
    "next_step": ("Keyingi qadam", "Следующий шаг", "Next step"),
}
_INDEX = {"uz": 0, "ru": 1, "en": 2}
MAX_WEIGHT = 100.0

NO_SHEET = QT_TRANSLATE_NOOP(
    "Messages", "The workbook has no sheet “{sheet}” (nor a sheet in its place)."
)
NO_COLUMN = QT_TRANSLATE_NOOP(
    "Messages", "Sheet “{sheet}”: the column “{column}” is missing in the header row."
)
PROBLEMS = {
    "text": QT_TRANSLATE_NOOP(
        "Messages",
        "Sheet “{sheet}”, row {row}, column {column}: write the text in at least one language.",
    ),
    "integer": QT_TRANSLATE_NOOP(
        "Messages",
        "Sheet “{sheet}”, row {row}, column {column}: write a whole number from 0 to 10.",
    ),
    "increasing": QT_TRANSLATE_NOOP(
        "Messages",
        "Sheet “{sheet}”, row {row}, column {column}: the values must increase from row to row.",
    ),
    "weight": QT_TRANSLATE_NOOP(
        "Messages",
        "Sheet “{sheet}”, row {row}, column {column}: "
        "the weight must be a number above 0 and up to 100.",
    ),
    "mechanism": QT_TRANSLATE_NOOP(
        "Messages",
        "Sheet “{sheet}”, row {row}, column {column}: “{value}” is not a known mechanism.",
    ),
    "level": QT_TRANSLATE_NOOP(
        "Messages",
        "Sheet “{sheet}”, row {row}, column {column}: level {value} is not a value of the scale.",
    ),
    "section": QT_TRANSLATE_NOOP(
        "Messages",
        "Sheet “{sheet}”, row {row}, column {column}: the first criterion needs its section.",
    ),
}
TOO_FEW = QT_TRANSLATE_NOOP(
    "Messages", "Sheet “{sheet}”: at least {count} rows are needed below the header."
)


def word(key: str, language: str) -> str:
    return WORDS[key][_INDEX.get(language, 2)]


def column(key: str, language: str, text_language: str) -> str:
    return f"{word(key, language)} ({text_language})"


def level_column(value: int, language: str, text_language: str) -> str:
    return f"{word('level', language)} {value} ({text_language})"


class Grid(Protocol):
    """A workbook as exchange/workbook_reader.open_grid gives it."""

    sheet_names: list[str]

    def rows(self, sheet: str) -> Iterator[Sequence[Any]]: ...


class Sheet:
    """One sheet's rows with its header located by the words of any language."""

    def __init__(self, title: str, rows: Iterable[Sequence[Any]]) -> None:
        self.title = title
        self.rows = [list(row) for row in rows]
        while self.rows and not any(clean(v) for v in self.rows[-1]):
            self.rows.pop()
        header = self.rows[0] if self.rows else []
        self.columns = {search_key(clean(v)): i for i, v in enumerate(header) if clean(v)}

    def find(self, key: str, text_language: str | None = None) -> int | None:
        """The column of a header word (of any language), with a text language if given."""
        for language in LANGUAGES:
            if text_language is not None:
                wanted = column(key, language, text_language)
            else:
                wanted = word(key, language)
            index = self.columns.get(search_key(wanted))
            if index is not None:
                return index
        return None

    def first(self, key: str) -> int:
        """The leftmost column of a three-language text (for pointing at a missing text)."""
        found = [i for i in (self.find(key, x) for x in LANGUAGES) if i is not None]
        if not found:
            raise UserError(NO_COLUMN, sheet=self.title, column=column(key, "en", "en"))
        return min(found)

    def need(self, key: str, text_language: str | None = None) -> int:
        index = self.find(key, text_language)
        if index is None:
            name = column(key, "en", text_language) if text_language else word(key, "en")
            raise UserError(NO_COLUMN, sheet=self.title, column=name)
        return index

    def body(self) -> Iterator[tuple[int, list[Any]]]:
        for number, row in enumerate(self.rows[1:], start=2):
            if any(clean(v) for v in row):
                yield number, row

    def problem(self, row: int, column: int, kind: str, **params: Any) -> UserError:
        return UserError(
            PROBLEMS[kind],
            sheet=self.title,
            row=row,
            column=get_column_letter(column + 1),
            **params,
        )


def clean(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())


def cell(row: list[Any], index: int | None) -> Any:
    return row[index] if index is not None and index < len(row) else None


def texts(sheet: Sheet, row: list[Any], key: str) -> dict[str, str]:
    return {x: clean(cell(row, sheet.find(key, x))) for x in LANGUAGES}


def find_sheet(grid: Grid, key: str, position: int) -> Sheet:
    """The sheet named by `key` in any language, else the one at `position`."""
    names = {search_key(word(key, x)) for x in LANGUAGES}
    for title in grid.sheet_names:
        if search_key(title) in names:
            return Sheet(title, grid.rows(title))
    if position < len(grid.sheet_names):
        title = grid.sheet_names[position]
        return Sheet(title, grid.rows(title))
    raise UserError(NO_SHEET, sheet=word(key, "en"))


def read_scale(sheet: Sheet) -> tuple[LevelSpec, ...]:
    value_column = sheet.need("value")
    levels: list[LevelSpec] = []
    for number, row in sheet.body():
        raw = cell(row, value_column)
        try:
            value = int(clean(raw))
        except ValueError:
            raise sheet.problem(number, value_column, "integer") from None
        if not 0 <= value <= 10 or (isinstance(raw, float) and not raw.is_integer()):
            raise sheet.problem(number, value_column, "integer")
        if levels and value <= levels[-1].value:
            raise sheet.problem(number, value_column, "increasing")
        label = texts(sheet, row, "label")
        if not any(label.values()):
            raise sheet.problem(number, sheet.first("label"), "text")
        levels.append(LevelSpec(value, label, texts(sheet, row, "description")))
    if len(levels) < 2:
        raise UserError(TOO_FEW, sheet=sheet.title, count=2)
    return tuple(levels)


def _weight(sheet: Sheet, number: int, column: int | None, raw: Any) -> float:
    if column is None or clean(raw) == "":
        return 1.0
    try:
        weight = float(clean(raw).replace(",", "."))
    except ValueError:
        raise sheet.problem(number, column, "weight") from None
    if math.isnan(weight) or not 0 < weight <= MAX_WEIGHT:
        raise sheet.problem(number, column, "weight")
    return weight


def _mechanism_keys() -> dict[str, Mechanism]:
    keys = {search_key(m.value): m for m in Mechanism}
    keys.update({search_key(name): m for m, name in MECHANISM_NAMES.items()})
    return keys


def _mechanisms(sheet: Sheet, number: int, column: int | None, raw: Any) -> tuple[Mechanism, ...]:
    known = _mechanism_keys()
    found: list[Mechanism] = []
    for part in re.split(r"[,;\n]", clean(raw) if column is not None else ""):
        part = part.strip()
        if not part:
            continue
        mechanism = known.get(search_key(part)) or known.get(search_key(part.replace(" ", "_")))
        if mechanism is None:
            raise sheet.problem(number, column or 0, "mechanism", value=part)
        if mechanism not in found:
            found.append(mechanism)
    return tuple(found)


def read_criteria(sheet: Sheet, values: list[int]) -> tuple[SectionSpec, ...]:
    text_column = sheet.first("criterion")
    weight_column, mech_column = sheet.find("weight"), sheet.find("mechanisms")
    sections: list[tuple[dict[str, str], list[CriterionSpec]]] = []
    level_columns = _level_columns(sheet, values)
    for number, row in sheet.body():
        title = texts(sheet, row, "section")
        text = texts(sheet, row, "criterion")
        if any(title.values()):
            sections.append((title, []))
        if not any(text.values()):
            raise sheet.problem(number, text_column, "text")
        if not sections:
            raise sheet.problem(number, sheet.first("section"), "section")
        levels = {
            str(value): {x: clean(cell(row, i)) for x, i in by_language.items()}
            for value, by_language in level_columns.items()
        }
        levels = {
            k: {x: v.get(x, "") for x in LANGUAGES} for k, v in levels.items() if any(v.values())
        }
        next_step = texts(sheet, row, "next_step")  # optional columns: older files lack them
        sections[-1][1].append(
            CriterionSpec(
                text=text,
                weight=_weight(sheet, number, weight_column, cell(row, weight_column)),
                mechanisms=_mechanisms(sheet, number, mech_column, cell(row, mech_column)),
                levels=levels or None,
                next_step=next_step if any(next_step.values()) else None,
            )
        )
    if not sections:
        raise UserError(TOO_FEW, sheet=sheet.title, count=1)
    return tuple(SectionSpec(title, tuple(criteria)) for title, criteria in sections)


def _level_columns(sheet: Sheet, values: list[int]) -> dict[int, dict[str, int]]:
    """Level-description columns by scale value and language (a level not in the scale: error)."""
    pattern = re.compile(r"^(\D+?)\s*(\d+)\s*\((uz|ru|en)\)$")
    level_words = {search_key(word("level", x)) for x in LANGUAGES}
    found: dict[int, dict[str, int]] = {}
    for key, index in sheet.columns.items():
        match = pattern.match(key)
        if not match or search_key(match.group(1)) not in level_words:
            continue
        value = int(match.group(2))
        if value not in values:
            raise sheet.problem(1, index, "level", value=value)
        found.setdefault(value, {})[match.group(3)] = index
    return found


def find_field(by_field: dict[str, list[Any]], key: str) -> list[Any] | None:
    for language in LANGUAGES:
        row = by_field.get(search_key(word(key, language)))
        if row is not None:
            return row
    return None


def field(info: Sheet, by_field: dict[str, list[Any]], key: str) -> dict[str, str]:
    """A row of the checklist sheet (name, description) by its language columns."""
    row = find_field(by_field, key) or []
    header = info.rows[0] if info.rows else []
    columns = {clean(value): i for i, value in enumerate(header) if clean(value) in LANGUAGES}
    return {x: clean(cell(row, columns.get(x))) for x in LANGUAGES}
