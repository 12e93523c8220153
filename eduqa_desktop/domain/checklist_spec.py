"""A checklist's specification (scale, sections, criteria in three languages) and the one
validator of its JSON format, :func:`parse_checklist`; :func:`spec_to_data` writes it back.

Plain data below every layer: the shipped files, the checklist editor, the checklist workbook
and the XLSForm reader all produce and check the same :class:`ChecklistSpec`.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from eduqa_desktop.domain.snapshots import ProtocolKind, SnapshotProtocol
from eduqa_desktop.domain.vocabulary import Mechanism

LANGUAGES: tuple[str, ...] = ("uz", "ru", "en")

# The database allows scale values 0..10 and weights in (0, 100].
SCALE_LOWEST = 0
SCALE_HIGHEST = 10
MAX_WEIGHT = 100.0

Text = dict[str, str]


# --- specifications --------------------------------------------------------------------------


@dataclass(frozen=True)
class LevelSpec:
    value: int
    label: Text
    description: Text


@dataclass(frozen=True)
class CriterionSpec:
    text: Text
    weight: float = 1.0
    mechanisms: tuple[Mechanism, ...] = ()
    # What each level looks like for this criterion, keyed by the scale value as text ("0").
    levels: dict[str, Text] | None = None
    # A concrete next step to suggest when the criterion scores low (shown in the observation
    # form and the teacher profile).
    next_step: Text | None = None


@dataclass(frozen=True)
class SectionSpec:
    title: Text
    criteria: tuple[CriterionSpec, ...]


@dataclass(frozen=True)
class ChecklistSpec:
    code: str
    name: Text
    description: Text
    scale: tuple[LevelSpec, ...]
    sections: tuple[SectionSpec, ...]
    snapshots: SnapshotProtocol | None = None  # time-on-task snapshots taken with it

    @property
    def scale_min(self) -> int:
        return self.scale[0].value

    @property
    def scale_max(self) -> int:
        return self.scale[-1].value

    @property
    def criteria(self) -> tuple[CriterionSpec, ...]:
        return tuple(c for section in self.sections for c in section.criteria)


# --- parsing ---------------------------------------------------------------------------------


def read_text(value: Any, where: str, *, require_all: bool = True) -> Text:
    """A {"uz", "ru", "en"} text; every language non-empty unless `require_all` is False."""
    if not isinstance(value, Mapping):
        raise ValueError(f"{where}: expected an object with 'uz', 'ru' and 'en' texts")
    text: Text = {}
    for language in LANGUAGES:
        item = value.get(language, "")
        if not isinstance(item, str):
            raise ValueError(f"{where}: the '{language}' text must be a string")
        item = item.strip()
        if not item and require_all:
            raise ValueError(f"{where}: the '{language}' text is missing")
        text[language] = item
    if not any(text.values()):
        raise ValueError(f"{where}: the text is missing in every language")
    return text


def read_list(value: Any, where: str) -> list[Any]:
    if not isinstance(value, list) or not value:
        raise ValueError(f"{where}: expected a non-empty list")
    return value


def read_int(value: Any, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{where}: expected a whole number, got {value!r}")
    return value


def read_mechanisms(value: Any, where: str) -> tuple[Mechanism, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise ValueError(f"{where}: expected a list of mechanisms")
    known = {m.value for m in Mechanism}
    result: list[Mechanism] = []
    for item in value:
        if item not in known:
            raise ValueError(
                f"{where}: unknown mechanism {item!r} (known: {', '.join(sorted(known))})"
            )
        mechanism = Mechanism(item)
        if mechanism not in result:
            result.append(mechanism)
    return tuple(result)


def _scale(value: Any, require_all: bool) -> tuple[LevelSpec, ...]:
    items = read_list(value, "scale")
    if len(items) < 2:
        raise ValueError("scale: at least two levels are needed")
    levels: list[LevelSpec] = []
    for i, item in enumerate(items):
        where = f"scale[{i}]"
        if not isinstance(item, Mapping):
            raise ValueError(f"{where}: expected an object")
        level_value = read_int(item.get("value"), f"{where}.value")
        if not SCALE_LOWEST <= level_value <= SCALE_HIGHEST:
            raise ValueError(
                f"{where}.value: scale values must lie between {SCALE_LOWEST} and "
                f"{SCALE_HIGHEST}, got {level_value}"
            )
        if levels and level_value <= levels[-1].value:
            raise ValueError(
                f"{where}.value: scale values must be strictly increasing, "
                f"got {level_value} after {levels[-1].value}"
            )
        label = read_text(item.get("label"), f"{where}.label", require_all=require_all)
        description = item.get("description")
        levels.append(
            LevelSpec(
                value=level_value,
                label=label,
                description=(
                    read_text(description, f"{where}.description", require_all=require_all)
                    if description is not None or require_all
                    else dict.fromkeys(LANGUAGES, "")
                ),
            )
        )
    return tuple(levels)


def _weight(value: Any, where: str) -> float:
    if value is None:
        return 1.0
    if isinstance(value, bool) or not isinstance(value, int | float) or math.isnan(value):
        raise ValueError(f"{where}: the weight must be a number, got {value!r}")
    if value <= 0:
        raise ValueError(f"{where}: the weight must be greater than 0, got {value}")
    if value > MAX_WEIGHT:
        raise ValueError(f"{where}: the weight must not exceed {MAX_WEIGHT:g}, got {value}")
    return float(value)


def _criterion(item: Any, where: str, scale_values: set[int], require_all: bool) -> CriterionSpec:
    if not isinstance(item, Mapping):
        raise ValueError(f"{where}: expected an object")
    levels_data = item.get("levels")
    levels: dict[str, Text] | None = None
    if levels_data is not None:
        if not isinstance(levels_data, Mapping):
            raise ValueError(f"{where}.levels: expected an object keyed by scale value")
        levels = {}
        for key, text in levels_data.items():
            if not str(key).lstrip("-").isdigit() or int(key) not in scale_values:
                raise ValueError(f"{where}.levels: {key!r} is not a value of the scale")
            levels[str(int(key))] = read_text(
                text, f"{where}.levels.{key}", require_all=require_all
            )
        levels = dict(sorted(levels.items(), key=lambda kv: int(kv[0]))) or None
    step_data = item.get("next_step")
    next_step = None
    if step_data is not None:
        next_step = read_text(step_data, f"{where}.next_step", require_all=False)
        next_step = next_step if any(v.strip() for v in next_step.values()) else None
    return CriterionSpec(
        text=read_text(item.get("text"), f"{where}.text", require_all=require_all),
        weight=_weight(item.get("weight"), f"{where}.weight"),
        mechanisms=read_mechanisms(item.get("mechanisms"), f"{where}.mechanisms"),
        levels=levels,
        next_step=next_step,
    )


def _snapshots(value: Any) -> SnapshotProtocol | None:
    """`{"kind": "even", "count": 10}` or `{"kind": "segments"}`; absent or null: none."""
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise ValueError("snapshots: expected an object with 'kind' (and 'count')")
    kinds = {k.value for k in ProtocolKind}
    kind = value.get("kind")
    if kind not in kinds:
        raise ValueError(f"snapshots.kind: expected one of {', '.join(sorted(kinds))}")
    if kind == ProtocolKind.SEGMENTS:
        return SnapshotProtocol(ProtocolKind.SEGMENTS, 3)
    try:
        return SnapshotProtocol(
            ProtocolKind.EVEN, read_int(value.get("count", 10), "snapshots.count")
        )
    except ValueError as error:
        raise ValueError(f"snapshots.count: {error}") from error


def parse_checklist(data: dict[str, Any], *, require_all_languages: bool = True) -> ChecklistSpec:
    """Validate a checklist in the shipped JSON format and return its specification.

    Raises ValueError whose message names the place ("sections[2].criteria[0].weight: …")
    and the problem. With `require_all_languages=False` a text needs only one language
    (a checklist typed by a school in one language); the others are left empty.
    """
    if not isinstance(data, Mapping):
        raise ValueError("checklist: expected a JSON object")
    code = data.get("code", "")
    if not isinstance(code, str):
        raise ValueError("code: expected a string")
    require_all = require_all_languages
    name = read_text(data.get("name"), "name", require_all=require_all)
    description_data = data.get("description")
    description = (
        read_text(description_data, "description", require_all=require_all)
        if description_data is not None
        else dict.fromkeys(LANGUAGES, "")
    )
    scale = _scale(data.get("scale"), require_all)
    scale_values = {level.value for level in scale}
    sections: list[SectionSpec] = []
    for i, section in enumerate(read_list(data.get("sections"), "sections")):
        where = f"sections[{i}]"
        if not isinstance(section, Mapping):
            raise ValueError(f"{where}: expected an object")
        title = read_text(section.get("title"), f"{where}.title", require_all=require_all)
        criteria = tuple(
            _criterion(item, f"{where}.criteria[{j}]", scale_values, require_all)
            for j, item in enumerate(read_list(section.get("criteria"), f"{where}.criteria"))
        )
        sections.append(SectionSpec(title=title, criteria=criteria))
    return ChecklistSpec(
        code=code.strip(),
        name=name,
        description=description,
        scale=scale,
        sections=tuple(sections),
        snapshots=_snapshots(data.get("snapshots")),
    )


# --- writing back ----------------------------------------------------------------------------


def _optional(key: str, text: Mapping[str, str]) -> dict[str, Any]:
    """`{key: text}` when the text has any language, else nothing (an empty text is left out)."""
    return {key: dict(text)} if any(value.strip() for value in text.values()) else {}


def snapshot_data(protocol: SnapshotProtocol) -> dict[str, Any]:
    """The protocol as the checklist JSON writes it (what parse_checklist reads)."""
    if protocol.kind is ProtocolKind.SEGMENTS:
        return {"snapshots": {"kind": str(protocol.kind)}}
    return {"snapshots": {"kind": str(protocol.kind), "count": protocol.count}}


def spec_to_data(spec: ChecklistSpec) -> dict[str, Any]:
    """The specification in the shipped JSON format (what parse_checklist reads)."""

    def criterion(c: CriterionSpec) -> dict[str, Any]:
        levels = {
            k: dict(v) for k, v in (c.levels or {}).items() if any(x.strip() for x in v.values())
        }
        return {
            "text": dict(c.text),
            "weight": c.weight,
            "mechanisms": [str(m) for m in c.mechanisms],
            **({"levels": levels} if levels else {}),
            **_optional("next_step", c.next_step or {}),
        }

    return {
        "code": spec.code,
        "name": dict(spec.name),
        **_optional("description", spec.description),
        **(snapshot_data(spec.snapshots) if spec.snapshots else {}),
        "scale": [
            {"value": lv.value, "label": dict(lv.label), **_optional("description", lv.description)}
            for lv in spec.scale
        ],
        "sections": [
            {"title": dict(s.title), "criteria": [criterion(c) for c in s.criteria]}
            for s in spec.sections
        ],
    }
