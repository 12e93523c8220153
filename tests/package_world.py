"""Two databases that were never one (a school PC and an inspector's laptop) and the moves of
the inspector ↔ school exchange: add teachers and observations, correct, delete a draft,
rename a teacher, edit the checklist, and send an observations package from one to the other.
"""

from __future__ import annotations

import dataclasses
import random
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

from engines import copy_location, name_of, new_location
from hypothesis import strategies as st
from sqlalchemy import func, select

from eduqa_desktop.domain.names import name_key
from eduqa_desktop.domain.observation_scoring import CriterionScore, observation_score
from eduqa_desktop.domain.vocabulary import ObservationStatus, Purpose
from eduqa_desktop.exchange.import_plan import CREATE_TEACHER, ImportKind, ImportPlan, ImportRequest
from eduqa_desktop.services.calendar import ensure_academic_year
from eduqa_desktop.services.checklist_views import template_view, view_to_spec
from eduqa_desktop.services.checklists import save_checklist
from eduqa_desktop.services.imports import apply_import, export_observations
from eduqa_desktop.services.observation_records import input_of
from eduqa_desktop.services.observations import correct_observation, delete_draft
from eduqa_desktop.services.schools import create_school
from eduqa_desktop.storage.database import Database, open_database
from eduqa_desktop.storage.models import (
    ChecklistTemplate,
    Deletion,
    Observation,
    ObservationScore,
    School,
    SchoolClass,
    Subject,
    Teacher,
)

# the same six people in Latin and in Uzbek Cyrillic; no two share a surname or a first name
PEOPLE = (
    ("Sharipova Gulnora Akmalovna", "Шарипова Гулнора Акмаловна"),
    ("Karimov Bobur Alisherovich", "Каримов Бобур Алишерович"),
    ("Toʻxtayev Jamshid Sobirovich", "Тўхтаев Жамшид Собирович"),
    ("Rahimova Dilnoza Ergashevna", "Раҳимова Дилноза Эргашевна"),
    ("Yusupov Otabek Nodirovich", "Юсупов Отабек Нодирович"),
    ("Qodirova Mohira Baxtiyorovna", "Қодирова Моҳира Бахтиёровна"),
)
_TEMPLATES: dict[str, Path | str] = {}


def fresh_database(folder: Path, name: str) -> Database:
    """A new database with one school "Test maktab" and a 7-A class; copied from a file made
    once per computer name, so that two names never share UUIDs or checklist families."""
    if name not in _TEMPLATES:
        origin = new_location(
            Path(folder).parent, f"origin-{name}-{uuid.uuid4().hex[:6]}", keep=True
        )
        db = open_database(origin)
        create_school(db, "Test maktab", year="2025-2026")
        with db.session() as session:
            school = session.scalar(select(School))
            year = ensure_academic_year(session, "2025-2026")
            session.add(SchoolClass(school_id=school.id, academic_year_id=year.id, name="7-A",
                                    grade=7, letter="A", pupils=25))  # fmt: skip
        db.close()
        _TEMPLATES[name] = origin
    return open_database(copy_location(_TEMPLATES[name], Path(folder), name))


def school_id(db: Database) -> int:
    with db.session() as session:
        return session.scalar(select(School.id))


def add_teacher(db: Database, full_name: str, number: str | None = None) -> int:
    with db.session() as session:
        teacher = Teacher(school_id=school_id(db), full_name=full_name,
                          name_key=name_key(full_name), personnel_number=number)  # fmt: skip
        session.add(teacher)
        session.flush()
        return teacher.id


def current_template_id(db: Database) -> int:
    with db.session() as session:
        return session.scalar(
            select(ChecklistTemplate.id)
            .where(ChecklistTemplate.code == "walkthrough", ChecklistTemplate.superseded.is_(False))
            .order_by(ChecklistTemplate.version.desc())
        )


def add_observation(
    db: Database, teacher_id: int, day: int = 14, *, final: bool = True, seed: int = 3
) -> uuid.UUID:
    rng = random.Random(seed)
    with db.session() as session:
        template = session.get(ChecklistTemplate, current_template_id(db))
        obs = Observation(
            school_id=school_id(db), teacher_id=teacher_id, observer="Inspector A",
            observed_on=date(2025, 10, day), lesson_period=2,
            class_id=session.scalar(select(SchoolClass.id)),
            subject_id=session.scalar(select(Subject.id).order_by(Subject.id)),
            topic=f"Topic {seed}", purpose=Purpose.PLANNED_CONTROL, template_id=template.id,
            status=ObservationStatus.FINAL if final else ObservationStatus.DRAFT,
        )  # fmt: skip
        session.add(obs)
        session.flush()
        items = []
        for section in template.sections:
            for criterion in section.criteria:
                value = rng.randint(template.scale_min, template.scale_max)
                obs.scores.append(ObservationScore(criterion_id=criterion.id, score=value))
                items.append(CriterionScore(value, criterion.weight))
        obs.score = observation_score(items, template.scale_min, template.scale_max)
        return obs.uuid


def observation_id(db: Database, obs_uuid: uuid.UUID) -> int | None:
    with db.session() as session:
        return session.scalar(select(Observation.id).where(Observation.uuid == obs_uuid))


def correct(db: Database, obs_uuid: uuid.UUID, strengths: str) -> None:
    with db.session() as session:
        data = input_of(session.get(Observation, observation_id(db, obs_uuid)))
    correct_observation(db, observation_id(db, obs_uuid),
                        dataclasses.replace(data, strengths=strengths), "A typo",
                        today=date(2026, 1, 1))  # fmt: skip


def delete(db: Database, obs_uuid: uuid.UUID) -> None:
    delete_draft(db, observation_id(db, obs_uuid))


def edit_draft(db: Database, obs_uuid: uuid.UUID, topic: str) -> None:
    with db.session() as session:
        session.get(Observation, observation_id(db, obs_uuid)).topic = topic


def finalize(db: Database, obs_uuid: uuid.UUID) -> None:
    with db.session() as session:
        obs = session.get(Observation, observation_id(db, obs_uuid))
        obs.status = ObservationStatus.FINAL
        obs.finalized_at = datetime.now(UTC).replace(tzinfo=None)


def tombstones(db: Database) -> set[uuid.UUID]:
    with db.session() as session:
        return set(session.scalars(select(Deletion.record_uuid)))


def rename(db: Database, teacher_id: int, full_name: str) -> None:
    with db.session() as session:
        teacher = session.get(Teacher, teacher_id)
        teacher.full_name, teacher.name_key = full_name, name_key(full_name)


def edit_checklist(db: Database, words: str) -> int:
    """A new version of the walkthrough checklist whose first criterion says `words`."""
    template_id = current_template_id(db)
    with db.session() as session:
        spec = view_to_spec(template_view(session, template_id))
    first = spec.sections[0]
    criterion = dataclasses.replace(first.criteria[0], text={"uz": words, "ru": words, "en": words})
    section = dataclasses.replace(first, criteria=(criterion, *first.criteria[1:]))
    return save_checklist(
        db, template_id, dataclasses.replace(spec, sections=(section, *spec.sections[1:]))
    )


def send(
    source: Database, target: Database, path: Path, *, answer: bool = True, prefer: str = "ours"
) -> ImportPlan:
    """An observations package from `source` into `target`; the questions it raises answered
    as a user would (the first candidate, or a new teacher) when `answer`; conflicts settled
    as `prefer` says."""
    export_observations(source, school_id(source), path)
    request = ImportRequest(ImportKind.OBSERVATIONS, path, school_id(target), prefer=prefer)
    plan = apply_import(target, request)
    if plan.questions and answer:
        choices: dict[str, int | str] = {
            q.name: q.candidates[0][0] if q.candidates else CREATE_TEACHER for q in plan.questions
        }
        plan = apply_import(target, dataclasses.replace(request, teacher_choices=choices))
    return plan


def observation_uuids(db: Database) -> set[uuid.UUID]:
    with db.session() as session:
        return set(session.scalars(select(Observation.uuid)))


def counts(db: Database) -> tuple[int, int, int, int]:
    with db.session() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(model))
            for model in (Observation, ObservationScore, Teacher, ChecklistTemplate)
        )  # type: ignore[return-value]


# --- random sides for the property tests (hypothesis) ----------------------------------------

NUMBERS = (None, "0001", "0002", "0003")

side = st.fixed_dictionaries({
    "teachers": st.lists(
        st.tuples(st.integers(0, len(PEOPLE) - 1), st.booleans(), st.sampled_from(NUMBERS)),
        min_size=1, max_size=4, unique_by=lambda t: t[0],
    ),
    "observations": st.lists(
        st.tuples(st.integers(0, 3), st.booleans(), st.integers(1, 28)), max_size=4
    ),
    "edit_checklist": st.booleans(),
    "later": st.lists(st.sampled_from(("correct", "delete", "rename", "observe")), max_size=3),
})  # fmt: skip


def build_side(db, plan):  # type: ignore[no-untyped-def]
    if plan["edit_checklist"]:
        edit_checklist(db, f"Edited {id(plan)}")
    used: set[str] = set()
    teachers = []
    for person, cyrillic, number in plan["teachers"]:
        number = None if number in used else number
        used.add(number)
        teachers.append(add_teacher(db, PEOPLE[person][1 if cyrillic else 0], number))
    for seed, (who, final, day) in enumerate(plan["observations"]):
        add_observation(db, teachers[who % len(teachers)], day, final=final, seed=seed)
    return teachers


def later_moves(db, plan, teachers):  # type: ignore[no-untyped-def]
    with db.session() as session:
        mine = list(session.execute(select(Observation.uuid, Observation.status)))
    finals = [u for u, status in mine if status == "final"]
    drafts = [u for u, status in mine if status == "draft"]
    for step, move in enumerate(plan["later"]):
        if move == "correct" and finals:
            correct(db, finals[step % len(finals)], f"Corrected {step} {name_of(db)}")
        elif move == "delete" and drafts:
            delete(db, drafts.pop())
        elif move == "rename":
            rename(db, teachers[0], f"Azimova Nigora {step}")
        elif move == "observe":
            add_observation(db, teachers[-1], 27, final=step % 2 == 0, seed=40 + step)
