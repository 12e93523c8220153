"""A checklist written as an XLSForm, for ODK Collect and KoboToolbox (https://xlsform.org).

* survey: the checklist's description as a ``note``, then per section a ``begin_group`` …
  ``end_group`` holding a ``select_one scale`` per criterion;
* choices: the list ``scale``, one row per level (its value as the choice name);
* settings: form_title, form_id, version and default_language.

Texts go in ``label::O'zbek (uz)``, ``label::Русский (ru)``, ``label::English (en)`` columns,
one for each language the checklist has any text in. exchange/xlsform_reader.py reads the file
back to the same sections, criteria, scale and labels.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from eduqa_desktop.domain.checklist_spec import ChecklistSpec
from eduqa_desktop.domain.names import search_key
from eduqa_desktop.exchange.checklist_workbook import snapshots_cell
from eduqa_desktop.exchange.safe_cells import style_header_row, write_cell
from eduqa_desktop.exchange.xlsform_extras import choice_columns, survey_columns
from eduqa_desktop.exchange.xlsform_format import (
    APP_LANGUAGES,
    CHOICES,
    GROUP_BEGIN,
    GROUP_END,
    LANGUAGE_NAMES,
    NOTE,
    SELECT_ONE,
    SETTINGS,
    SURVEY,
    label_column,
)

SCALE_LIST = "scale"


def form_id_of(spec: ChecklistSpec) -> str:
    """An XML name for the form: the checklist's code, else its name in Latin letters."""
    source = spec.code or next((v for v in spec.name.values() if v), "") or "checklist"
    text = re.sub(r"[^A-Za-z0-9_]+", "_", search_key(source) if not spec.code else source)
    text = text.strip("_") or "checklist"
    return text if text[0].isalpha() or text[0] == "_" else f"c_{text}"


def _languages(spec: ChecklistSpec) -> tuple[str, ...]:
    texts: list[Mapping[str, str]] = [spec.name, spec.description]
    texts += [level.label for level in spec.scale]
    for section in spec.sections:
        texts.append(section.title)
        texts += [criterion.text for criterion in section.criteria]
    used = tuple(code for code in APP_LANGUAGES if any(t.get(code) for t in texts))
    return used or ("en",)


def _sheet(sheet: Worksheet, rows: list[list[Any]], widths: list[int]) -> None:
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value not in ("", None):
                write_cell(sheet, r, c, value)
    style_header_row(sheet, 1, len(rows[0]))
    sheet.freeze_panes = "A2"
    for c, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(c)].width = width


def write_xlsform(
    spec: ChecklistSpec, path: str | Path, *, language: str = "en", version: str | int = 1
) -> Path:
    """Write `spec` as an XLSForm to `path`; the title and the form's default language are
    `language` when the checklist's name is written in it (else a language it is written in),
    so that the form reads back with its name in the same language."""
    languages = _languages(spec)
    # the title is in the first language: one the checklist's name is written in
    named = [code for code in (language, *languages) if code in languages and spec.name.get(code)]
    first = named[0] if named else (language if language in languages else languages[0])
    texts = [label_column(code) for code in languages]

    def labels(text: Mapping[str, str]) -> list[str]:
        return [text.get(code, "") for code in languages]

    extras = survey_columns(spec, languages)
    survey: list[list[Any]] = [["type", "name", *texts, *(header for header, _ in extras)]]
    if any(spec.description.values()):
        survey.append([NOTE, "description", *labels(spec.description)])
    for s, section in enumerate(spec.sections, start=1):
        survey.append([GROUP_BEGIN, f"section_{s}", *labels(section.title)])
        for c, criterion in enumerate(section.criteria, start=1):
            cells = [get(criterion) for _, get in extras]
            survey.append([f"{SELECT_ONE} {SCALE_LIST}", f"criterion_{s}_{c}",
                           *labels(criterion.text), *cells])  # fmt: skip
        survey.append([GROUP_END, ""])
    level_extras = choice_columns(spec, languages)
    choices: list[list[Any]] = [["list_name", "name", *texts, *(h for h, _ in level_extras)]]
    for level in spec.scale:
        choices.append([SCALE_LIST, str(level.value), *labels(level.label),
                        *(get(level) for _, get in level_extras)])  # fmt: skip
    title = spec.name.get(first) or next((v for v in spec.name.values() if v), "")
    others = [code for code in APP_LANGUAGES if code != first and spec.name.get(code)]
    settings = [
        ["form_title", "form_id", "version", "default_language",
         *(f"eduqa::name::{LANGUAGE_NAMES[code]} ({code})" for code in others)],
        [title, form_id_of(spec), str(version), f"{LANGUAGE_NAMES[first]} ({first})",
         *(spec.name[code] for code in others)],
    ]  # fmt: skip
    if spec.snapshots is not None:  # the time-on-task protocol: "10", or "3/15"
        settings[0].append("eduqa::snapshots")
        settings[1].append(str(snapshots_cell(spec.snapshots)))
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = SURVEY
    _sheet(sheet, survey, [22, 18, *([50] * len(languages)), *([16] * len(extras))])
    _sheet(workbook.create_sheet(CHOICES), choices, [12, 8, *([24] * len(languages))])
    _sheet(workbook.create_sheet(SETTINGS), settings, [40, 24, 10, 18, 40, 40])
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(target)
    return target
