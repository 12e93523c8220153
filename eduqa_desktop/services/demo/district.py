"""A believable demo school — or a district of them for benchmarks — generated from a seed.

`generate_demo(db, schools=1, …)` writes, per school: departments, about `teachers_per_school`
teachers (Uzbek names, some in Cyrillic, one or two who left), 11 grades of 2–3 classes for each
academic year, end-of-quarter results for every quarter that ended before `today`, lesson
observations on the shipped checklists, teacher activities and the current year's visit plan.

Same seed and same `today` give the same data, uuids included: every choice comes from a
`random.Random` seeded per school, never from the global generator. Rows go in with Core bulk
inserts, so a district of 50 schools is built in seconds. The whole run is one transaction.
"""

from __future__ import annotations

import random
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from eduqa_desktop.domain.names import name_key, search_key
from eduqa_desktop.domain.observation_scoring import CriterionScore, observation_score
from eduqa_desktop.domain.school_calendar import quarter_dates, year_name_for, year_start
from eduqa_desktop.domain.vocabulary import (
    ActivityUnit,
    Category,
    ObservationStatus,
    Purpose,
    TermKind,
)
from eduqa_desktop.services import audit
from eduqa_desktop.services.calendar import ensure_academic_year
from eduqa_desktop.services.demo import names, texts
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.reference_data import install_reference_data, load_subjects
from eduqa_desktop.storage.database import Database
from eduqa_desktop.storage.models import (
    Activity,
    ActivityType,
    ChecklistCriterion,
    ChecklistSection,
    ChecklistTemplate,
    Department,
    Observation,
    ObservationScore,
    ResultRow,
    School,
    SchoolClass,
    Subject,
    Teacher,
    Term,
    VisitPlanEntry,
    teacher_subjects,
)
from eduqa_desktop.storage.types import utc_now
from eduqa_desktop.text import QT_TRANSLATE_NOOP

__all__ = ["DEMO_SCHOOL_NAME", "DemoSummary", "generate_demo"]

DEMO_SCHOOL_NAME = "Namuna 47-maktab"
SCHOOLS_PER_DISTRICT = 10
OBSERVATIONS_PER_40_TEACHERS_PER_YEAR = 75
CLASS_LETTERS = ("A", "B", "V")

# Who teaches what: grades 1–4 have a class teacher for these subjects; the rest go to the
# specialist of the subject (whose department is the methodological association).
CLASS_TEACHER_SUBJECTS = frozenset(
    {"native_language", "mathematics", "natural_science", "upbringing", "technology", "fine_art"}
)
SPECIALTY_OF: dict[str, str] = {
    "native_language": "mother_tongue", "literature": "mother_tongue",
    "russian": "russian", "english": "english",
    "mathematics": "mathematics", "algebra": "mathematics", "geometry": "mathematics",
    "physics": "physics", "informatics": "informatics",
    "chemistry": "chemistry", "biology": "biology",
    "geography": "geography", "economics": "geography",
    "history_uzbekistan": "history", "world_history": "history", "law": "history",
    "upbringing": "history",
    "physical_education": "pe", "pre_conscription": "pe",
    "music": "arts", "fine_art": "arts", "technical_drawing": "arts", "technology": "technology",
}  # fmt: skip
DEPARTMENT_OF: dict[str, str] = {
    "primary": "primary", "mother_tongue": "mother_tongue", "russian": "languages",
    "english": "languages", "mathematics": "exact", "physics": "exact", "informatics": "exact",
    "chemistry": "natural", "biology": "natural", "geography": "natural", "history": "social",
    "pe": "pe_arts", "arts": "pe_arts", "technology": "pe_arts",
}  # fmt: skip
# Lessons a week per class (for sharing teachers out); 2 when not listed.
WEEKLY_HOURS: dict[str, int] = {
    "native_language": 4, "mathematics": 5, "algebra": 3, "english": 3, "literature": 2,
    "informatics": 1, "upbringing": 1, "technology": 1, "music": 1, "fine_art": 1,
    "technical_drawing": 1, "law": 1, "economics": 1,
}  # fmt: skip
# How much easier (+) or harder (−) good marks are in a subject than on average.
SUBJECT_EASE: dict[str, float] = {
    "physical_education": 0.24, "music": 0.22, "fine_art": 0.2, "technology": 0.18,
    "upbringing": 0.18, "pre_conscription": 0.15, "technical_drawing": 0.08,
    "algebra": -0.08, "geometry": -0.1, "physics": -0.08, "chemistry": -0.1,
    "russian": -0.05, "english": -0.06,
}  # fmt: skip
HOLIDAYS = ((10, 1), (12, 8), (3, 8), (5, 9))  # Teachers' Day, Constitution Day, 8 March, 9 May
SCHOOL_MONTHS = (9, 10, 11, 12, 1, 2, 3, 4, 5)
OLYMPIAD_LEVELS = (("school", 40), ("district", 35), ("region", 20), ("national", 5))


@dataclass(frozen=True)
class DemoSummary:
    schools: int
    teachers: int
    classes: int
    result_rows: int
    observations: int
    activities: int
    planned_visits: int


# --- what the generator works with ----------------------------------------------------------


@dataclass
class _Year:
    id: int
    name: str
    terms: list[tuple[int, int, date, date]]  # (term id, number, start, end)
    days: list[date]  # school days up to today
    current: bool
    all_days: list[date]  # every school day of the year


@dataclass
class _Template:
    id: int
    code: str
    scale_min: int
    scale_max: int
    criteria: list[tuple[int, float, str, float]]  # (id, weight, section, difficulty)


@dataclass
class _Reference:
    today: date
    now: datetime
    years: list[_Year]
    subjects: dict[str, int]  # code → id, in the order of the shipped list
    grades: dict[str, tuple[int, int]]
    templates: dict[str, _Template]
    activity_types: dict[str, tuple[int, ActivityUnit]]


@dataclass(eq=False)
class _Class:
    year: str
    grade: int
    letter: str
    pupils: int
    ability: float
    id: int = 0

    @property
    def name(self) -> str:
        return f"{self.grade}-{self.letter}"


@dataclass(eq=False)
class _Teacher:
    full_name: str
    female: bool
    specialties: list[str]
    years: set[str]
    skill: float
    experience: int
    hired_on: date
    left_on: date | None = None
    teaching: dict[str, list[tuple[_Class, str]]] = field(default_factory=dict)
    id: int = 0


@dataclass
class _Planned:
    teacher: _Teacher
    day: date
    purpose: Purpose
    observer: str
    final: bool | None = None  # None: decided by age
    follow_of: int | None = None  # index into the base observations
    lesson: tuple[_Class | None, str | None] | None = None  # class and subject code


@dataclass
class _Counts:
    teachers: int = 0
    classes: int = 0
    result_rows: int = 0
    observations: int = 0
    activities: int = 0
    planned_visits: int = 0


# --- the entry point ------------------------------------------------------------------------


def generate_demo(
    db: Database,
    *,
    schools: int = 1,
    teachers_per_school: int = 40,
    years: int = 2,
    seed: int = 2025,
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> DemoSummary:
    """Write `schools` demo schools with `years` academic years ending with the one of `today`.

    Refuses (UserError) when the file already holds a school of one of the demo names. The
    first school is always `DEMO_SCHOOL_NAME`. `progress(done, total)` is called after each
    school; an exception raised from it rolls everything back.
    """
    if schools < 1 or teachers_per_school < 1 or years < 1:
        raise ValueError("schools, teachers_per_school and years must be at least 1")
    today = today or date.today()
    plans = _school_names(schools)
    counts = _Counts()
    with db.session() as session:
        taken = session.scalar(select(School.name).where(School.name.in_([p[0] for p in plans])))
        if taken is not None:
            raise UserError(
                QT_TRANSLATE_NOOP("Messages", "A school named “{name}” is already in this file."),
                name=taken,
            )
        install_reference_data(session)
        reference = _load_reference(session, today, years, seed)
        for index, (name, district, region) in enumerate(plans):
            rng = random.Random(f"eduqa-demo:{seed}:{index}")
            district_rng = random.Random(f"eduqa-demo:{seed}:{district}")
            methodologists = [names.person(district_rng)[0] for _ in range(2)]
            school = _SchoolBuilder(session, reference, rng, counts, methodologists)
            school.build(name, district, region, teachers_per_school)
            if progress is not None:
                progress(index + 1, schools)
        audit.record(
            session,
            "generate",
            "demo",
            after={"schools": schools, "teachers_per_school": teachers_per_school,
                   "years": years, "seed": seed, "today": today.isoformat()},
        )  # fmt: skip
    return DemoSummary(
        schools=schools,
        teachers=counts.teachers,
        classes=counts.classes,
        result_rows=counts.result_rows,
        observations=counts.observations,
        activities=counts.activities,
        planned_visits=counts.planned_visits,
    )


def _school_names(schools: int) -> list[tuple[str, str, str]]:
    """(name, district, region) of each school: the first is DEMO_SCHOOL_NAME."""
    numbers = [n for n in range(1, schools + 1) if n != 47][: schools - 1]
    result = []
    for index, number in enumerate([47, *numbers]):
        district, region = texts.DISTRICTS[(index // SCHOOLS_PER_DISTRICT) % len(texts.DISTRICTS)]
        result.append((f"Namuna {number}-maktab", district, region))
    return result


def _load_reference(session: Session, today: date, years: int, seed: int) -> _Reference:
    current = year_start(year_name_for(today))
    year_names = [f"{y}-{y + 1}" for y in range(current - years + 1, current + 1)]
    year_rows = [ensure_academic_year(session, name) for name in year_names]
    built: list[_Year] = []
    for year in year_rows:
        terms = session.execute(
            select(Term.id, Term.number, Term.start_date, Term.end_date)
            .where(Term.academic_year_id == year.id, Term.number.between(1, 4))
            .where(Term.kind == TermKind.QUARTER)
            .order_by(Term.number)
        ).all()
        days = [
            quarter.start + timedelta(days=offset)
            for quarter in quarter_dates(year.name)
            for offset in range((quarter.end - quarter.start).days + 1)
        ]
        days = [d for d in days if d.weekday() < 6 and (d.month, d.day) not in HOLIDAYS]
        past = [d for d in days if d <= today]
        current_year = year.name == year_names[-1]
        built.append(_Year(year.id, year.name, [tuple(t) for t in terms], past, current_year, days))

    by_key = dict(session.execute(select(Subject.name_key, Subject.id)).all())
    specs = load_subjects()
    subjects = {
        spec.code: by_key[search_key(spec.name["uz"])]
        for spec in specs
        if search_key(spec.name["uz"]) in by_key
    }
    grades = {spec.code: spec.grades for spec in specs}

    templates: dict[str, _Template] = {}
    difficulty_rng = random.Random(f"eduqa-demo:{seed}:criteria")
    template_rows = session.execute(
        select(ChecklistTemplate)
        .where(ChecklistTemplate.shipped, ~ChecklistTemplate.superseded)
        .order_by(ChecklistTemplate.code, ChecklistTemplate.version)
    ).scalars()
    for template in template_rows:
        criteria = session.execute(
            select(ChecklistCriterion.id, ChecklistCriterion.weight, ChecklistSection.position)
            .join(ChecklistSection)
            .where(ChecklistSection.template_id == template.id)
            .order_by(ChecklistSection.position, ChecklistCriterion.position)
        ).all()
        templates[template.code] = _Template(
            template.id,
            template.code,
            template.scale_min,
            template.scale_max,
            [(cid, w, str(s), difficulty_rng.gauss(0, 0.08)) for cid, w, s in criteria],
        )
    activity_types = {
        code: (type_id, unit)
        for code, type_id, unit in session.execute(
            select(ActivityType.code, ActivityType.id, ActivityType.unit)
        )
    }
    return _Reference(today, utc_now(), built, subjects, grades, templates, activity_types)


# --- small helpers --------------------------------------------------------------------------


def _uuid(rng: random.Random) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def _clamp(value: float, low: float, high: float) -> float:
    return min(max(value, low), high)


def _weighted(rng: random.Random, pairs: Iterable[tuple[Any, float]]) -> Any:
    items = list(pairs)
    return rng.choices([item for item, _ in items], [weight for _, weight in items])[0]


def _sentences(rng: random.Random, choices: tuple[str, ...]) -> str:
    return " ".join(rng.sample(choices, rng.randint(1, 2)))


def _month_end(year: int, month: int) -> date:
    return date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)


def _split(groups: list[list[Any]], parts: int) -> list[list[Any]]:
    """Share ordered groups out into `parts` contiguous runs of about equal size."""
    result: list[list[Any]] = [[] for _ in range(parts)]
    total = sum(len(group) for group in groups) or 1
    done = 0
    for group in groups:
        result[min(parts - 1, int((done + len(group) / 2) * parts / total))].extend(group)
        done += len(group)
    return result


# --- one school -----------------------------------------------------------------------------


class _SchoolBuilder:
    def __init__(
        self,
        session: Session,
        reference: _Reference,
        rng: random.Random,
        counts: _Counts,
        methodologists: list[str],
    ) -> None:
        self.session = session
        self.ref = reference
        self.rng = rng
        self.counts = counts
        self.methodologists = methodologists
        self.vice_principal = names.person(rng, female=True)[0]
        self.director = names.person(rng, female=False)[0]
        self.school_id = 0
        self.teachers: list[_Teacher] = []
        self.classes: dict[str, list[_Class]] = {}
        self.pd_courses: dict[int, tuple[date, int]] = {}  # teacher index → (date, hours)

    def build(self, name: str, district: str, region: str, teacher_count: int) -> None:
        (self.school_id,) = self._insert(
            School, [{"name": name, "district": district, "region": region}], ids=True
        )
        department_ids = dict(
            zip(
                texts.DEPARTMENTS,
                self._insert(
                    Department,
                    [{"school_id": self.school_id, "name": n} for n in texts.DEPARTMENTS.values()],
                    ids=True,
                ),
                strict=True,
            )
        )
        self._make_classes()
        self._make_teachers(teacher_count)
        self._write_teachers(department_ids)
        self._write_classes()
        self._write_results()
        self._write_observations()
        self._write_activities()

    # --- writing ---

    def _insert(self, model: Any, rows: list[dict[str, Any]], *, ids: bool = False) -> list[int]:
        """Bulk insert with uuid and timestamps filled in; the new ids in order when asked."""
        if not rows:
            return []
        for row in rows:
            row["uuid"] = _uuid(self.rng)
            row["created_at"] = row["updated_at"] = self.ref.now
        table = model.__table__
        if not ids:
            self.session.execute(insert(table), rows)
            return []
        statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        return list(self.session.execute(statement, rows).scalars())

    # --- classes ---

    def _make_classes(self) -> None:
        """2–3 classes per grade; a cohort keeps its letters, size and ability year to year."""
        rng = self.rng
        first_start = year_start(self.ref.years[0].name)
        cohorts: dict[int, list[list[Any]]] = {}  # entry year → [[letter, pupils, ability]]
        for year in self.ref.years:
            start = year_start(year.name)
            self.classes[year.name] = []
            for grade in range(1, 12):
                entry = start - grade + 1
                if entry not in cohorts:
                    count = 3 if rng.random() < 0.55 else 2
                    cohorts[entry] = [
                        [letter, rng.randint(22, 32), rng.gauss(0, 0.07)]
                        for letter in CLASS_LETTERS[:count]
                    ]
                elif start > first_start:
                    for cohort in cohorts[entry]:
                        cohort[1] = int(_clamp(cohort[1] + rng.choice((-1, 0, 0, 1)), 22, 32))
                for letter, pupils, ability in cohorts[entry]:
                    self.classes[year.name].append(
                        _Class(year.name, grade, letter, pupils, ability)
                    )

    def _write_classes(self) -> None:
        for year in self.ref.years:
            classes = self.classes[year.name]
            rows = [
                {"school_id": self.school_id, "academic_year_id": year.id, "name": c.name,
                 "grade": c.grade, "letter": c.letter, "pupils": c.pupils}
                for c in classes
            ]  # fmt: skip
            for cls, class_id in zip(
                classes, self._insert(SchoolClass, rows, ids=True), strict=True
            ):
                cls.id = class_id
            self.counts.classes += len(classes)

    # --- teachers and who teaches what ---

    def _pairs(self, year: str) -> dict[str, list[list[tuple[_Class, str]]]]:
        """Specialty → the (class, subject) pairs it teaches in a year, grouped by class."""
        result: dict[str, list[list[tuple[_Class, str]]]] = defaultdict(list)
        for cls in self.classes[year]:
            groups: dict[str, list[tuple[_Class, str]]] = defaultdict(list)
            for code in self.ref.subjects:
                first, last = self.ref.grades[code]
                if first <= cls.grade <= last:
                    primary = cls.grade <= 4 and code in CLASS_TEACHER_SUBJECTS
                    specialty = "primary" if primary else SPECIALTY_OF.get(code, code)
                    groups[specialty].append((cls, code))
            for specialty, pairs in groups.items():
                result[specialty].append(pairs)
        return result

    def _make_teachers(self, teacher_count: int) -> None:
        rng, years = self.rng, self.ref.years
        pairs = {year.name: self._pairs(year.name) for year in years}
        load: dict[str, float] = defaultdict(float)
        for by_specialty in pairs.values():
            for specialty, groups in by_specialty.items():
                for group in groups:
                    load[specialty] += sum(WEEKLY_HOURS.get(code, 2) for _, code in group)
        leavers = 0 if teacher_count < 4 else 1 if teacher_count < 20 else 2
        slots = self._allocate(load, teacher_count - leavers, pairs)

        current = years[-1]
        current_start = year_start(current.name)
        all_years = {year.name for year in years}
        taken_names: set[str] = set()
        leaver_slots = set(rng.sample(range(len(slots)), leavers))
        for index, specialties in enumerate(slots):
            if index in leaver_slots:
                left_on = date(current_start, 6, rng.randint(1, 30))
                self.teachers.append(
                    self._teacher(specialties, all_years - {current.name}, taken_names)
                )
                self.teachers[-1].left_on = left_on
                newcomer = self._teacher(specialties, {current.name}, taken_names, experience=1)
                newcomer.hired_on = date(current_start, 8, rng.randint(15, 31))
                self.teachers.append(newcomer)
            else:
                self.teachers.append(self._teacher(specialties, all_years, taken_names))
        for year in years:
            for specialty, groups in pairs[year.name].items():
                staff = [
                    t for t in self.teachers if specialty in t.specialties and year.name in t.years
                ]
                if not staff:
                    continue
                for teacher, share in zip(staff, _split(groups, len(staff)), strict=True):
                    teacher.teaching.setdefault(year.name, []).extend(share)

    def _allocate(
        self, load: dict[str, float], slots: int, pairs: dict[str, Any]
    ) -> list[list[str]]:
        """The specialties of each teaching post: one each when there are posts enough."""
        order = sorted(load, key=lambda s: (-load[s], s))
        others = [s for s in order if s != "primary"]
        slots = max(slots, 1)
        if slots < len(order):
            shared: list[list[str]] = [[] for _ in range(slots)]
            for index, specialty in enumerate(order):
                shared[index % slots].append(specialty)
            return shared
        primary_classes = min(len(by.get("primary", [])) for by in pairs.values())
        primary = min(primary_classes, max(1, round(slots * 0.26)), slots - len(others))
        if "primary" not in load:
            primary = 0
        spare = slots - primary - len(others)
        total = sum(load[s] for s in others) or 1.0
        quota = {s: spare * load[s] / total for s in others}
        count = {s: 1 + int(quota[s]) for s in others}
        left = spare - sum(int(q) for q in quota.values())
        for specialty in sorted(others, key=lambda s: (int(quota[s]) - quota[s], s))[:left]:
            count[specialty] += 1
        result = [["primary"] for _ in range(primary)]
        for specialty in others:
            result.extend([specialty] for _ in range(count[specialty]))
        return result

    def _teacher(
        self, specialties: list[str], years: set[str], taken_names: set[str], experience: int = 0
    ) -> _Teacher:
        rng = self.rng
        main = specialties[0]
        female_share = {"primary": 0.95, "pe": 0.25, "physics": 0.5, "informatics": 0.5}
        while True:
            latin, female = names.person(rng, rng.random() < female_share.get(main, 0.72))
            if latin not in taken_names:
                taken_names.add(latin)
                break
        full_name = latin
        if rng.random() < 0.15:
            full_name = names.to_cyrillic(latin)
        elif names.OKINA in latin and rng.random() < 0.35:
            full_name = latin.replace(names.OKINA, rng.choice("'‘`"))
        experience = experience or rng.randint(len(years) + 1, 35)
        current_start = year_start(self.ref.years[-1].name)
        at_school = rng.randint(min(len(years), experience - 1), experience - 1)
        return _Teacher(
            full_name=full_name,
            female=female,
            specialties=specialties,
            years=years,
            skill=_clamp(rng.gauss(0.76, 0.11), 0.35, 0.97),
            experience=experience,
            hired_on=date(current_start - at_school, 8, rng.randint(15, 31)),
        )

    def _write_teachers(self, department_ids: dict[str, int]) -> None:
        rng, today = self.rng, self.ref.today
        rows = []
        for number, teacher in enumerate(self.teachers, start=1):
            exp = teacher.experience
            category = (
                Category.SPECIALIST if exp < 3
                else _weighted(rng, [(Category.SECOND, 3), (Category.SPECIALIST, 1)]) if exp < 8
                else _weighted(rng, [(Category.FIRST, 3), (Category.SECOND, 1)]) if exp < 16
                else _weighted(rng, [(Category.HIGHEST, 3), (Category.FIRST, 1)])
            )  # fmt: skip
            last_pd: date | None = None
            if exp > 1:
                years_ago = rng.uniform(0, 5) if rng.random() < 0.78 else rng.uniform(5, 7)
                last_pd = (teacher.left_on or today) - timedelta(
                    days=int(min(years_ago, exp - 1) * 365)
                )
                self.pd_courses[number - 1] = (
                    last_pd,
                    _weighted(rng, [(36, 2), (72, 5), (144, 3)]),
                )
            department = DEPARTMENT_OF.get(teacher.specialties[0], "social")
            rows.append({
                "school_id": self.school_id,
                "full_name": teacher.full_name,
                "name_key": name_key(teacher.full_name),
                "personnel_number": f"{number:04d}" if rng.random() < 0.85 else None,
                "department_id": department_ids[department],
                "category": category,
                "experience_years": exp,
                "last_pd_date": last_pd,
                "hired_on": teacher.hired_on,
                "active": teacher.left_on is None,
                "left_on": teacher.left_on,
                "phone": f"+998 9{rng.randint(0, 9)} {rng.randint(100, 999)} "
                f"{rng.randint(10, 99)} {rng.randint(10, 99)}",
                "note": "" if teacher.left_on is None else "Boshqa maktabga o\u02bbtdi",
            })  # fmt: skip
        for teacher, teacher_id in zip(
            self.teachers, self._insert(Teacher, rows, ids=True), strict=True
        ):
            teacher.id = teacher_id
        links = []
        for teacher in self.teachers:
            codes = {code for year in teacher.teaching.values() for _, code in year}
            links += [
                {"teacher_id": teacher.id, "subject_id": self.ref.subjects[code]}
                for code in self.ref.subjects
                if code in codes
            ]
        if links:
            self.session.execute(insert(teacher_subjects), links)
        self.counts.teachers += len(self.teachers)

    # --- results ---

    def _write_results(self) -> None:
        rng, ref = self.rng, self.ref
        levels: dict[tuple[int, str, str], float] = {}  # (entry year, letter, subject) → level
        rows: list[dict[str, Any]] = []
        for year in ref.years:
            ended = [t for t in year.terms if t[3] < ref.today]
            start = year_start(year.name)
            class_trend = {cls: rng.gauss(0, 0.012) for cls in self.classes[year.name]}
            for teacher in self.teachers:
                for cls, code in teacher.teaching.get(year.name, []):
                    if cls.grade == 1:
                        continue  # first-graders get no marks in Uzbek schools
                    key = (start - cls.grade + 1, cls.letter, code)
                    base = 0.66 if cls.grade <= 4 else 0.52 if cls.grade <= 9 else 0.47
                    fresh = (
                        base + SUBJECT_EASE.get(code, 0.0) + cls.ability
                        + (teacher.skill - 0.76) * 0.4 + rng.gauss(0, 0.06)
                    )  # fmt: skip
                    level = 0.6 * levels[key] + 0.4 * fresh if key in levels else fresh
                    trend = rng.gauss(0, 0.02) + class_trend[cls]
                    shock = rng.randint(2, 4) if rng.random() < 0.07 else 0
                    exempt = int(code == "physical_education" and rng.random() < 0.25)
                    for term_id, number, _start, _end in ended:
                        if number > 1:
                            level += trend + rng.gauss(0, 0.02)
                        if number == shock:
                            level -= rng.uniform(0.14, 0.22)
                            trend = abs(trend) + 0.02  # a slow recovery afterwards
                        level = _clamp(level, 0.05, 0.97)
                        rows.append(self._marks(term_id, cls, code, teacher, level, exempt))
                    levels[key] = level
        self._insert(ResultRow, rows)
        self.counts.result_rows += len(rows)

    def _marks(
        self, term_id: int, cls: _Class, code: str, teacher: _Teacher, level: float, exempt: int
    ) -> dict[str, Any]:
        """Counts per mark for one class × subject × quarter around the quality `level`."""
        rng = self.rng
        assessed = cls.pupils - exempt
        not_attested = rng.choice((1, 1, 2)) if rng.random() < 0.06 else 0
        quality = _clamp(level + rng.gauss(0, 0.02), 0.02, 0.98)
        good = min(round(quality * assessed), assessed - not_attested)
        n5 = round(good * _clamp(0.15 + 0.45 * quality + rng.gauss(0, 0.06), 0.05, 0.8))
        rest = assessed - not_attested - good
        n2 = min(rest, round(max(0.0, 0.1 - 0.14 * quality + rng.gauss(0, 0.015)) * assessed))
        n1 = int(rest - n2 > 0 and quality < 0.25 and rng.random() < 0.15)
        return {
            "term_id": term_id, "class_id": cls.id, "subject_id": self.ref.subjects[code],
            "teacher_id": teacher.id, "class_size": cls.pupils, "n5": n5, "n4": good - n5,
            "n3": rest - n2 - n1, "n2": n2, "n1": n1, "not_attested": not_attested,
            "exempt": exempt, "mark_scale": "five_point",
        }  # fmt: skip

    # --- observations and the visit plan ---

    def _observer(self, teacher: _Teacher, purpose: Purpose, year: str) -> str:
        rng = self.rng
        if purpose == Purpose.PEER_VISIT:
            colleagues = [t for t in self.teachers if t is not teacher and year in t.years]
            same = [t for t in colleagues if t.specialties[0] == teacher.specialties[0]]
            if same or colleagues:
                return rng.choice(same or colleagues).full_name
        return _weighted(
            rng,
            [(self.vice_principal, 6), (self.methodologists[0], 2),
             (self.methodologists[1], 1.5), (self.director, 1)],
        )  # fmt: skip

    def _write_observations(self) -> None:
        rng, ref = self.rng, self.ref
        total_days = sum(len(year.days) for year in ref.years) or 1
        per_year = OBSERVATIONS_PER_40_TEACHERS_PER_YEAR * len(self.teachers) / 40
        wanted_total = per_year * len(ref.years)
        base: list[_Planned] = []
        follow_ups: list[_Planned] = []
        blocked: set[tuple[int, Purpose, int, int]] = set()
        for year in ref.years:
            staff = [t for t in self.teachers if year.name in t.years]
            if not year.days or not staff:
                continue
            wanted = round(wanted_total * len(year.days) / total_days)
            planned = self._visit_plan(year, staff, blocked) if year.current else []
            count = len(planned)
            count_follow = round(0.1 * wanted)
            chosen = list(staff) if wanted - count - count_follow >= len(staff) else []
            weights = [1 + (t.skill < 0.66) * 0.8 + (t.experience <= 3) * 0.6 for t in staff]
            while len(chosen) < wanted - count - count_follow:
                chosen.append(rng.choices(staff, weights)[0])
            for teacher in chosen:
                purpose = _weighted(
                    rng,
                    [(Purpose.PLANNED_CONTROL, 42), (Purpose.THEMATIC_CHECK, 16),
                     (Purpose.SUPPORT, 11), (Purpose.ATTESTATION, 6),
                     (Purpose.OPEN_LESSON, 13), (Purpose.PEER_VISIT, 12)],
                )  # fmt: skip
                day = rng.choice(year.days)
                if (teacher.id, purpose, day.year, day.month) in blocked:
                    purpose = Purpose.SUPPORT  # never what the plan asks: the visit stays overdue
                planned.append(
                    _Planned(teacher, day, purpose, self._observer(teacher, purpose, year.name))
                )
            base += planned
        base.sort(key=lambda p: (p.day, p.teacher.id))
        scored = [self._scores(p) for p in base]
        # Follow-up visits 2–6 weeks after a weak lesson, the same class and subject.
        weak = [
            i
            for i, (obs, _) in enumerate(scored)
            if obs["status"] == ObservationStatus.FINAL and (obs["score"] or 100) < 72
        ]
        rng.shuffle(weak)
        for index in weak[: round(0.1 * len(base))]:
            original = base[index]
            day = original.day + timedelta(days=rng.randint(14, 42))
            year = next(y for y in ref.years if original.day in y.days)
            later = [d for d in year.days if d >= day]
            if later and later[0] - day < timedelta(days=10):
                observer = original.observer
                if original.purpose == Purpose.PEER_VISIT:
                    observer = self.vice_principal
                follow_ups.append(
                    _Planned(
                        original.teacher, later[0], Purpose.FOLLOW_UP, observer, follow_of=index
                    )
                )
        ids = self._insert_observations(scored)
        scored_follow = [
            self._scores(p, ids[p.follow_of or 0], base[p.follow_of or 0]) for p in follow_ups
        ]
        self._insert_observations(scored_follow)

    def _insert_observations(
        self, scored: list[tuple[dict[str, Any], list[dict[str, Any]]]]
    ) -> list[int]:
        ids = self._insert(Observation, [obs for obs, _ in scored], ids=True)
        rows = []
        for observation_id, (_, scores) in zip(ids, scored, strict=True):
            for row in scores:
                row["observation_id"] = observation_id
            rows += scores
        self._insert(ObservationScore, rows)
        self.counts.observations += len(ids)
        return ids

    def _visit_plan(
        self, year: _Year, staff: list[_Teacher], blocked: set[tuple[int, Purpose, int, int]]
    ) -> list[_Planned]:
        """Two planned visits per teacher; most past ones done, some overdue (left blocked)."""
        rng, today = self.rng, self.ref.today
        start = year_start(year.name)
        rows, done = [], []
        for teacher in staff:
            for months in (SCHOOL_MONTHS[:4], SCHOOL_MONTHS[4:]):
                month = rng.choice(months)
                calendar_year = start if month >= 9 else start + 1
                purpose = _weighted(
                    rng,
                    [
                        (Purpose.PLANNED_CONTROL, 7),
                        (Purpose.THEMATIC_CHECK, 2),
                        (Purpose.ATTESTATION, 1),
                    ],
                )
                observer = self._observer(teacher, purpose, year.name)
                in_month = [d for d in year.all_days if d.month == month]
                planned_on = rng.choice(in_month) if in_month and rng.random() < 0.5 else None
                rows.append({
                    "school_id": self.school_id, "teacher_id": teacher.id,
                    "year": calendar_year, "month": month, "planned_on": planned_on,
                    "purpose": purpose, "observer": observer,
                    "note": "" if purpose != Purpose.THEMATIC_CHECK else "Mavzuli nazorat",
                })  # fmt: skip
                past = [d for d in year.days if d.month == month and d.year == calendar_year]
                month_over = _month_end(calendar_year, month) < today
                if past and rng.random() < (0.65 if month_over else 0.35):
                    day = planned_on if planned_on in past else rng.choice(past)
                    done.append(_Planned(teacher, day, purpose, observer, final=True))
                elif month_over:
                    blocked.add((teacher.id, purpose, calendar_year, month))
        self._insert(VisitPlanEntry, rows)
        self.counts.planned_visits += len(rows)
        return done

    def _scores(
        self, planned: _Planned, follow_of_id: int | None = None, original: _Planned | None = None
    ) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        """The observation row and its criterion scores, from the teacher's skill with noise."""
        rng, ref = self.rng, self.ref
        teacher, day = planned.teacher, planned.day
        year = year_name_for(day)
        code = _weighted(
            rng, [("lesson_analysis", 70), ("competence_lesson", 18), ("walkthrough", 12)]
        )
        if planned.purpose in (Purpose.FOLLOW_UP, Purpose.ATTESTATION):
            code = "lesson_analysis"
        template = ref.templates.get(code) or next(iter(ref.templates.values()))
        teaching = teacher.teaching.get(year, [])
        if original is not None:
            planned.lesson = original.lesson
        elif planned.lesson is None:
            planned.lesson = rng.choice(teaching) if teaching else (None, None)
        cls, subject = planned.lesson or (None, None)
        age = (ref.today - day).days
        final = (
            planned.final
            if planned.final is not None
            else rng.random() >= (0.35 if age <= 45 else 0.07)
        )
        growth = (
            (year_start(year) - year_start(ref.years[0].name)) * 0.03 * (teacher.experience <= 10)
        )
        mean = teacher.skill + growth + (0.08 if follow_of_id else 0.0) + rng.gauss(0, 0.06)
        span = template.scale_max - template.scale_min
        items, score_rows = [], []
        unscored_from = len(template.criteria) - (
            rng.randint(1, 5) if not final and rng.random() < 0.5 else 0
        )
        for position, (criterion_id, weight, section, difficulty) in enumerate(template.criteria):
            value: int | None = None
            not_applicable = position < unscored_from and rng.random() < 0.05
            if position < unscored_from and not not_applicable:
                level = _clamp(mean + difficulty + rng.gauss(0, 0.15), 0, 1)
                value = template.scale_min + round(level * span)
            comment = (
                rng.choice(texts.CRITERION_COMMENTS)
                if value is not None and rng.random() < 0.07
                else ""
            )
            items.append(CriterionScore(value, weight, section))
            score_rows.append({"criterion_id": criterion_id, "score": value,
                               "not_applicable": not_applicable, "comment": comment})  # fmt: skip
        topic_list = texts.TOPICS.get(subject or "", texts.GENERIC_TOPICS)
        with_texts = final or rng.random() < 0.5
        finalized_at = None
        if final:
            finalized_on = min(day + timedelta(days=rng.randint(0, 2)), ref.today)
            finalized_at = datetime.combine(finalized_on, time(15, rng.randint(0, 59)))
        observation = {
            "school_id": self.school_id, "teacher_id": teacher.id, "observer": planned.observer,
            "observed_on": day, "lesson_period": rng.randint(1, 6),
            "class_id": cls.id if cls else None,
            "subject_id": ref.subjects[subject] if subject else None,
            "topic": rng.choice(topic_list), "purpose": planned.purpose, "template_id": template.id,
            "strengths": _sentences(rng, texts.STRENGTHS) if with_texts else "",
            "recommendations": _sentences(rng, texts.RECOMMENDATIONS) if with_texts else "",
            "next_steps": rng.choice(texts.NEXT_STEPS) if with_texts else "",
            "next_steps_due": day + timedelta(days=rng.randint(14, 40)) if with_texts else None,
            "teacher_has_seen": final and (age > 30 or rng.random() < 0.5),
            "status": ObservationStatus.FINAL if final else ObservationStatus.DRAFT,
            "finalized_at": finalized_at,
            "revision": 0, "follow_up_of_id": follow_of_id,
            "score": observation_score(items, template.scale_min, template.scale_max),
        }  # fmt: skip
        return observation, score_rows

    # --- activities ---

    def _write_activities(self) -> None:
        rng, ref = self.rng, self.ref
        types = ref.activity_types
        rows = []
        full_year = max(len(year.days) for year in ref.years) or 1
        for index, teacher in enumerate(self.teachers):
            pd = self.pd_courses.get(index)
            if pd and "pd_course" in types:
                rows.append(self._activity(teacher, "pd_course", pd[0], pd[1]))
                if rng.random() < 0.3:
                    earlier = pd[0] - timedelta(days=rng.randint(3 * 365, 5 * 365))
                    rows.append(self._activity(teacher, "pd_course", earlier, rng.choice((36, 72))))
            primary = teacher.specialties[0] == "primary"
            choices = [
                ("open_lesson", 1.2), ("peer_visit", 2.0), ("methodological_talk", 1.0),
                ("publication", 0.4), ("olympiad_result", 0.2 if primary else 0.8),
                ("project_led", 0.7), ("practice_employer", 0.3), ("club", 0.8),
                ("parents_meeting", 1.6 if primary else 0.6),
                ("innovative_method", 1.2),
                ("mentoring", 1.0 if teacher.experience >= 10 else 0.0),
            ]  # fmt: skip
            choices = [(code, weight) for code, weight in choices if code in types and weight > 0]
            for year in ref.years:
                if year.name not in teacher.years or not year.days or not choices:
                    continue
                count = round(rng.randint(6, 10) * len(year.days) / full_year)
                for _ in range(count):
                    code = _weighted(rng, choices)
                    rows.append(self._activity(teacher, code, rng.choice(year.days)))
        self._insert(Activity, rows)
        self.counts.activities += len(rows)

    def _activity(
        self, teacher: _Teacher, code: str, day: date, quantity: float | None = None
    ) -> dict[str, Any]:
        rng = self.rng
        type_id, unit = self.ref.activity_types[code]
        level, place = "", None
        if quantity is None:
            if code == "olympiad_result":
                level = _weighted(rng, OLYMPIAD_LEVELS)
                place = rng.choice((1, 2, 2, 3, 3, 3, None))
                quantity = rng.randint(1, 3)
            elif unit == ActivityUnit.PUPILS:
                quantity = rng.randint(6, 25)
            elif unit == ActivityUnit.HOURS:
                quantity = rng.choice((2, 4, 8))
            else:
                quantity = rng.choice((1, 1, 1, 2)) if code in ("peer_visit", "mentoring") else 1
        return {
            "teacher_id": teacher.id, "activity_type_id": type_id, "done_on": day,
            "quantity": float(quantity), "level": level, "place": place,
            "note": rng.choice(texts.ACTIVITY_NOTES.get(code, ("",))),
        }  # fmt: skip
