"""The reference data every new database starts with, and the code that installs it.

Shipped files (texts in Uzbek Latin, Russian and English):

* ``resources/reference/subjects.json`` — the subjects of a general secondary school;
* ``resources/reference/activity_types.json`` — the catalogue of teacher activities;
* ``resources/checklists/*.json`` — the shipped lesson-observation checklists.

:func:`parse_checklist` is the one validator of the checklist format; the checklist editor and
the import of a checklist file use it too. :func:`install_reference_data` is idempotent: it
adds only what is missing, so it is safe to run on every new school and on old databases.
"""

from __future__ import annotations

import json
import math
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from eduqa_desktop.domain.names import search_key
from eduqa_desktop.domain.snapshots import ProtocolKind, SnapshotProtocol
from eduqa_desktop.domain.vocabulary import ActivityUnit, Mechanism
from eduqa_desktop.paths import CHECKLISTS_DIR, REFERENCE_DIR
from eduqa_desktop.storage.models import (
    ActivityType,
    ActivityTypeMechanism,
    ChecklistCriterion,
    ChecklistSection,
    ChecklistTemplate,
    CriterionMechanism,
    ScaleLevel,
    Subject,
)

__all__ = [
    "LANGUAGES",
    "SHIPPED_CHECKLIST_ORDER",
    "ActivityTypeSpec",
    "ChecklistSpec",
    "CriterionSpec",
    "LevelSpec",
    "SectionSpec",
    "SubjectSpec",
    "add_checklist",
    "install_reference_data",
    "load_activity_types",
    "load_shipped_checklists",
    "load_subjects",
    "parse_checklist",
    "subject_grades",
]

LANGUAGES: tuple[str, ...] = ("uz", "ru", "en")
SHIPPED_CHECKLIST_ORDER: tuple[str, ...] = ("lesson_analysis", "competence_lesson", "walkthrough")

# The database allows scale values 0..10 and weights in (0, 100].
SCALE_LOWEST = 0
SCALE_HIGHEST = 10
MAX_WEIGHT = 100.0
FIRST_GRADE = 1
LAST_GRADE = 11

Text = dict[str, str]


# --- specifications --------------------------------------------------------------------------


@dataclass(frozen=True)
class SubjectSpec:
    code: str
    name: Text  # {"uz": …, "ru": …, "en": …}
    grades: tuple[int, int]  # first and last grade it is taught in


@dataclass(frozen=True)
class ActivityTypeSpec:
    code: str
    name: Text
    unit: ActivityUnit
    counts_as_pd: bool
    mechanisms: tuple[Mechanism, ...]


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


def _text(value: Any, where: str, *, require_all: bool = True) -> Text:
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


def _list(value: Any, where: str) -> list[Any]:
    if not isinstance(value, list) or not value:
        raise ValueError(f"{where}: expected a non-empty list")
    return value


def _int(value: Any, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{where}: expected a whole number, got {value!r}")
    return value


def _mechanisms(value: Any, where: str) -> tuple[Mechanism, ...]:
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
    items = _list(value, "scale")
    if len(items) < 2:
        raise ValueError("scale: at least two levels are needed")
    levels: list[LevelSpec] = []
    for i, item in enumerate(items):
        where = f"scale[{i}]"
        if not isinstance(item, Mapping):
            raise ValueError(f"{where}: expected an object")
        level_value = _int(item.get("value"), f"{where}.value")
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
        label = _text(item.get("label"), f"{where}.label", require_all=require_all)
        description = item.get("description")
        levels.append(
            LevelSpec(
                value=level_value,
                label=label,
                description=(
                    _text(description, f"{where}.description", require_all=require_all)
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
            levels[str(int(key))] = _text(text, f"{where}.levels.{key}", require_all=require_all)
        levels = dict(sorted(levels.items(), key=lambda kv: int(kv[0]))) or None
    step_data = item.get("next_step")
    next_step = None
    if step_data is not None:
        next_step = _text(step_data, f"{where}.next_step", require_all=False)
        next_step = next_step if any(v.strip() for v in next_step.values()) else None
    return CriterionSpec(
        text=_text(item.get("text"), f"{where}.text", require_all=require_all),
        weight=_weight(item.get("weight"), f"{where}.weight"),
        mechanisms=_mechanisms(item.get("mechanisms"), f"{where}.mechanisms"),
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
        return SnapshotProtocol(ProtocolKind.EVEN, _int(value.get("count", 10), "snapshots.count"))
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
    name = _text(data.get("name"), "name", require_all=require_all)
    description_data = data.get("description")
    description = (
        _text(description_data, "description", require_all=require_all)
        if description_data is not None
        else dict.fromkeys(LANGUAGES, "")
    )
    scale = _scale(data.get("scale"), require_all)
    scale_values = {level.value for level in scale}
    sections: list[SectionSpec] = []
    for i, section in enumerate(_list(data.get("sections"), "sections")):
        where = f"sections[{i}]"
        if not isinstance(section, Mapping):
            raise ValueError(f"{where}: expected an object")
        title = _text(section.get("title"), f"{where}.title", require_all=require_all)
        criteria = tuple(
            _criterion(item, f"{where}.criteria[{j}]", scale_values, require_all)
            for j, item in enumerate(_list(section.get("criteria"), f"{where}.criteria"))
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


def _read_json(path: Path) -> Any:
    with path.open(encoding="utf-8") as file:
        return json.load(file)


def _unique_codes(codes: Iterable[str], what: str) -> None:
    seen: set[str] = set()
    for code in codes:
        if code in seen:
            raise ValueError(f"{what}: the code {code!r} appears twice")
        seen.add(code)


def _code(item: Mapping[str, Any], where: str) -> str:
    code = item.get("code")
    if not isinstance(code, str) or not code.strip():
        raise ValueError(f"{where}.code: expected a non-empty string")
    return code.strip()


# --- loading the shipped files ---------------------------------------------------------------


def load_subjects() -> list[SubjectSpec]:
    """The shipped subjects, in the order of the file."""
    path = REFERENCE_DIR / "subjects.json"
    result: list[SubjectSpec] = []
    for i, item in enumerate(_list(_read_json(path), path.name)):
        where = f"{path.name}[{i}]"
        if not isinstance(item, Mapping):
            raise ValueError(f"{where}: expected an object")
        grades = item.get("grades")
        if not isinstance(grades, list) or len(grades) != 2:
            raise ValueError(f"{where}.grades: expected [first, last]")
        first, last = (_int(g, f"{where}.grades") for g in grades)
        if not FIRST_GRADE <= first <= last <= LAST_GRADE:
            raise ValueError(f"{where}.grades: expected {FIRST_GRADE} <= first <= last <= 11")
        result.append(
            SubjectSpec(code=_code(item, where), name=_text(item, where), grades=(first, last))
        )
    _unique_codes((s.code for s in result), path.name)
    return result


def load_activity_types() -> list[ActivityTypeSpec]:
    """The shipped catalogue of teacher activities, in the order of the file."""
    path = REFERENCE_DIR / "activity_types.json"
    units = {u.value for u in ActivityUnit}
    result: list[ActivityTypeSpec] = []
    for i, item in enumerate(_list(_read_json(path), path.name)):
        where = f"{path.name}[{i}]"
        if not isinstance(item, Mapping):
            raise ValueError(f"{where}: expected an object")
        unit = item.get("unit")
        if unit not in units:
            raise ValueError(f"{where}.unit: expected one of {', '.join(sorted(units))}")
        counts_as_pd = item.get("counts_as_pd", False)
        if not isinstance(counts_as_pd, bool):
            raise ValueError(f"{where}.counts_as_pd: expected true or false")
        result.append(
            ActivityTypeSpec(
                code=_code(item, where),
                name=_text(item, where),
                unit=ActivityUnit(unit),
                counts_as_pd=counts_as_pd,
                mechanisms=_mechanisms(item.get("mechanisms"), f"{where}.mechanisms"),
            )
        )
    _unique_codes((a.code for a in result), path.name)
    return result


def _checklist_order(spec: ChecklistSpec) -> tuple[int, str]:
    if spec.code in SHIPPED_CHECKLIST_ORDER:
        return SHIPPED_CHECKLIST_ORDER.index(spec.code), ""
    return len(SHIPPED_CHECKLIST_ORDER), spec.code


def load_shipped_checklists() -> list[ChecklistSpec]:
    """Every checklist in resources/checklists: lesson_analysis, competence_lesson, walkthrough."""
    specs: list[ChecklistSpec] = []
    for path in sorted(CHECKLISTS_DIR.glob("*.json")):
        try:
            spec = parse_checklist(_read_json(path))
        except ValueError as error:
            raise ValueError(f"{path.name}: {error}") from error
        if not spec.code:
            raise ValueError(f"{path.name}: a shipped checklist needs a code")
        specs.append(spec)
    _unique_codes((s.code for s in specs), "checklists")
    return sorted(specs, key=_checklist_order)


def subject_grades() -> dict[str, tuple[int, int]]:
    """Subject code → (first grade, last grade) it is taught in."""
    return {subject.code: subject.grades for subject in load_subjects()}


# --- writing to the database -----------------------------------------------------------------


def add_checklist(
    session: Session,
    spec: ChecklistSpec,
    *,
    shipped: bool = False,
    family: uuid.UUID | None = None,
    version: int = 1,
) -> ChecklistTemplate:
    """Create a checklist template with its scale, sections, criteria and mechanism tags.

    `family` and `version` make it a new version of an existing checklist. The template's
    single `description` column receives the Uzbek description (like `Subject.name`).
    """
    template = ChecklistTemplate(
        family=family or uuid.uuid4(),
        version=version,
        code=spec.code,
        name_uz=spec.name["uz"],
        name_ru=spec.name["ru"],
        name_en=spec.name["en"],
        description_uz=spec.description["uz"],
        description_ru=spec.description["ru"],
        description_en=spec.description["en"],
        scale_min=spec.scale_min,
        scale_max=spec.scale_max,
        shipped=shipped,
        snapshot_kind=str(spec.snapshots.kind) if spec.snapshots else "",
        snapshot_count=spec.snapshots.count if spec.snapshots else 0,
    )
    template.levels = [
        ScaleLevel(
            value=level.value,
            label_uz=level.label["uz"],
            label_ru=level.label["ru"],
            label_en=level.label["en"],
            description_uz=level.description["uz"],
            description_ru=level.description["ru"],
            description_en=level.description["en"],
        )
        for level in spec.scale
    ]
    tagged: list[tuple[ChecklistCriterion, tuple[Mechanism, ...]]] = []
    for section_position, section_spec in enumerate(spec.sections):
        section = ChecklistSection(
            position=section_position,
            title_uz=section_spec.title["uz"],
            title_ru=section_spec.title["ru"],
            title_en=section_spec.title["en"],
        )
        for position, criterion_spec in enumerate(section_spec.criteria):
            criterion = ChecklistCriterion(
                position=position,
                text_uz=criterion_spec.text["uz"],
                text_ru=criterion_spec.text["ru"],
                text_en=criterion_spec.text["en"],
                weight=criterion_spec.weight,
                level_descriptions=(
                    {key: dict(text) for key, text in criterion_spec.levels.items()}
                    if criterion_spec.levels
                    else None
                ),
                next_step=dict(criterion_spec.next_step) if criterion_spec.next_step else None,
            )
            section.criteria.append(criterion)
            tagged.append((criterion, criterion_spec.mechanisms))
        template.sections.append(section)
    session.add(template)
    session.flush()  # the criteria need their ids for the mechanism tags
    session.add_all(
        CriterionMechanism(criterion_id=criterion.id, mechanism=mechanism)
        for criterion, mechanisms in tagged
        for mechanism in mechanisms
    )
    session.flush()
    return template


def _install_subjects(session: Session) -> None:
    existing = {s.name_key: s for s in session.scalars(select(Subject))}
    for spec in load_subjects():
        key = search_key(spec.name["uz"])
        subject = existing.get(key)
        if subject is None:
            subject = Subject(name=spec.name["uz"], name_key=key)
            session.add(subject)
            existing[key] = subject
        # A subject typed by the user keeps its name; only empty translations are filled.
        subject.name_uz = subject.name_uz or spec.name["uz"]
        subject.name_ru = subject.name_ru or spec.name["ru"]
        subject.name_en = subject.name_en or spec.name["en"]


def _install_activity_types(session: Session) -> None:
    existing = set(session.scalars(select(ActivityType.code)))
    for position, spec in enumerate(load_activity_types()):
        if spec.code in existing:
            continue  # the user may have renamed or archived it: leave it alone
        activity_type = ActivityType(
            code=spec.code,
            name_uz=spec.name["uz"],
            name_ru=spec.name["ru"],
            name_en=spec.name["en"],
            unit=spec.unit,
            counts_as_pd=spec.counts_as_pd,
            shipped=True,
            position=position,
        )
        session.add(activity_type)
        session.flush()
        session.add_all(
            ActivityTypeMechanism(activity_type_id=activity_type.id, mechanism=mechanism)
            for mechanism in spec.mechanisms
        )


def _install_checklists(session: Session) -> None:
    installed = set(
        session.scalars(select(ChecklistTemplate.code).where(ChecklistTemplate.shipped))
    )
    for position, spec in enumerate(load_shipped_checklists()):
        if spec.code in installed:
            continue
        template = add_checklist(session, spec, shipped=True)
        template.position = position


def install_reference_data(session: Session) -> None:
    """Add the shipped subjects, activity types and checklists that are not there yet.

    Idempotent: a second run adds nothing. Subjects are matched by their search key (so a
    subject the user already typed as "O'zbekiston tarixi" is not doubled), activity types
    by code, checklists by code among the shipped templates.
    """
    _install_subjects(session)
    _install_activity_types(session)
    _install_checklists(session)
    from eduqa_desktop.services.questionnaires import install_questionnaires

    install_questionnaires(session)
    session.flush()
