"""Indicators at every level against numbers computed by hand (see tests/results_world.py)."""

from __future__ import annotations

import pytest
from results_world import World, build_world, row

from eduqa_desktop.domain.display import average_2, percent_1
from eduqa_desktop.domain.indicators import MarkCounts, SouWeights
from eduqa_desktop.domain.thresholds import Thresholds
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.indicators import (
    GroupBy,
    IndicatorRow,
    find_term_ref,
    indicator_table,
    latest_term_with_results,
    previous_term,
    teacher_results,
    teacher_summaries,
    terms_with_results,
)
from eduqa_desktop.services.results import save_results
from eduqa_desktop.services.schools import create_school
from eduqa_desktop.services.thresholds import save_thresholds
from eduqa_desktop.storage.database import Database


@pytest.fixture
def world(school_db: Database) -> World:
    return build_world(school_db)


def shown(item: IndicatorRow) -> tuple[object, ...]:
    """(N, pass rate, quality, SOU, average) as displayed."""
    i = item.indicators
    return (
        item.counts.assessed,
        percent_1(i.pass_rate),
        percent_1(i.quality),
        percent_1(i.sou),
        average_2(i.average_grade),
    )


def table(db: Database, world: World, by: GroupBy, **kw: object) -> dict[str, IndicatorRow]:
    rows = indicator_table(db, school_id=world.school_id, year="2025-2026", term=4, by=by, **kw)
    return {r.group: r for r in rows}


# Hand computations: N = n5+n4+n3+n2+n1+na; pass (n5+n4+n3)/N; quality (n5+n4)/N;
# SOU (n5 + .64 n4 + .36 n3 + .16 n2 + .07 (n1+na))/N; average points / (N - na).
LEVELS = [
    pytest.param(
        GroupBy.CLASS,
        {
            # rows 1+2: 10,20,16,4,0,na 1 → N 51; 46/51, 30/51, 29.27/51, 186/50
            # (the average of the two rows' pass rates would be 90.25 → 90.3: never that)
            "7-A": (51, 90.2, 58.8, 57.4, 3.72),
            # only 2s: nobody passed, SOU .16
            "7-B": (20, 0.0, 0.0, 16.0, 2.0),
            # row 4 (+ row 5 whose 10 pupils are all exempt): 24/28, 12/28, 13.63/28, 94/28
            "8-A": (28, 85.7, 42.9, 48.7, 3.36),
        },
        id="class",
    ),
    pytest.param(
        GroupBy.GRADE,
        {
            # rows 1-3: 10,20,16,24,0,1 → N 71: 46/71, 30/71, 32.47/71, 226/70
            "7": (71, 64.8, 42.3, 45.7, 3.23),
            "8": (28, 85.7, 42.9, 48.7, 3.36),
        },
        id="grade",
    ),
    pytest.param(
        GroupBy.SUBJECT,
        {
            # rows 1+3: 5,10,8,22 → N 45: 23/45, 15/45, 17.8/45, 133/45
            "Algebra": (45, 51.1, 33.3, 39.6, 2.96),
            "Geometry": (28, 85.7, 42.9, 48.7, 3.36),
            # rows 2+5 (row 5 all exempt): the domain.md example with one not attested
            "Native language": (26, 88.5, 57.7, 56.4, 3.72),
        },
        id="subject",
    ),
    pytest.param(
        GroupBy.TEACHER,
        {
            # rows 1+4: 8,19,20,5,1 → N 53: 47/53, 27/53, 28.23/53, 187/53
            "Aliyeva Dilnoza": (53, 88.7, 50.9, 53.3, 3.53),
            "Каримов Бахтиёр": (26, 88.5, 57.7, 56.4, 3.72),
            "Oʻrolov Sardor": (20, 0.0, 0.0, 16.0, 2.0),
            # every pupil exempt: N = 0, everything undefined (never 0, never an error)
            "Toshmatova Gulnora": (0, None, None, None, None),
        },
        id="teacher",
    ),
    pytest.param(
        GroupBy.DEPARTMENT,
        {
            # rows 1, 3, 4: 8,19,20,25,1 → N 73: 47/73, 27/73, 31.43/73, 227/73
            "Math": (73, 64.4, 37.0, 43.1, 3.11),
            "Languages": (26, 88.5, 57.7, 56.4, 3.72),
            "": (0, None, None, None, None),
        },
        id="department",
    ),
    pytest.param(
        GroupBy.SCHOOL,
        {
            # all rows: 13,29,28,27,1,1 → N 99: 70/99, 42/99, 46.1/99, 320/98
            "Test maktab": (99, 70.7, 42.4, 46.6, 3.27),
        },
        id="school",
    ),
]


@pytest.mark.parametrize(("by", "expected"), LEVELS)
def test_every_level_of_aggregation(
    school_db: Database, world: World, by: GroupBy, expected: dict[str, tuple[object, ...]]
) -> None:
    rows = table(school_db, world, by, language="en")
    assert {group: shown(item) for group, item in rows.items()} == expected


def test_rows_carry_summed_counts_exempt_and_pupils(school_db: Database, world: World) -> None:
    rows = table(school_db, world, GroupBy.CLASS)
    assert rows["8-A"].counts == MarkCounts(3, 9, 12, 3, 1, 0)
    assert rows["8-A"].exempt == 12
    # pupils: the class once, with its largest size (30 in geometry, 10 in the native
    # language group), not the sizes summed over subjects (40)
    assert rows["8-A"].pupils == 30


def test_pupils_count_each_class_once_at_every_level(school_db: Database, world: World) -> None:
    """Marks (N) are per pupil and subject; pupils are a head count (7-A 26, 7-B 20, 8-A 30)."""
    grades = table(school_db, world, GroupBy.GRADE)
    assert (grades["7"].pupils, grades["7"].counts.assessed) == (46, 71)
    school = table(school_db, world, GroupBy.SCHOOL)
    assert [(r.pupils, r.counts.assessed) for r in school.values()] == [(76, 99)]
    # a teacher of 7-A (algebra, 25) and 8-A (geometry, 30): each class once
    teachers = table(school_db, world, GroupBy.TEACHER)
    assert teachers["Aliyeva Dilnoza"].pupils == 55


def test_classes_and_grades_come_in_grade_order(school_db: Database, world: World) -> None:
    save_results(
        school_db,
        school_id=world.school_id,
        term_id=world.q4,
        rows=[row("10-A", world.algebra, world.orolov, 20, 10, 10)],
    )
    classes = indicator_table(
        school_db, school_id=world.school_id, year="2025-2026", term=4, by=GroupBy.CLASS
    )
    grades = indicator_table(
        school_db, school_id=world.school_id, year="2025-2026", term=4, by=GroupBy.GRADE
    )
    assert [r.group for r in classes] == ["7-A", "7-B", "8-A", "10-A"]
    assert [r.group for r in grades] == ["7", "8", "10"]


def test_subject_names_follow_the_language(school_db: Database, world: World) -> None:
    assert "Алгебра" in table(school_db, world, GroupBy.SUBJECT, language="ru")
    assert "Ona tili" in table(school_db, world, GroupBy.SUBJECT, language="uz")


def test_previous_term_in_the_same_year(school_db: Database, world: World) -> None:
    rows = table(school_db, world, GroupBy.TEACHER)
    aliyeva = rows["Aliyeva Dilnoza"]
    # quarter 3: only 7-A Algebra 4,8,10,3 → pass 22/25 = 88, quality 12/25 = 48
    assert aliyeva.previous_counts == MarkCounts(4, 8, 10, 3)
    assert percent_1(aliyeva.previous.quality) == 48.0
    assert percent_1(aliyeva.change.quality) == pytest.approx(2.9)  # 50.94 − 48
    assert percent_1(aliyeva.change.pass_rate) == pytest.approx(0.7)  # 88.68 − 88
    assert average_2(aliyeva.change.average_grade) == pytest.approx(0.01)  # 3.528 − 3.52
    # nobody else had results in quarter 3
    assert rows["Oʻrolov Sardor"].previous is None
    assert rows["Oʻrolov Sardor"].change is None


def test_quarter_one_is_compared_with_the_class_the_pupils_were_in(
    school_db: Database, world: World
) -> None:
    # 8-A of 2026-2027 is last year's 7-A moved up a grade; 7-A of 2026-2027 was 6-A
    save_results(
        school_db,
        school_id=world.school_id,
        term_id=world.next_q1,
        rows=[row("8-A", world.algebra, world.aliyeva, 25, 5, 9, 8, 3)],
    )
    rows = {
        r.group: r
        for r in indicator_table(
            school_db, school_id=world.school_id, year="2026-2027", term=1, by=GroupBy.CLASS
        )
    }
    eight_a = rows["8-A"]
    assert eight_a.previous_group == "7-A"
    assert eight_a.previous_counts == MarkCounts(10, 20, 16, 4, 0, 1)  # 7-A in quarter 4
    # quality 14/25 = 56 now, 30/51 = 58.82 before
    assert percent_1(eight_a.indicators.quality) == 56.0
    assert percent_1(eight_a.change.quality) == pytest.approx(-2.8)
    seven_a = rows["7-A"]  # other pupils than last year's 7-A: nothing to compare with
    assert seven_a.previous is None and seven_a.change is None
    assert seven_a.previous_group is None
    ref = find_term_ref(school_db, "2026-2027", 1)
    before = previous_term(school_db, ref.id)
    assert (before.year, before.number) == ("2025-2026", 4)


def test_within_a_year_a_class_is_compared_with_itself(school_db: Database, world: World) -> None:
    seven_a = table(school_db, world, GroupBy.CLASS)["7-A"]
    assert seven_a.previous_group == "7-A"
    assert seven_a.previous_counts == MarkCounts(4, 8, 10, 3)  # 7-A in quarter 3


def test_the_first_term_has_nothing_to_compare_with(school_db: Database, world: World) -> None:
    rows = indicator_table(
        school_db, school_id=world.school_id, year="2025-2026", term=3, by=GroupBy.SCHOOL
    )
    assert rows[0].previous is None and rows[0].change is None
    q1 = find_term_ref(school_db, "2025-2026", 1)
    assert previous_term(school_db, q1.id) is None  # no 2024-2025 in the file


def test_comparison_can_be_left_out(school_db: Database, world: World) -> None:
    rows = table(school_db, world, GroupBy.SCHOOL, compare_previous=False)
    assert rows["Test maktab"].previous is None


def test_a_change_is_undefined_when_either_side_is(school_db: Database, world: World) -> None:
    save_results(
        school_db,
        school_id=world.school_id,
        term_id=world.q3,
        rows=[row("8-A", world.native, world.toshmatova, 10, 5, 5)],
    )
    toshmatova = table(school_db, world, GroupBy.TEACHER)["Toshmatova Gulnora"]
    assert toshmatova.previous is not None
    assert toshmatova.change.quality is None  # N = 0 now


def test_sou_weights_come_from_the_thresholds_setting(school_db: Database, world: World) -> None:
    save_thresholds(school_db, Thresholds(sou_weights=SouWeights(1.0, 0.64, 0.36, 0.16, 0.08)))
    # 8-A: (3 + 5.76 + 4.32 + .48 + .08·1)/28 = 13.64/28 = 48.71 (48.68 with .07)
    rows = table(school_db, world, GroupBy.CLASS)
    assert rows["8-A"].indicators.sou == pytest.approx(1364 / 28)


def test_an_unknown_term_or_year_is_refused(school_db: Database, world: World) -> None:
    with pytest.raises(UserError, match="no quarter 2 of 2027-2028"):
        indicator_table(
            school_db, school_id=world.school_id, year="2027-2028", term=2, by=GroupBy.SCHOOL
        )
    with pytest.raises(UserError, match="not an academic year"):
        indicator_table(
            school_db, school_id=world.school_id, year="2027", term=2, by=GroupBy.SCHOOL
        )


def test_a_term_without_results_gives_no_rows(school_db: Database, world: World) -> None:
    assert (
        indicator_table(
            school_db, school_id=world.school_id, year="2025-2026", term=2, by=GroupBy.CLASS
        )
        == []
    )


def test_several_schools_each_count_only_their_own(school_db: Database, world: World) -> None:
    other = create_school(school_db, "Boshqa maktab", year="2025-2026")
    from results_world import add_teacher

    teacher = add_teacher(school_db, other.id, "Qodirov Anvar", None)
    save_results(
        school_db,
        school_id=other.id,
        term_id=world.q4,
        rows=[row("7-A", world.algebra, teacher, 10, 10)],
    )
    mine = table(school_db, world, GroupBy.CLASS)
    assert shown(mine["7-A"])[0] == 51
    district = indicator_table(
        school_db, school_id=None, year="2025-2026", term=4, by=GroupBy.CLASS
    )
    seven_a = [(r.school, r.counts.assessed) for r in district if r.group == "7-A"]
    assert seven_a == [("Boshqa maktab", 10), ("Test maktab", 51)]
    schools = indicator_table(
        school_db, school_id=None, year="2025-2026", term=4, by=GroupBy.SCHOOL
    )
    assert [(r.group, r.counts.assessed) for r in schools] == [
        ("Boshqa maktab", 10),
        ("Test maktab", 99),
    ]


def test_terms_with_results(school_db: Database, world: World) -> None:
    terms = [(t.year, t.number) for t in terms_with_results(school_db, world.school_id)]
    assert terms == [("2025-2026", 3), ("2025-2026", 4), ("2026-2027", 1)]
    latest = latest_term_with_results(school_db, world.school_id)
    assert (latest.year, latest.number) == ("2026-2027", 1)
    in_year = latest_term_with_results(school_db, world.school_id, "2025-2026")
    assert (in_year.year, in_year.number) == ("2025-2026", 4)


# --- one teacher --------------------------------------------------------------------------------


def test_teacher_results_per_class_subject_and_term(school_db: Database, world: World) -> None:
    lines = teacher_results(school_db, world.aliyeva)
    assert [(x.term.year, x.term.number, x.class_name, x.subject) for x in lines] == [
        ("2025-2026", 3, "7-A", "Algebra"),
        ("2025-2026", 4, "7-A", "Algebra"),
        ("2025-2026", 4, "8-A", "Geometry"),
        ("2026-2027", 1, "7-A", "Algebra"),
    ]
    q3, q4, geometry, next_q1 = lines
    assert q3.previous is None and q3.previous_term is None
    # 48 % → 60 % in quarter 4
    assert percent_1(q4.indicators.quality) == 60.0
    assert percent_1(q4.change.quality) == 12.0
    assert (q4.previous_term.year, q4.previous_term.number) == ("2025-2026", 3)
    assert geometry.change is None
    assert shown_line(geometry) == (28, 85.7, 42.9, 48.7, 3.36)
    assert q4.previous_class_name == "7-A"
    # 7-A of the next year holds last year's 6-A: nothing to compare with
    assert next_q1.change is None and next_q1.previous_term is None
    assert next_q1.previous_class_name is None


def test_teacher_results_across_a_year_follow_the_pupils(school_db: Database, world: World) -> None:
    save_results(
        school_db,
        school_id=world.school_id,
        term_id=world.next_q1,
        rows=[row("8-A", world.algebra, world.aliyeva, 25, 5, 9, 8, 3)],
    )
    lines = teacher_results(school_db, world.aliyeva)
    (eight_a,) = [x for x in lines if x.term.number == 1 and x.class_name == "8-A"]
    # 8-A Algebra (14/25 = 56 %) against 7-A Algebra in quarter 4 (15/25 = 60 %)
    assert eight_a.previous_class_name == "7-A"
    assert (eight_a.previous_term.year, eight_a.previous_term.number) == ("2025-2026", 4)
    assert percent_1(eight_a.previous.quality) == 60.0
    assert percent_1(eight_a.change.quality) == -4.0


def shown_line(line: object) -> tuple[object, ...]:
    return shown(line)  # type: ignore[arg-type]


def test_teacher_results_of_an_all_exempt_class(school_db: Database, world: World) -> None:
    (line,) = teacher_results(school_db, world.toshmatova, language="ru")
    assert line.subject == "Родной язык"
    assert line.counts.assessed == 0
    assert line.indicators.pass_rate is None and line.indicators.average_grade is None
    assert line.exempt == 10


def test_teacher_results_of_an_unknown_teacher(school_db: Database, world: World) -> None:
    with pytest.raises(UserError):
        teacher_results(school_db, 99_999)


def test_teacher_summaries_take_each_teachers_latest_term(
    school_db: Database, world: World
) -> None:
    summaries = teacher_summaries(school_db, school_id=world.school_id)
    aliyeva = summaries[world.aliyeva]
    assert (aliyeva.term.year, aliyeva.term.number) == ("2026-2027", 1)
    # 64 % now against 27/53 = 50.94 % in quarter 4
    assert percent_1(aliyeva.indicators.quality) == 64.0
    assert percent_1(aliyeva.change.quality) == pytest.approx(13.1)
    orolov = summaries[world.orolov]
    assert (orolov.term.year, orolov.term.number) == ("2025-2026", 4)
    assert orolov.previous is None
    assert summaries[world.toshmatova].indicators.quality is None


def test_teacher_summaries_of_one_term(school_db: Database, world: World) -> None:
    summaries = teacher_summaries(school_db, school_id=world.school_id, term_id=world.q4)
    assert set(summaries) == {world.aliyeva, world.karimov, world.orolov, world.toshmatova}
    assert percent_1(summaries[world.aliyeva].indicators.quality) == 50.9
    assert percent_1(summaries[world.aliyeva].previous.quality) == 48.0
