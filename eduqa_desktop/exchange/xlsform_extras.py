"""What a checklist has beyond an XLSForm's questions, kept in columns of its own so that an
exported form reads back whole: ``eduqa::weight``, ``eduqa::mechanisms``,
``eduqa::next_step::English (en)`` and ``eduqa::level_3::English (en)`` (what level 3 looks
like) in the survey sheet, which XLSForm tools ignore (pyxform does); ``eduqa_description_en``
(a scale level's description) in the choices, where pyxform keeps an unknown column as data of
the choice — so a plain XML name, without "::", which it would read as a language."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from typing import Any

from eduqa_desktop.domain.checklist_spec import MAX_WEIGHT, ChecklistSpec, CriterionSpec, LevelSpec
from eduqa_desktop.domain.names import search_key
from eduqa_desktop.domain.observation_labels import MECHANISM_NAMES
from eduqa_desktop.domain.vocabulary import Mechanism
from eduqa_desktop.exchange.xlsform_format import APP_LANGUAGES, LANGUAGE_NAMES, language_code
from eduqa_desktop.exchange.xlsform_sheets import FormSheet, cell
from eduqa_desktop.text import QT_TRANSLATE_NOOP

PREFIX = "eduqa"
DESCRIPTION = "eduqa_description_"  # + the language code, in the choices
BAD_WEIGHT = QT_TRANSLATE_NOOP(
    "Messages",
    "“{file}”, sheet “{sheet}”, row {row}, column {column}: “{value}” is not a weight; "
    "expected a number above 0 and up to 100.",
)
BAD_MECHANISM = QT_TRANSLATE_NOOP(
    "Messages",
    "“{file}”, sheet “{sheet}”, row {row}, column {column}: “{value}” is not a known mechanism; "
    "expected some of: {known}.",
)
Text = dict[str, str]


def _in(field: str, code: str) -> str:
    return f"{PREFIX}::{field}::{LANGUAGE_NAMES[code]} ({code})"


# --- writing -------------------------------------------------------------------------------------


def survey_columns(spec: ChecklistSpec, languages: Sequence[str]) -> list[tuple[str, Any]]:
    """(header, how to get the cell from a criterion) for what the checklist uses."""
    criteria = spec.criteria
    columns: list[tuple[str, Any]] = []
    if any(c.weight != 1.0 for c in criteria):
        columns.append((f"{PREFIX}::weight", lambda c: c.weight))
    if any(c.mechanisms for c in criteria):
        columns.append((f"{PREFIX}::mechanisms", lambda c: ", ".join(map(str, c.mechanisms))))
    for code in languages:
        if any((c.next_step or {}).get(code) for c in criteria):
            columns.append((_in("next_step", code), lambda c, x=code: (c.next_step or {}).get(x)))
    for level in spec.scale:
        key = str(level.value)
        for code in languages:
            if any((c.levels or {}).get(key, {}).get(code) for c in criteria):
                header = _in(f"level_{key}", code)
                columns.append(
                    (header, lambda c, k=key, x=code: (c.levels or {}).get(k, {}).get(x))
                )
    return columns


def choice_columns(spec: ChecklistSpec, languages: Sequence[str]) -> list[tuple[str, Any]]:
    return [
        (f"{DESCRIPTION}{code}", lambda level, x=code: level.description.get(x, ""))
        for code in languages
        if any(level.description.get(code) for level in spec.scale)
    ]


# --- reading -------------------------------------------------------------------------------------

_FIELD = re.compile(r"^(next_step|level_(\d+))::(.+)$")


class Extras:
    """The eduqa:: columns of one sheet."""

    def __init__(self, sheet: FormSheet) -> None:
        self.sheet = sheet
        self.weight: int | None = None
        self.mechanisms: int | None = None
        self.texts: dict[str, dict[str, int]] = {}  # "next_step", "level_3" … → language → index
        for (key, suffix), index in sheet.columns.items():
            code = key.removeprefix(DESCRIPTION)
            if suffix is None and key.startswith(DESCRIPTION) and code in APP_LANGUAGES:
                self.texts.setdefault("description", {})[code] = index
            if key != PREFIX or suffix is None:
                continue
            field = "_".join(suffix.casefold().split())
            if field == "weight":
                self.weight = index
            elif field == "mechanisms":
                self.mechanisms = index
            elif match := _FIELD.match(suffix.strip()):
                code = language_code(match.group(3))
                if code in APP_LANGUAGES:
                    self.texts.setdefault(match.group(1), {})[code] = index

    def _text(self, row: Sequence[str], field: str) -> Text:
        columns = self.texts.get(field, {})
        return {code: cell(row, columns.get(code)) for code in APP_LANGUAGES}

    def criterion(self, number: int, row: Sequence[str], text: Text) -> CriterionSpec:
        levels = {
            field.removeprefix("level_"): self._text(row, field)
            for field in sorted(self.texts, key=lambda f: int(f[6:]) if f[6:].isdigit() else -1)
            if field.startswith("level_")
        }
        levels = {key: value for key, value in levels.items() if any(value.values())}
        next_step = self._text(row, "next_step")
        return CriterionSpec(
            text=dict(text),
            weight=self._weight(number, row),
            mechanisms=self._mechanisms(number, row),
            levels=levels or None,
            next_step=next_step if any(next_step.values()) else None,
        )

    def level(self, value: int, label: Text, row: Sequence[str] | None) -> LevelSpec:
        description = self._text(row, "description") if row is not None else {}
        return LevelSpec(value, dict(label), {c: description.get(c, "") for c in APP_LANGUAGES})

    def _weight(self, number: int, row: Sequence[str]) -> float:
        raw = cell(row, self.weight)
        if not raw:
            return 1.0
        try:
            weight = float(raw.replace(",", "."))
        except ValueError:
            weight = math.nan
        if math.isnan(weight) or not 0 < weight <= MAX_WEIGHT:
            assert self.weight is not None
            raise self.sheet.problem(BAD_WEIGHT, number, self.weight, value=raw)
        return weight

    def _mechanisms(self, number: int, row: Sequence[str]) -> tuple[Mechanism, ...]:
        known: Mapping[str, Mechanism] = {
            **{search_key(m.value): m for m in Mechanism},
            **{search_key(name): m for m, name in MECHANISM_NAMES.items()},
        }
        found: list[Mechanism] = []
        for part in re.split(r"[,;\n]", cell(row, self.mechanisms)):
            if not part.strip():
                continue
            mechanism = known.get(search_key(part.strip()))
            if mechanism is None:
                assert self.mechanisms is not None
                raise self.sheet.problem(BAD_MECHANISM, number, self.mechanisms, value=part.strip(),
                                         known=", ".join(m.value for m in Mechanism))  # fmt: skip
            if mechanism not in found:
                found.append(mechanism)
        return tuple(found)
