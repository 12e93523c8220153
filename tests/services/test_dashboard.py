"""The data behind each dashboard chart, against numbers computed by hand.

The crafted district (built through the ORM): school A with two teachers and three classes,
results in quarters 1 and 2 of 2025-2026, observations on a small test checklist whose
criteria carry mechanism tags; school B with one teacher, for the comparison.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from pytest import approx
from sqlalchemy import select

from eduqa_desktop.domain.indicators import MarkCounts, compute_indicators
from eduqa_desktop.domain.observation_scoring import Band
from eduqa_desktop.domain.vocabulary import Mechanism, ObservationStatus, Purpose
from eduqa_desktop.services.attention import school_attention
from eduqa_desktop.services.dashboard import (
    CountsBar,
    DashboardFilter,
    SchoolOrder,
    dashboard_data,
    drill_down,
    filter_choices,
    rank_schools,
)
from eduqa_desktop.services.schools import create_school
from eduqa_desktop.services.teachers import PdStatus, staff_list
from eduqa_desktop.storage.database import Database
from eduqa_desktop.storage.models import (
    AcademicYear,
    Activity,
    ActivityType,
    ChecklistCriterion,
    ChecklistSection,
    ChecklistTemplate,
    CriterionMechanism,
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
)

TODAY = date(2026, 6, 1)
YEAR = "2025-2026"


@dataclass
class District:
    db: Database
    school_a: int
    school_b: int
    t1: int  # school A, mathematics department
    t2: int  # school A, languages department
    t3: int  # school B
    math: int
    native: int
    family: object  # the test checklist's family uuid


def _term(session, number: int) -> Term:  # type: ignore[no-untyped-def]
    return session.scalar(
        select(Term).join(AcademicYear).where(AcademicYear.name == YEAR, Term.number == number)
    )


def _subject(session, english: str) -> int:  # type: ignore[no-untyped-def]
    return session.scalar(select(Subject.id).where(Subject.name_en == english))


def _results(session, term: Term, klass: SchoolClass, subject: int, teacher: int, *counts: int):  # type: ignore[no-untyped-def]
    n5, n4, n3, n2, na = counts
    session.add(
        ResultRow(
            term_id=term.id,
            class_id=klass.id,
            subject_id=subject,
            teacher_id=teacher,
            class_size=30,
            n5=n5,
            n4=n4,
            n3=n3,
            n2=n2,
            not_attested=na,
        )
    )


def _observe(  # type: ignore[no-untyped-def]
    session,
    template: ChecklistTemplate,
    teacher: Teacher,
    day: date,
    scores: dict[int, int | None],
    score: float,
    *,
    klass: SchoolClass | None = None,
    subject: int | None = None,
    status: ObservationStatus = ObservationStatus.FINAL,
    purpose: Purpose = Purpose.PLANNED_CONTROL,
) -> Observation:
    observation = Observation(
        school_id=teacher.school_id,
        teacher_id=teacher.id,
        observed_on=day,
        template_id=template.id,
        class_id=klass.id if klass else None,
        subject_id=subject,
        status=status,
        purpose=purpose,
        score=score,
    )
    session.add(observation)
    session.flush()
    for criterion_id, value in scores.items():
        session.add(
            ObservationScore(
                observation_id=observation.id,
                criterion_id=criterion_id,
                score=value,
                not_applicable=value is None,
            )
        )
    return observation


@pytest.fixture
def district(school_db: Database) -> District:
    db = school_db
    create_school(db, "Second school", year=YEAR)
    with db.session() as session:
        school_a = session.scalar(select(School.id).where(School.name == "Test maktab"))
        school_b = session.scalar(select(School.id).where(School.name == "Second school"))
        year = session.scalar(select(AcademicYear).where(AcademicYear.name == YEAR))
        q1, q2 = _term(session, 1), _term(session, 2)
        math, native = _subject(session, "Mathematics"), _subject(session, "Native language")

        math_dept = Department(school_id=school_a, name="Exact sciences")
        lang_dept = Department(school_id=school_a, name="Languages")
        b_dept = Department(school_id=school_b, name="Exact sciences")
        session.add_all([math_dept, lang_dept, b_dept])
        session.flush()
        t1 = Teacher(
            school_id=school_a,
            full_name="Karimova Dilnoza",
            name_key="karimova dilnoza",
            department_id=math_dept.id,
            last_pd_date=date(2023, 1, 10),
        )
        t2 = Teacher(
            school_id=school_a,
            full_name="Sharipova Gulnora",
            name_key="sharipova gulnora",
            department_id=lang_dept.id,
        )
        t3 = Teacher(
            school_id=school_b,
            full_name="Oʻrolov Bekzod",
            name_key="orolov bekzod",
            department_id=b_dept.id,
        )
        session.add_all([t1, t2, t3])
        session.flush()
        a5a = SchoolClass(school_id=school_a, academic_year_id=year.id, name="5-A", grade=5)
        a5b = SchoolClass(school_id=school_a, academic_year_id=year.id, name="5-B", grade=5)
        a6a = SchoolClass(school_id=school_a, academic_year_id=year.id, name="6-A", grade=6)
        b5a = SchoolClass(school_id=school_b, academic_year_id=year.id, name="5-A", grade=5)
        session.add_all([a5a, a5b, a6a, b5a])
        session.flush()

        # Quarter 2 (the one shown): n5, n4, n3, n2, not attested.
        _results(session, q2, a5a, math, t1.id, 5, 10, 8, 2, 0)
        _results(session, q2, a5b, math, t1.id, 2, 3, 10, 5, 0)
        _results(session, q2, a6a, native, t2.id, 10, 5, 5, 0, 1)
        _results(session, q2, b5a, math, t3.id, 10, 10, 0, 0, 0)
        # Quarter 1 (the one before).
        _results(session, q1, a5a, math, t1.id, 6, 10, 8, 1, 0)
        _results(session, q1, a6a, native, t2.id, 8, 6, 6, 0, 0)

        # A checklist of our own: scale 0..3, criteria A (section 1), B and C (section 2).
        template = ChecklistTemplate(
            code="test", name_en="Test checklist", name_uz="Sinov", name_ru="Тест", scale_max=3
        )
        first = ChecklistSection(position=1, title_en="Planning", title_uz="Reja")
        second = ChecklistSection(position=2, title_en="Pupils", title_uz="Oʻquvchilar")
        crit_a = ChecklistCriterion(position=1, text_en="Aim is clear")
        crit_b = ChecklistCriterion(position=1, text_en="Pupils work in groups")
        crit_c = ChecklistCriterion(position=2, text_en="Pupils reflect", weight=2.0)
        first.criteria = [crit_a]
        second.criteria = [crit_b, crit_c]
        template.sections = [first, second]
        session.add(template)
        session.flush()
        session.add_all(
            [
                CriterionMechanism(criterion_id=crit_a.id, mechanism=Mechanism.MENTORING),
                CriterionMechanism(criterion_id=crit_b.id, mechanism=Mechanism.MENTORING),
                CriterionMechanism(criterion_id=crit_b.id, mechanism=Mechanism.PROJECT_BASED),
            ]
        )
        a, b, c = crit_a.id, crit_b.id, crit_c.id
        # Quarter 2: O1 (T1) A=3 B=1 → 66.67 %; O2 (T2) A=2 B=N/A C=0 → (2/3)/(1+2) = 22.22 %.
        _observe(
            session,
            template,
            t1,
            date(2025, 11, 20),
            {a: 3, b: 1},
            200 / 3,
            klass=a5a,
            subject=math,
        )
        _observe(
            session,
            template,
            t2,
            date(2025, 12, 5),
            {a: 2, b: None, c: 0},
            200 / 9,
            klass=a6a,
            subject=native,
        )
        # A draft never counts; quarter 1 has one observation of 80 %; school B one of 90 %.
        _observe(
            session, template, t1, date(2025, 12, 10), {a: 0}, 0.0, status=ObservationStatus.DRAFT
        )
        _observe(session, template, t1, date(2025, 10, 1), {a: 3}, 80.0)
        _observe(
            session, template, t3, date(2025, 11, 25), {a: 3, b: 3}, 90.0, klass=b5a, subject=math
        )

        mentoring = session.scalar(select(ActivityType).where(ActivityType.code == "mentoring"))
        course = session.scalar(select(ActivityType).where(ActivityType.code == "pd_course"))
        session.add_all(
            [
                Activity(
                    teacher_id=t1.id, activity_type_id=mentoring.id, done_on=date(2025, 11, 15)
                ),
                Activity(
                    teacher_id=t2.id,
                    activity_type_id=course.id,
                    done_on=date(2025, 12, 1),
                    quantity=36,
                ),
                # Quarter 1: outside the quarter shown.
                Activity(
                    teacher_id=t1.id, activity_type_id=mentoring.id, done_on=date(2025, 10, 2)
                ),
            ]
        )
        # Visit plan: T1 in November (done by O1), T2 in December for a thematic check (done by O2,
        # a planned control: another purpose fulfils a visit still pending in its month).
        session.add_all(
            [
                VisitPlanEntry(school_id=school_a, teacher_id=t1.id, year=2025, month=11),
                VisitPlanEntry(
                    school_id=school_a,
                    teacher_id=t2.id,
                    year=2025,
                    month=12,
                    purpose=Purpose.THEMATIC_CHECK,
                ),
            ]
        )
        session.flush()
        world = District(db, school_a, school_b, t1.id, t2.id, t3.id, math, native, template.family)
    return world


def data(world: District, **selection):  # type: ignore[no-untyped-def]
    selection.setdefault("school_id", world.school_a)
    selection.setdefault("year", YEAR)
    selection.setdefault("term", 2)
    return dashboard_data(world.db, DashboardFilter(**selection), today=TODAY)


# --- the cards ---------------------------------------------------------------------------------


def test_cards_compare_this_quarter_with_the_last(district: District) -> None:
    cards = data(district).cards
    assert cards is not None
    # Quarter 2 of school A: n5=17 n4=18 n3=23 n2=7 na=1 → N=66, M=65.
    assert cards.counts == MarkCounts(17, 18, 23, 7, 0, 1)
    assert cards.quality.current == approx(35 / 66 * 100)
    assert cards.pass_rate.current == approx(58 / 66 * 100)
    assert cards.average_grade.current == approx(240 / 65)
    # Quarter 1: n5=14 n4=16 n3=14 n2=1 → N=45.
    assert cards.quality.previous == approx(30 / 45 * 100)
    assert cards.quality.change == approx(35 / 66 * 100 - 30 / 45 * 100)
    assert cards.sou.current == compute_indicators(MarkCounts(17, 18, 23, 7, 0, 1)).sou
    # Observations: O1 and O2 this quarter (the draft left out), one the quarter before.
    assert cards.observations_done.current == 2
    assert cards.observations_done.previous == 1
    assert cards.observation_score.current == approx((200 / 3 + 200 / 9) / 2)
    assert cards.observation_score.previous == approx(80.0)
    # Two visits planned in November–December, both done (December's by another purpose).
    assert (cards.visits_planned.current, cards.visits_done.current) == (2, 2)
    assert (cards.visits_planned.previous, cards.visits_done.previous) == (0, 0)


def test_flags_and_pd_compliance_are_those_of_the_teachers_tab(district: District) -> None:
    cards = data(district).cards
    assert cards is not None
    listed = school_attention(district.db, district.school_a, year=YEAR, term=2, today=TODAY)
    assert cards.teachers == 2
    assert cards.teachers_flagged.current == len(listed.rows)
    # T1 took a course in 2023, T2 on 1 December 2025: both up to date at the end of
    # quarter 2; at the end of quarter 1 T2 had none.
    assert cards.pd_compliance.current == approx(100.0)
    assert cards.pd_compliance.previous == approx(50.0)


# --- results charts ----------------------------------------------------------------------------


def test_quality_by_subject_and_grade_weakest_first(district: District) -> None:
    result = data(district)
    subjects = [(bar.label, bar.quality) for bar in result.by_subject]
    # Mathematics: n5=7 n4=13 of N=45; native language: 15 of 21.
    assert subjects == [
        ("Mathematics", approx(20 / 45 * 100)),
        ("Native language", approx(15 / 21 * 100)),
    ]
    grades = [(bar.label, bar.quality) for bar in result.by_grade]
    assert grades == [("5", approx(20 / 45 * 100)), ("6", approx(15 / 21 * 100))]
    # Every bar is the indicators of its summed counts.
    for bar in (*result.by_subject, *result.by_grade):
        assert bar.indicators == compute_indicators(bar.counts)


def test_subject_names_follow_the_language(district: District) -> None:
    result = dashboard_data(
        district.db,
        DashboardFilter(school_id=district.school_a, year=YEAR, term=2),
        language="ru",
        today=TODAY,
    )
    assert {bar.label for bar in result.by_subject} == {"Математика", "Родной язык"}


def test_grade_distribution_per_subject_then_per_class(district: District) -> None:
    result = data(district)
    assert not result.distribution_by_class
    assert [bar.counts for bar in result.distribution] == [
        MarkCounts(7, 13, 18, 7, 0, 0),
        MarkCounts(10, 5, 5, 0, 0, 1),
    ]
    by_class = data(district, subject_id=district.math)
    assert by_class.distribution_by_class
    assert [(bar.label, bar.counts) for bar in by_class.distribution] == [
        ("5-B", MarkCounts(2, 3, 10, 5, 0, 0)),
        ("5-A", MarkCounts(5, 10, 8, 2, 0, 0)),
    ]


def test_trend_has_the_selection_and_the_school(district: District) -> None:
    trend = data(district, grade=6).trend
    assert [(p.year, p.term) for p in trend] == [(YEAR, 1), (YEAR, 2)]
    assert [p.selection.quality for p in trend] == [approx(14 / 20 * 100), approx(15 / 21 * 100)]
    assert [p.scope.quality for p in trend] == [approx(30 / 45 * 100), approx(35 / 66 * 100)]
    assert [p.observation_score for p in trend] == [None, approx(200 / 9)]


def test_department_filter_by_name(district: District) -> None:
    result = data(district, department="Exact sciences")
    assert result.cards is not None
    assert result.cards.counts == MarkCounts(7, 13, 18, 7, 0, 0)
    assert result.cards.observations_done.current == 1
    everywhere = data(district, school_id=None, department="Exact sciences")
    assert everywhere.cards is not None
    assert everywhere.cards.counts == MarkCounts(17, 23, 18, 7, 0, 0)


# --- observation charts -----------------------------------------------------------------------


def test_criteria_averages_weakest_first(district: District) -> None:
    result = data(district)
    assert result.checklist is not None and result.checklist.label == "Test checklist"
    criteria = [(bar.label, bar.section, bar.average, bar.ratings) for bar in result.criteria]
    assert criteria == [
        ("Pupils reflect", "Pupils", approx(0.0), 1),
        ("Pupils work in groups", "Pupils", approx(100 / 3), 1),
        ("Aim is clear", "Planning", approx((100 + 200 / 3) / 2), 2),
    ]


def test_heat_map_of_teachers_and_sections(district: District) -> None:
    heatmap = data(district).heatmap
    assert heatmap is not None
    assert heatmap.columns == ("Planning", "Pupils")
    # T2: planning 2/3, pupils C=0 (weight 2) → 0; T1: planning 3/3, pupils B=1/3.
    assert [row.label for row in heatmap.rows] == ["Sharipova Gulnora", "Karimova Dilnoza"]
    assert heatmap.values == ((approx(200 / 3), approx(0.0)), (approx(100.0), approx(100 / 3)))
    assert not heatmap.by_school
    per_school = data(district, school_id=None).heatmap
    assert per_school is not None and per_school.by_school
    assert [row.label for row in per_school.rows] == ["Test maktab", "Second school"]
    # School A's planning: A=3 and A=2 pooled → 5/6.
    assert per_school.values[0][0] == approx(500 / 6)


def test_score_histogram_with_bands(district: District) -> None:
    histogram = data(district).histogram
    assert histogram is not None
    assert histogram.total == 2
    assert histogram.counts[13] == 1  # 66.7 % in 65–70
    assert histogram.counts[4] == 1  # 22.2 % in 20–25
    assert histogram.band_counts == {
        Band.HIGH: 0,
        Band.GOOD: 0,
        Band.NEEDS_IMPROVEMENT: 1,
        Band.UNSATISFACTORY: 1,
    }
    assert histogram.average == approx((200 / 3 + 200 / 9) / 2)


def test_mechanisms_evidence(district: District) -> None:
    evidence = {item.mechanism: item for item in data(district).mechanisms}
    mentoring = evidence[Mechanism.MENTORING]
    # Lessons where A or B scored above the minimum: O1 and O2; A=3, A=2, B=1 → (1+2/3+1/3)/3.
    assert (mentoring.lessons, mentoring.activities, mentoring.teachers) == (2, 1, 1)
    assert mentoring.lesson_score == approx(200 / 3)
    project = evidence[Mechanism.PROJECT_BASED]
    assert (project.lessons, project.lesson_score, project.activities) == (1, approx(100 / 3), 0)
    development = evidence[Mechanism.PROFESSIONAL_DEVELOPMENT]
    assert (development.lessons, development.lesson_score, development.activities) == (0, None, 1)
    assert evidence[Mechanism.DUAL_EDUCATION].evidence == 0
    # The thinnest evidence first.
    totals = [item.evidence for item in data(district).mechanisms]
    assert totals == sorted(totals)


# --- several schools -------------------------------------------------------------------------


def test_schools_compared_and_scatter(district: District) -> None:
    result = data(district, school_id=None)
    assert result.school_count == 2
    schools = {bar.label: bar.quality for bar in result.schools}
    assert schools == {"Test maktab": approx(35 / 66 * 100), "Second school": approx(100.0)}
    assert result.scatter_by_school
    points = {(p.label, round(p.observation_score, 2), round(p.quality, 2)) for p in result.scatter}
    assert points == {
        ("Test maktab", round((200 / 3 + 200 / 9) / 2, 2), round(35 / 66 * 100, 2)),
        ("Second school", 90.0, 100.0),
    }
    # One school chosen: the comparison stays, the scatter is per teacher.
    one = data(district)
    assert len(one.schools) == 2
    assert not one.scatter_by_school
    assert {p.label for p in one.scatter} == {"Karimova Dilnoza", "Sharipova Gulnora"}


def test_rank_schools_keeps_the_chosen_one_and_sums_the_rest() -> None:
    bars = [
        CountsBar(
            i,
            f"School {i:02}",
            MarkCounts(n5=i, n3=20 - i),
            compute_indicators(MarkCounts(n5=i, n3=20 - i)),
        )
        for i in range(1, 16)
    ]
    lowest = rank_schools(bars, SchoolOrder.LOWEST_FIRST, keep=5, pinned=15)
    assert [bar.key for bar in lowest] == [1, 2, 3, 15, None]
    other = lowest[-1]
    assert other.other == 11
    assert other.counts == MarkCounts.total(bar.counts for bar in bars if bar.key in range(4, 15))
    highest = rank_schools(bars, SchoolOrder.HIGHEST_FIRST, keep=3)
    assert [bar.key for bar in highest] == [15, 14, None]
    by_name = rank_schools(bars, SchoolOrder.BY_NAME)
    assert len(by_name) == 12 and by_name[-1].other == 4


# --- drill down, choices, empty -----------------------------------------------------------------


def test_drill_down_into_a_subject(district: District) -> None:
    selection = DashboardFilter(school_id=district.school_a, year=YEAR, term=2)
    opened = drill_down(district.db, selection, "subject", district.math)
    assert opened.label == "Mathematics"
    assert [(bar.label, bar.quality) for bar in opened.classes] == [
        ("5-B", approx(25.0)),
        ("5-A", approx(60.0)),
    ]
    assert [(bar.label, bar.quality) for bar in opened.teachers] == [
        ("Karimova Dilnoza", approx(20 / 45 * 100))
    ]
    # With all schools a class name says which school.
    everywhere = drill_down(district.db, DashboardFilter(year=YEAR, term=2), "grade", 5)
    assert [bar.label for bar in everywhere.classes] == [
        "5-B · Test maktab",
        "5-A · Test maktab",
        "5-A · Second school",
    ]


def test_filter_choices_and_default(district: District) -> None:
    choices = filter_choices(district.db, today=TODAY)
    assert [choice.label for choice in choices.schools] == ["Second school", "Test maktab"]
    assert choices.default.school_id is None  # several schools: all of them
    assert (choices.default.year, choices.default.term) == (YEAR, 2)  # the latest with results
    assert choices.grades == (5, 6)
    assert {choice.label for choice in choices.subjects} == {"Mathematics", "Native language"}
    assert choices.departments == ("Exact sciences", "Languages")
    assert [t.number for t in choices.terms_of(YEAR)] == [1, 2, 3, 4]


def test_an_empty_selection_says_so(district: District) -> None:
    result = data(district, grade=11)
    assert result.empty
    assert result.by_subject == () and result.criteria == ()
    assert result.cards is not None and result.cards.quality.current is None
    later = data(district, term=4)
    assert not later.has_results and not later.has_observations


def test_a_database_without_terms(db: Database) -> None:
    result = dashboard_data(db, DashboardFilter(), today=TODAY)
    assert result.period is None and result.cards is None and result.empty


def test_flag_counts_match_the_teachers_tab_on_the_demo_school(demo_db: Database) -> None:
    """The cards count the attention list and the PD signals the Teachers tab shows."""
    today = date(2026, 11, 25)
    school = filter_choices(demo_db, today=today).schools[0].key
    for year, term in (("2026-2027", 1), ("2025-2026", 4), ("2025-2026", 2)):
        result = dashboard_data(
            demo_db, DashboardFilter(school_id=school, year=year, term=term), today=today
        )
        assert result.cards is not None
        rows = staff_list(demo_db, school, year=year, term=term, today=today).rows
        listed = school_attention(demo_db, school, year=year, term=term, today=today)
        assert result.cards.teachers_flagged.current == len(listed.rows)
        assert {r.teacher_name for r in listed.rows} == {
            r.full_name for r in rows if r.attention_rank is not None
        }
        # The PD signal fires for a course overdue or none on record: the list's PD status.
        late = (PdStatus.OVERDUE, PdStatus.NONE)
        overdue = {r.id for r in rows if r.active and r.pd_status in late}
        assert result.cards.pd_up_to_date == result.cards.teachers - len(overdue)


def test_every_bar_matches_the_indicator_tables(demo_db: Database) -> None:
    """Quality by subject, by grade and by school is what the Results tab's tables say."""
    from eduqa_desktop.services.indicators import indicator_table
    from eduqa_desktop.storage.indicator_queries import GroupBy

    today = date(2026, 11, 25)
    school = filter_choices(demo_db, today=today).schools[0].key
    result = dashboard_data(
        demo_db, DashboardFilter(school_id=school, year="2026-2027", term=1), today=today
    )
    for bars, by in ((result.by_subject, GroupBy.SUBJECT), (result.by_grade, GroupBy.GRADE)):
        table = {
            row.key: row
            for row in indicator_table(
                demo_db, school_id=school, year="2026-2027", term=1, by=by, compare_previous=False
            )
        }
        for bar in bars:
            if bar.other:
                continue
            assert bar.counts == table[bar.key].counts
            assert bar.indicators == table[bar.key].indicators
    (whole,) = indicator_table(
        demo_db, school_id=school, year="2026-2027", term=1, by=GroupBy.SCHOOL
    )
    assert result.cards is not None
    assert result.cards.counts == whole.counts
    assert result.cards.quality.current == whole.indicators.quality
    assert result.cards.quality.previous == whole.previous.quality  # type: ignore[union-attr]
