"""A questionnaire to and from an .xlsx workbook, so that a district can hand out its own wording.

Two sheets: the questionnaire (group, version, name and introduction in three languages) and
its statements (one row each: number, dimension, mechanisms, the text in Uzbek, Russian and
English, and the statement's key, which lets a file edited in Excel come back as the same
statements). Labels are written in the chosen language and recognised in any of the three;
dimensions by their code or their name in any language, mechanisms by code or English name.
The file is read through the one reader of incoming spreadsheets (python-calamine, behind the
file guard); a problem names the sheet, row and column.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from eduqa_desktop.domain.names import search_key
from eduqa_desktop.domain.observation_labels import MECHANISM_NAMES
from eduqa_desktop.domain.questionnaires import (
    LANGUAGES,
    QuestionnaireError,
    QuestionnaireSpec,
    parse_questionnaire,
)
from eduqa_desktop.domain.vocabulary import Mechanism
from eduqa_desktop.errors import UserError
from eduqa_desktop.exchange.safe_cells import style_header_row, write_cell
from eduqa_desktop.exchange.survey_words import DIMENSIONS, GROUPS, Words, group_keys, word
from eduqa_desktop.exchange.workbook_reader import as_text, open_grid
from eduqa_desktop.text import QT_TRANSLATE_NOOP

WRAP = Alignment(wrap_text=True, vertical="top")
LANGUAGE_WORDS = {"uz": "oʻzbekcha", "ru": "русский", "en": "English"}
WORDS: dict[str, Words] = {
    "sheet": {"uz": "Soʻrovnoma", "ru": "Анкета", "en": "Questionnaire"},
    "statements": {"uz": "Fikrlar", "ru": "Утверждения", "en": "Statements"},
    "group": {"uz": "Guruh", "ru": "Группа", "en": "Group"},
    "version": {"uz": "Versiya", "ru": "Версия", "en": "Version"},
    "name": {"uz": "Nomi", "ru": "Название", "en": "Name"},
    "intro": {"uz": "Kirish soʻzi", "ru": "Вступление", "en": "Introduction"},
    "number": {"uz": "№", "ru": "№", "en": "No."},
    "dimension": {"uz": "Yoʻnalish", "ru": "Направление", "en": "Dimension"},
    "mechanisms": {"uz": "Mexanizmlar", "ru": "Механизмы", "en": "Mechanisms"},
    "text": {"uz": "Matn", "ru": "Текст", "en": "Text"},
    "key": {"uz": "Kalit", "ru": "Ключ", "en": "Key"},
}
PROBLEM = QT_TRANSLATE_NOOP(
    "Messages", "“{file}”, sheet “{sheet}”, row {row}, column {column}: {problem}"
)
NOT_A_QUESTIONNAIRE = QT_TRANSLATE_NOOP(
    "Messages",
    "“{file}” is not a questionnaire workbook: expected a sheet of statements with the "
    "columns {columns}.",
)
INVALID = QT_TRANSLATE_NOOP("Messages", "The questionnaire in “{file}” is not valid: {problem}")


def _heading(key: str, language: str, text_language: str | None = None) -> str:
    base = word(WORDS[key], language)
    return f"{base} ({LANGUAGE_WORDS[text_language]})" if text_language else base


def write_questionnaire_workbook(spec: QuestionnaireSpec, path: Path | str, language: str) -> Path:
    """`spec` as a workbook with its labels in `language` (uz, ru, en)."""
    book = Workbook()
    head = book.active
    head.title = word(WORDS["sheet"], language)
    rows: list[tuple[str, Any]] = [
        (_heading("group", language), word(GROUPS[str(spec.stakeholder)], language)),
        (_heading("version", language), spec.version),
    ]
    rows += [(_heading("name", language, c), spec.name.get(c, "")) for c in LANGUAGES]
    rows += [(_heading("intro", language, c), spec.intro.get(c, "")) for c in LANGUAGES]
    for number, (label, value) in enumerate(rows, start=1):
        write_cell(head, number, 1, label).font = Font(bold=True)
        write_cell(head, number, 2, value).alignment = WRAP
    head.column_dimensions["A"].width = 28
    head.column_dimensions["B"].width = 90
    sheet = book.create_sheet(word(WORDS["statements"], language))
    headers = [
        _heading("number", language),
        _heading("dimension", language),
        _heading("mechanisms", language),
        *(_heading("text", language, c) for c in LANGUAGES),
        _heading("key", language),
    ]
    for column, text in enumerate(headers, start=1):
        write_cell(sheet, 1, column, text)
    style_header_row(sheet, 1, len(headers))
    for row, statement in enumerate(spec.statements, start=2):
        values = [
            statement.number,
            word(DIMENSIONS[str(statement.dimension)], language),
            ", ".join(str(m) for m in statement.mechanisms),
            *(statement.text.get(c, "") for c in LANGUAGES),
            statement.key,
        ]
        for column, value in enumerate(values, start=1):
            write_cell(sheet, row, column, value).alignment = WRAP
    for letter, width in zip("ABCDEFG", (6, 26, 26, 50, 50, 50, 38), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"
    target = Path(path)
    book.save(target)
    return target


# --- reading ---------------------------------------------------------------------------------


def _label_keys() -> dict[str, tuple[str, str | None]]:
    """Folded label (any language, with or without a language) → (key, text language)."""
    found: dict[str, tuple[str, str | None]] = {}
    for key, words in WORDS.items():
        for language in LANGUAGES:
            found[search_key(words[language])] = (key, None)
            for code, name in LANGUAGE_WORDS.items():
                found[search_key(f"{words[language]} ({name})")] = (key, code)
    return found


def _choice_keys(words: dict[str, Words]) -> dict[str, str]:
    found: dict[str, str] = {}
    for key, texts in words.items():
        found[search_key(key)] = key
        found.update({search_key(text): key for text in texts.values()})
    return found


def _mechanism_keys() -> dict[str, Mechanism]:
    found = {search_key(str(m)): m for m in Mechanism}
    found.update({search_key(name): Mechanism(m) for m, name in MECHANISM_NAMES.items()})
    return found


def _problem(path: Path, sheet: str, row: int, column: int, problem: str) -> UserError:
    return UserError(
        PROBLEM, file=path.name, sheet=sheet, row=row, column=get_column_letter(column),
        problem=problem,
    )  # fmt: skip


def _statements(
    path: Path, sheet: str, rows: Sequence[Sequence[Any]]
) -> tuple[list[dict[str, Any]], bool]:
    """The statements' rows as the questionnaire JSON has them; False: not this sheet."""
    labels = _label_keys()
    header_at = next(
        (
            index
            for index, row in enumerate(rows[:20])
            if any(labels.get(search_key(as_text(v)), ("",))[0] == "dimension" for v in row)
        ),
        None,
    )
    if header_at is None:
        return [], False
    columns: dict[tuple[str, str | None], int] = {}
    for index, value in enumerate(rows[header_at]):
        found = labels.get(search_key(as_text(value)))
        if found is not None:
            columns.setdefault(found, index)
    texts = {code: columns.get(("text", code)) for code in LANGUAGES}
    if not any(v is not None for v in texts.values()):
        return [], False
    dimensions, mechanisms = _choice_keys(DIMENSIONS), _mechanism_keys()
    items = []
    for offset, row in enumerate(rows[header_at + 1 :], start=header_at + 2):

        def cell(key: tuple[str, str | None], row: Sequence[Any] = row) -> str:
            index = columns.get(key)
            return as_text(row[index]) if index is not None and index < len(row) else ""

        text = {code: cell(("text", code)) for code in LANGUAGES}
        if not any(text.values()):
            continue  # an empty row between statements
        dimension_text = cell(("dimension", None))
        dimension = dimensions.get(search_key(dimension_text))
        if dimension is None:
            choices = ", ".join(word(w, "en") for w in DIMENSIONS.values())
            raise _problem(
                path, sheet, offset, columns[("dimension", None)] + 1,
                f"“{dimension_text}” is not a dimension (one of {choices})",
            )  # fmt: skip
        tags = []
        for part in cell(("mechanisms", None)).replace(";", ",").split(","):
            if not part.strip():
                continue
            mechanism = mechanisms.get(search_key(part))
            if mechanism is None:
                raise _problem(
                    path, sheet, offset, columns[("mechanisms", None)] + 1,
                    f"“{part.strip()}” is not a mechanism "
                    f"(one of {', '.join(str(m) for m in Mechanism)})",
                )  # fmt: skip
            tags.append(str(mechanism))
        items.append(
            {
                "dimension": dimension,
                "mechanisms": tags,
                "text": text,
                "key": cell(("key", None)),
            }
        )
    return items, True


def read_questionnaire_workbook(path: Path | str) -> QuestionnaireSpec:
    """The questionnaire in a workbook written by :func:`write_questionnaire_workbook` (and
    perhaps edited in Excel); UserError naming sheet, row and column when it is not one."""
    path = Path(path)
    grid = open_grid(path)
    try:
        sheets = {name: [list(r) for r in grid.rows(name)] for name in grid.sheet_names}
    finally:
        grid.close()
    labels = _label_keys()
    fields: dict[tuple[str, str | None], str] = {}
    items: list[dict[str, Any]] | None = None
    for name, rows in sheets.items():
        if items is None:
            found, ok = _statements(path, name, rows)
            if ok:
                items = found
                continue
        for row in rows:
            if len(row) >= 2 and (key := labels.get(search_key(as_text(row[0])))) is not None:
                fields.setdefault(key, as_text(row[1]))
    if items is None:
        columns = ", ".join(
            [word(WORDS["dimension"], "en"), f"{word(WORDS['text'], 'en')} (English)"]
        )
        raise UserError(NOT_A_QUESTIONNAIRE, file=path.name, columns=columns)
    group = group_keys().get(search_key(fields.get(("group", None), "")), "")
    version = fields.get(("version", None), "1")
    data = {
        "code": "",
        "stakeholder": group,
        "version": int(version) if version.isdigit() and int(version) > 0 else 1,
        "name": {code: fields.get(("name", code), "") for code in LANGUAGES},
        "intro": {code: fields.get(("intro", code), "") for code in LANGUAGES},
        "statements": items,
    }
    try:
        return parse_questionnaire(data, require_all_languages=False)
    except QuestionnaireError as error:
        raise UserError(INVALID, file=path.name, problem=str(error)) from error
