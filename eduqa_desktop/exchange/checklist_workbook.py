"""A checklist template to and from an .xlsx workbook, so that a district can hand out its own.

Three sheets: the checklist (name and description in three languages), the scale (one row per
level) and the criteria (one row per criterion: section, text, weight, mechanisms and what
each level looks like, every text in Uzbek, Russian and English). Headers are written in the
chosen language and recognised in any of the three; a row whose section cells are empty
continues the section above (as with merged cells). Problems name the sheet, row and column.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from eduqa_desktop.domain.names import search_key
from eduqa_desktop.domain.observation_labels import MECHANISM_NAMES
from eduqa_desktop.domain.vocabulary import Mechanism
from eduqa_desktop.exchange.safe_cells import style_header_row, write_cell
from eduqa_desktop.services.checklists import spec_to_data
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.reference_data import (
    LANGUAGES,
    ChecklistSpec,
    CriterionSpec,
    LevelSpec,
    SectionSpec,
    parse_checklist,
)
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
    "value": ("Qiymat", "Значение", "Value"),
    "label": ("Nomlanishi", "Обозначение", "Label"),
    "section": ("Boʻlim", "Раздел", "Section"),
    "criterion": ("Mezon", "Критерий", "Criterion"),
    "weight": ("Vazn", "Вес", "Weight"),
    "mechanisms": ("Mexanizmlar", "Механизмы", "Mechanisms"),
    "level": ("Daraja", "Уровень", "Level"),
}
_INDEX = {"uz": 0, "ru": 1, "en": 2}
MAX_WEIGHT = 100.0
WRAP = Alignment(wrap_text=True, vertical="top")

BAD_FILE = QT_TRANSLATE_NOOP("Messages", "“{path}” cannot be read as an .xlsx workbook.")
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
INVALID = QT_TRANSLATE_NOOP("Messages", "The checklist in the workbook is not valid: {problem}")


def _word(key: str, language: str) -> str:
    return WORDS[key][_INDEX.get(language, 2)]


def _column(key: str, language: str, text_language: str) -> str:
    return f"{_word(key, language)} ({text_language})"


def _level_column(value: int, language: str, text_language: str) -> str:
    return f"{_word('level', language)} {value} ({text_language})"


# --- writing --------------------------------------------------------------------------------


def _write_rows(sheet: Worksheet, rows: list[list[Any]], widths: list[int]) -> None:
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            write_cell(sheet, r, c, value).alignment = WRAP
    style_header_row(sheet, 1, len(rows[0]))
    sheet.freeze_panes = "A2"
    for c, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(c)].width = width


def write_checklist_workbook(spec: ChecklistSpec, path: str | Path, language: str) -> Path:
    """Write `spec` to `path` (.xlsx) with headers in `language`; returns the path."""
    workbook = Workbook()
    info = workbook.active
    info.title = _word("checklist", language)
    info_rows: list[list[Any]] = [[_word("field", language), *LANGUAGES]]
    info_rows.append([_word("name", language), *(spec.name.get(x, "") for x in LANGUAGES)])
    info_rows.append(
        [_word("description", language), *(spec.description.get(x, "") for x in LANGUAGES)]
    )
    info_rows.append([_word("code", language), spec.code, "", ""])
    _write_rows(info, info_rows, [16, 50, 50, 50])

    scale = workbook.create_sheet(_word("scale", language))
    scale_rows: list[list[Any]] = [
        [
            _word("value", language),
            *(_column("label", language, x) for x in LANGUAGES),
            *(_column("description", language, x) for x in LANGUAGES),
        ]
    ]
    for level in spec.scale:
        scale_rows.append(
            [
                level.value,
                *(level.label.get(x, "") for x in LANGUAGES),
                *(level.description.get(x, "") for x in LANGUAGES),
            ]
        )
    _write_rows(scale, scale_rows, [10, 18, 18, 18, 40, 40, 40])

    criteria = workbook.create_sheet(_word("criteria", language))
    values = [level.value for level in spec.scale]
    header: list[Any] = [
        *(_column("section", language, x) for x in LANGUAGES),
        *(_column("criterion", language, x) for x in LANGUAGES),
        _word("weight", language),
        _word("mechanisms", language),
        *(_level_column(v, language, x) for v in values for x in LANGUAGES),
    ]
    rows: list[list[Any]] = [header]
    for section in spec.sections:
        for index, criterion in enumerate(section.criteria):
            titles = [section.title.get(x, "") if index == 0 else "" for x in LANGUAGES]
            levels = criterion.levels or {}
            rows.append(
                [
                    *titles,
                    *(criterion.text.get(x, "") for x in LANGUAGES),
                    criterion.weight,
                    ", ".join(str(m) for m in criterion.mechanisms),
                    *(levels.get(str(v), {}).get(x, "") for v in values for x in LANGUAGES),
                ]
            )
    _write_rows(criteria, rows, [22, 22, 22, 45, 45, 45, 8, 28] + [30] * (3 * len(values)))
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(target)
    return target


# --- reading --------------------------------------------------------------------------------


class _Sheet:
    """One sheet's rows with its header located by the words of any language."""

    def __init__(self, sheet: Worksheet) -> None:
        self.title = sheet.title
        self.rows = [list(row) for row in sheet.iter_rows(values_only=True)]
        while self.rows and not any(_clean(v) for v in self.rows[-1]):
            self.rows.pop()
        header = self.rows[0] if self.rows else []
        self.columns = {search_key(_clean(v)): i for i, v in enumerate(header) if _clean(v)}

    def find(self, key: str, text_language: str | None = None) -> int | None:
        """The column of a header word (of any language), with a text language if given."""
        for language in LANGUAGES:
            if text_language is not None:
                wanted = _column(key, language, text_language)
            else:
                wanted = _word(key, language)
            index = self.columns.get(search_key(wanted))
            if index is not None:
                return index
        return None

    def first(self, key: str) -> int:
        """The leftmost column of a three-language text (for pointing at a missing text)."""
        found = [i for i in (self.find(key, x) for x in LANGUAGES) if i is not None]
        if not found:
            raise UserError(NO_COLUMN, sheet=self.title, column=_column(key, "en", "en"))
        return min(found)

    def need(self, key: str, text_language: str | None = None) -> int:
        index = self.find(key, text_language)
        if index is None:
            name = _column(key, "en", text_language) if text_language else _word(key, "en")
            raise UserError(NO_COLUMN, sheet=self.title, column=name)
        return index

    def body(self) -> Iterator[tuple[int, list[Any]]]:
        for number, row in enumerate(self.rows[1:], start=2):
            if any(_clean(v) for v in row):
                yield number, row

    def problem(self, row: int, column: int, kind: str, **params: Any) -> UserError:
        return UserError(
            PROBLEMS[kind],
            sheet=self.title,
            row=row,
            column=get_column_letter(column + 1),
            **params,
        )


def _clean(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())


def _cell(row: list[Any], index: int | None) -> Any:
    return row[index] if index is not None and index < len(row) else None


def _texts(sheet: _Sheet, row: list[Any], key: str) -> dict[str, str]:
    return {x: _clean(_cell(row, sheet.find(key, x))) for x in LANGUAGES}


def _sheet(workbook: Any, key: str, position: int) -> _Sheet:
    names = {search_key(_word(key, x)) for x in LANGUAGES}
    for sheet in workbook.worksheets:
        if search_key(sheet.title) in names:
            return _Sheet(sheet)
    if position < len(workbook.worksheets):
        return _Sheet(workbook.worksheets[position])
    raise UserError(NO_SHEET, sheet=_word(key, "en"))


def _read_scale(sheet: _Sheet) -> tuple[LevelSpec, ...]:
    value_column = sheet.need("value")
    levels: list[LevelSpec] = []
    for number, row in sheet.body():
        raw = _cell(row, value_column)
        try:
            value = int(_clean(raw))
        except ValueError:
            raise sheet.problem(number, value_column, "integer") from None
        if not 0 <= value <= 10 or (isinstance(raw, float) and not raw.is_integer()):
            raise sheet.problem(number, value_column, "integer")
        if levels and value <= levels[-1].value:
            raise sheet.problem(number, value_column, "increasing")
        label = _texts(sheet, row, "label")
        if not any(label.values()):
            raise sheet.problem(number, sheet.first("label"), "text")
        levels.append(LevelSpec(value, label, _texts(sheet, row, "description")))
    if len(levels) < 2:
        raise UserError(TOO_FEW, sheet=sheet.title, count=2)
    return tuple(levels)


def _weight(sheet: _Sheet, number: int, column: int | None, raw: Any) -> float:
    if column is None or _clean(raw) == "":
        return 1.0
    try:
        weight = float(_clean(raw).replace(",", "."))
    except ValueError:
        raise sheet.problem(number, column, "weight") from None
    if math.isnan(weight) or not 0 < weight <= MAX_WEIGHT:
        raise sheet.problem(number, column, "weight")
    return weight


def _mechanism_keys() -> dict[str, Mechanism]:
    keys = {search_key(m.value): m for m in Mechanism}
    keys.update({search_key(name): m for m, name in MECHANISM_NAMES.items()})
    return keys


def _mechanisms(sheet: _Sheet, number: int, column: int | None, raw: Any) -> tuple[Mechanism, ...]:
    known = _mechanism_keys()
    found: list[Mechanism] = []
    for part in re.split(r"[,;\n]", _clean(raw) if column is not None else ""):
        part = part.strip()
        if not part:
            continue
        mechanism = known.get(search_key(part)) or known.get(search_key(part.replace(" ", "_")))
        if mechanism is None:
            raise sheet.problem(number, column or 0, "mechanism", value=part)
        if mechanism not in found:
            found.append(mechanism)
    return tuple(found)


def _read_criteria(sheet: _Sheet, values: list[int]) -> tuple[SectionSpec, ...]:
    text_column = sheet.first("criterion")
    weight_column, mech_column = sheet.find("weight"), sheet.find("mechanisms")
    sections: list[tuple[dict[str, str], list[CriterionSpec]]] = []
    level_columns = _level_columns(sheet, values)
    for number, row in sheet.body():
        title = _texts(sheet, row, "section")
        text = _texts(sheet, row, "criterion")
        if any(title.values()):
            sections.append((title, []))
        if not any(text.values()):
            raise sheet.problem(number, text_column, "text")
        if not sections:
            raise sheet.problem(number, sheet.first("section"), "section")
        levels = {
            str(value): {x: _clean(_cell(row, i)) for x, i in by_language.items()}
            for value, by_language in level_columns.items()
        }
        levels = {
            k: {x: v.get(x, "") for x in LANGUAGES} for k, v in levels.items() if any(v.values())
        }
        sections[-1][1].append(
            CriterionSpec(
                text=text,
                weight=_weight(sheet, number, weight_column, _cell(row, weight_column)),
                mechanisms=_mechanisms(sheet, number, mech_column, _cell(row, mech_column)),
                levels=levels or None,
            )
        )
    if not sections:
        raise UserError(TOO_FEW, sheet=sheet.title, count=1)
    return tuple(SectionSpec(title, tuple(criteria)) for title, criteria in sections)


def _level_columns(sheet: _Sheet, values: list[int]) -> dict[int, dict[str, int]]:
    """Level-description columns by scale value and language (a level not in the scale: error)."""
    pattern = re.compile(r"^(\D+?)\s*(\d+)\s*\((uz|ru|en)\)$")
    level_words = {search_key(_word("level", x)) for x in LANGUAGES}
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


def read_checklist_workbook(path: str | Path) -> ChecklistSpec:
    """Read a checklist written by :func:`write_checklist_workbook` (or typed by hand in the
    same layout); raises UserError naming the sheet, row and column of a problem."""
    try:
        workbook = load_workbook(Path(path), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a file that is not .xlsx
        raise UserError(BAD_FILE, path=str(path)) from error
    try:
        info = _sheet(workbook, "checklist", 0)
        scale = _read_scale(_sheet(workbook, "scale", 1))
        sections = _read_criteria(_sheet(workbook, "criteria", 2), [lv.value for lv in scale])
    finally:
        workbook.close()
    by_field = {search_key(_clean(row[0])): row for _, row in info.body() if row}
    name = _field(info, by_field, "name")
    if not any(name.values()):
        raise UserError(PROBLEMS["text"], sheet=info.title, row=2, column="B")
    code_row = _find_field(by_field, "code")
    spec = ChecklistSpec(
        code=_clean(_cell(code_row, 1)) if code_row else "",
        name=name,
        description=_field(info, by_field, "description"),
        scale=scale,
        sections=sections,
    )
    try:
        return parse_checklist(spec_to_data(spec), require_all_languages=False)
    except ValueError as error:
        raise UserError(INVALID, problem=str(error)) from error


def _find_field(by_field: dict[str, list[Any]], key: str) -> list[Any] | None:
    for language in LANGUAGES:
        row = by_field.get(search_key(_word(key, language)))
        if row is not None:
            return row
    return None


def _field(info: _Sheet, by_field: dict[str, list[Any]], key: str) -> dict[str, str]:
    """A row of the checklist sheet (name, description) by its language columns."""
    row = _find_field(by_field, key) or []
    header = info.rows[0] if info.rows else []
    columns = {_clean(value): i for i, value in enumerate(header) if _clean(value) in LANGUAGES}
    return {x: _clean(_cell(row, columns.get(x))) for x in LANGUAGES}
