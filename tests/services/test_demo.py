"""The demo generator: believable counts, constraints held, flags that fire, determinism."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterator
from datetime import date
from itertools import pairwise
from pathlib import Path

import pytest
from engines import new_location
from sqlalchemy import func, select

from eduqa_desktop.domain.names import name_key
from eduqa_desktop.domain.observation_scoring import CriterionScore, observation_score
from eduqa_desktop.services.demo import DEMO_SCHOOL_NAME, DemoSummary, generate_demo
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.storage.database import Database, open_database
from eduqa_desktop.storage.models import (
    AcademicYear,
    Activity,
    ActivityType,
    AuditEntry,
    ChecklistCriterion,
    ChecklistTemplate,
    Department,
    Observation,
    ObservationScore,
    ResultRow,
    School,
    SchoolClass,
    Teacher,
    Term,
    VisitPlanEntry,
    teacher_subjects,
)

TODAY = date(2026, 11, 25)  # 2026-2027, first quarter over
DIGEST_TABLES = (
    School,
    Department,
    Teacher,
    teacher_subjects,
    SchoolClass,
    ResultRow,
    Observation,
    ObservationScore,
    VisitPlanEntry,
    Activity,
)


@pytest.fixture(scope="module")
def full(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, DemoSummary]]:
    """One demo school of the default size, shared by the read-only tests below."""
    db = open_database(new_location(tmp_path_factory.mktemp("demo"), "d", keep=True))
    calls: list[tuple[int, int]] = []
    summary = generate_demo(db, seed=2025, today=TODAY, progress=lambda *a: calls.append(a))
    assert calls == [(1, 1)]
    yield db, summary
    db.close()


def _digest(db: Database) -> str:
    """Every demo row minus the creation/update timestamps (uuids included)."""
    digest = hashlib.sha256()
    with db.engine.connect() as connection:
        for model in DIGEST_TABLES:
            table = getattr(model, "__table__", model)
            columns = [c for c in table.c if c.name not in ("created_at", "updated_at")]
            for row in connection.execute(select(*columns).order_by(*table.primary_key.columns)):
                digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


def test_default_school_has_the_expected_shape(full: tuple[Database, DemoSummary]) -> None:
    db, summary = full
    assert summary.schools == 1 and summary.teachers == 40
    with db.session() as session:
        school = session.scalars(select(School)).one()
        assert (school.name, school.district, school.region) == (
            DEMO_SCHOOL_NAME, "Chilonzor tumani", "Toshkent shahri"
        )  # fmt: skip
        assert session.scalar(select(func.count(Department.id))) == 7
        teachers = session.scalars(select(Teacher)).all()
        assert len(teachers) == 40
        assert 1 <= sum(not t.active for t in teachers) <= 2
        assert all(t.left_on is not None for t in teachers if not t.active)
        assert all(t.name_key == name_key(t.full_name) for t in teachers)
        assert all(1 <= t.experience_years <= 35 for t in teachers)
        assert {t.category for t in teachers} >= {"highest", "first", "second", "specialist"}
        pd_age = [(TODAY - t.last_pd_date).days / 365 for t in teachers if t.last_pd_date]
        assert max(pd_age) > 5 and min(pd_age) < 1  # some overdue for a 5-year period
        assert all(len(t.full_name.split()) == 3 for t in teachers)

        years = session.execute(select(AcademicYear.id, AcademicYear.name)).all()
        assert sorted(name for _, name in years) == ["2025-2026", "2026-2027"]
        for year_id, _ in years:
            per_grade = session.execute(
                select(SchoolClass.grade, func.count(), func.min(SchoolClass.pupils),
                       func.max(SchoolClass.pupils))
                .where(SchoolClass.academic_year_id == year_id)
                .group_by(SchoolClass.grade)
            ).all()  # fmt: skip
            assert [g for g, *_ in per_grade] == list(range(1, 12))
            assert all(2 <= n <= 3 and low >= 22 and high <= 32 for _, n, low, high in per_grade)
        assert 120 <= summary.observations <= 180
        assert 6 * 40 <= summary.activities <= 10 * 40 * 2
        assert summary.planned_visits == 2 * sum(t.active for t in teachers)


def test_results_cover_the_ended_quarters_and_stay_believable(
    full: tuple[Database, DemoSummary],
) -> None:
    db, summary = full
    with db.session() as session:
        per_term = dict(
            session.execute(
                select(Term.end_date, func.count(ResultRow.id))
                .outerjoin(ResultRow, ResultRow.term_id == Term.id)
                .group_by(Term.id)
            ).all()
        )
        assert {end for end, n in per_term.items() if n} == {e for e in per_term if e < TODAY}
        assert len([e for e in per_term if e < TODAY]) == 5  # 4 last year + 1 this year
        assert sum(per_term.values()) == summary.result_rows
        rows = session.scalars(select(ResultRow)).all()
        assert all(
            r.n5 + r.n4 + r.n3 + r.n2 + r.n1 + r.not_attested + r.exempt == r.class_size
            for r in rows
        )
        assert any(r.not_attested for r in rows) and any(r.exempt for r in rows)
        assert max(r.not_attested for r in rows) <= 2 and max(r.exempt for r in rows) <= 1
        quality = sum(r.n5 + r.n4 for r in rows) / sum(r.class_size - r.exempt for r in rows)
        assert 0.45 < quality < 0.75

        # Quality of one class × subject falls by more than 10 points between two quarters.
        ordered = session.execute(
            select(ResultRow, AcademicYear.start_date, Term.number)
            .join(Term, Term.id == ResultRow.term_id)
            .join(AcademicYear)
            .order_by(AcademicYear.start_date, Term.number)
        ).all()
        series: dict[tuple[int, int], list[float]] = defaultdict(list)
        for row, _, _ in ordered:
            series[row.class_id, row.subject_id].append(
                (row.n5 + row.n4) / (row.class_size - row.exempt) * 100
            )
        drops = sum(b - a < -10 for s in series.values() for a, b in pairwise(s))
        rises = sum(b - a > 10 for s in series.values() for a, b in pairwise(s))
        assert drops >= 5 and rises >= 1


def test_observations_are_scored_consistently(full: tuple[Database, DemoSummary]) -> None:
    db, _ = full
    with db.session() as session:
        observations = session.scalars(select(Observation)).all()
        codes = dict(session.execute(select(ChecklistTemplate.id, ChecklistTemplate.code)).all())
        used = {codes[o.template_id] for o in observations}
        assert used == {"lesson_analysis", "competence_lesson", "walkthrough"}
        assert (
            sum(codes[o.template_id] == "lesson_analysis" for o in observations)
            > len(observations) / 2
        )
        finals = sum(o.status == "final" for o in observations)
        assert 0.8 <= finals / len(observations) <= 0.97
        assert len({o.purpose for o in observations}) >= 6
        assert any(o.follow_up_of_id for o in observations)
        assert all(o.observed_on <= TODAY for o in observations)

        weights = dict(
            session.execute(select(ChecklistCriterion.id, ChecklistCriterion.weight)).all()
        )
        scales = {
            t.id: (t.scale_min, t.scale_max) for t in session.scalars(select(ChecklistTemplate))
        }
        scores = defaultdict(list)
        for s in session.scalars(select(ObservationScore)):
            scores[s.observation_id].append(s)
        all_scores = [s for group in scores.values() for s in group]
        na_share = sum(s.not_applicable for s in all_scores) / len(all_scores)
        assert 0.02 < na_share < 0.09
        for o in observations:
            items = [CriterionScore(s.score, weights[s.criterion_id]) for s in scores[o.id]]
            assert o.score == pytest.approx(observation_score(items, *scales[o.template_id]))

        # The lesson is one the teacher teaches (this year's results show it).
        taught = set(session.execute(select(ResultRow.teacher_id, ResultRow.class_id,
                                            ResultRow.subject_id)).all())  # fmt: skip
        first_grade = set(session.scalars(select(SchoolClass.id).where(SchoolClass.grade == 1)))
        assert all(
            (o.teacher_id, o.class_id, o.subject_id) in taught
            for o in observations
            if o.class_id not in first_grade  # first-graders get no marks, so no result rows
        )


def test_names_include_cyrillic_and_apostrophe_variants(full: tuple[Database, DemoSummary]) -> None:
    db, _ = full
    with db.session() as session:
        names = session.scalars(select(Teacher.full_name)).all()
    cyrillic = [n for n in names if any("\u0400" <= ch <= "\u04ff" for ch in n)]
    assert 2 <= len(cyrillic) <= 12
    assert any(n.endswith(("vna", "вна")) for n in names)
    assert any(n.endswith(("vich", "вич")) for n in names)
    assert len(set(names)) == len(names)


def test_visit_plan_has_done_and_overdue_visits(full: tuple[Database, DemoSummary]) -> None:
    db, _ = full
    with db.session() as session:
        plan = session.scalars(select(VisitPlanEntry)).all()
        finals = session.scalars(select(Observation).where(Observation.status == "final")).all()
    done_keys = {(o.teacher_id, o.purpose, o.observed_on.year, o.observed_on.month) for o in finals}
    past = [v for v in plan if (v.year, v.month) < (TODAY.year, TODAY.month)]
    overdue = [v for v in past if (v.teacher_id, v.purpose, v.year, v.month) not in done_keys]
    assert overdue and len(overdue) < len(past)
    assert {(v.year, v.month) for v in plan} <= {
        (2026, m) for m in (9, 10, 11, 12)
    } | {(2027, m) for m in range(1, 6)}  # fmt: skip


def test_activities_match_the_professional_development_dates(
    full: tuple[Database, DemoSummary],
) -> None:
    db, _ = full
    with db.session() as session:
        latest_pd = dict(
            session.execute(
                select(Activity.teacher_id, func.max(Activity.done_on))
                .join(ActivityType)
                .where(ActivityType.code == "pd_course")
                .group_by(Activity.teacher_id)
            ).all()
        )
        teachers = session.scalars(select(Teacher)).all()
        assert all(latest_pd.get(t.id) == t.last_pd_date for t in teachers)
        hours = set(
            session.scalars(
                select(Activity.quantity).join(ActivityType).where(ActivityType.code == "pd_course")
            )
        )
        assert hours <= {36.0, 72.0, 144.0}
        olympiads = session.execute(
            select(Activity.level, Activity.place)
            .join(ActivityType)
            .where(ActivityType.code == "olympiad_result")
        ).all()
        assert olympiads and all(level for level, _ in olympiads)
        assert session.scalar(select(func.count(AuditEntry.id)).where(AuditEntry.entity == "demo"))


def test_same_seed_and_day_give_the_same_data(tmp_path: Path) -> None:
    digests, names, summaries = [], [], []
    for name in ("a", "b"):
        db = open_database(new_location(tmp_path, name))
        summaries.append(generate_demo(db, teachers_per_school=10, seed=7, today=TODAY))
        digests.append(_digest(db))
        with db.session() as session:
            names.append(session.scalars(select(Teacher.full_name).order_by(Teacher.id)).all())
        db.close()
    assert names[0] == names[1] and len(names[0]) == 10
    assert summaries[0] == summaries[1]
    assert digests[0] == digests[1]
    other = open_database(new_location(tmp_path, "c"))
    generate_demo(other, teachers_per_school=10, seed=8, today=TODAY)
    assert _digest(other) != digests[0]
    other.close()


def test_a_district_of_three_schools(tmp_path: Path) -> None:
    db = open_database(new_location(tmp_path, "d"))
    calls: list[tuple[int, int]] = []
    summary = generate_demo(
        db, schools=3, teachers_per_school=10, today=TODAY, progress=lambda *a: calls.append(a)
    )
    assert calls == [(1, 3), (2, 3), (3, 3)]
    assert summary.schools == 3 and summary.teachers == 30
    with db.session() as session:
        schools = session.scalars(select(School).order_by(School.id)).all()
        assert schools[0].name == DEMO_SCHOOL_NAME
        assert len({s.name for s in schools}) == 3
        assert len({s.district for s in schools}) == 1  # ten schools per district
        per_school = session.execute(
            select(Teacher.school_id, func.count()).group_by(Teacher.school_id)
        ).all()
        assert [n for _, n in per_school] == [10, 10, 10]
        assert 10 <= summary.observations <= 3 * 60
    # The same names again are refused, and nothing is written.
    with pytest.raises(UserError):
        generate_demo(db, schools=2, teachers_per_school=10, today=TODAY)
    with db.session() as session:
        assert session.scalar(select(func.count(School.id))) == 3
    db.close()


def test_early_in_the_year_last_years_results_remain(tmp_path: Path) -> None:
    db = open_database(new_location(tmp_path, "d"))
    summary = generate_demo(db, teachers_per_school=8, today=date(2026, 9, 15))
    with db.session() as session:
        years = session.execute(
            select(AcademicYear.name, func.count(ResultRow.id))
            .join(Term, Term.academic_year_id == AcademicYear.id)
            .outerjoin(ResultRow, ResultRow.term_id == Term.id)
            .group_by(AcademicYear.name)
        ).all()
    assert dict(years)["2026-2027"] == 0 and dict(years)["2025-2026"] == summary.result_rows > 0
    db.close()


def test_first_graders_get_no_marks(full: tuple[Database, DemoSummary]) -> None:
    db, _ = full
    with db.session() as session:
        graded = session.scalars(
            select(SchoolClass.grade).join(ResultRow, ResultRow.class_id == SchoolClass.id)
        ).all()
    assert graded and min(graded) == 2
