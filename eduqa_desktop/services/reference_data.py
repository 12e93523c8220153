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
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from eduqa_desktop.domain.checklist_spec import (
    LANGUAGES,
    ChecklistSpec,
    CriterionSpec,
    LevelSpec,
    SectionSpec,
    Text,
    parse_checklist,
    read_int,
    read_list,
    read_mechanisms,
    read_text,
)
from eduqa_desktop.domain.names import search_key
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

SHIPPED_CHECKLIST_ORDER: tuple[str, ...] = ("lesson_analysis", "competence_lesson", "walkthrough")
FIRST_GRADE = 1
LAST_GRADE = 11


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
    for i, item in enumerate(read_list(_read_json(path), path.name)):
        where = f"{path.name}[{i}]"
        if not isinstance(item, Mapping):
            raise ValueError(f"{where}: expected an object")
        grades = item.get("grades")
        if not isinstance(grades, list) or len(grades) != 2:
            raise ValueError(f"{where}.grades: expected [first, last]")
        first, last = (read_int(g, f"{where}.grades") for g in grades)
        if not FIRST_GRADE <= first <= last <= LAST_GRADE:
            raise ValueError(f"{where}.grades: expected {FIRST_GRADE} <= first <= last <= 11")
        result.append(
            SubjectSpec(code=_code(item, where), name=read_text(item, where), grades=(first, last))
        )
    _unique_codes((s.code for s in result), path.name)
    return result


def load_activity_types() -> list[ActivityTypeSpec]:
    """The shipped catalogue of teacher activities, in the order of the file."""
    path = REFERENCE_DIR / "activity_types.json"
    units = {u.value for u in ActivityUnit}
    result: list[ActivityTypeSpec] = []
    for i, item in enumerate(read_list(_read_json(path), path.name)):
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
                name=read_text(item, where),
                unit=ActivityUnit(unit),
                counts_as_pd=counts_as_pd,
                mechanisms=read_mechanisms(item.get("mechanisms"), f"{where}.mechanisms"),
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
