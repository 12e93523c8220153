"""Reading a block copied from Excel, and checking entered rows (pure functions)."""

from __future__ import annotations

import pytest

from eduqa_desktop.domain.indicators import MarkCounts
from eduqa_desktop.domain.result_entry import (
    Problem,
    SubjectChoice,
    check_row,
    duplicate_rows,
    parse_whole_number,
    resolve_subject,
    resolve_teacher,
)
from eduqa_desktop.domain.result_paste import (
    header_columns,
    parse_pasted_block,
    split_block,
)

TEACHERS = [(1, "Sharipova Gulnora Akmalovna"), (2, "Каримов Бахтиёр"), (3, "Karimova Gavhar")]
SUBJECTS = [
    SubjectChoice(10, "Algebra", ("Алгебра",)),
    SubjectChoice(11, "Ona tili", ("Родной язык", "Native language")),
]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("25", (25, None)),
        (" 25 ", (25, None)),
        ("25.0", (25, None)),
        ("25,0", (25, None)),
        ("1 025", (1025, None)),
        ("1\u00a0025", (1025, None)),
        (25.0, (25, None)),
        (7, (7, None)),
        ("", (None, None)),
        ("—", (None, None)),
        (None, (None, None)),
        ("25.5", (None, Problem.NOT_WHOLE)),
        (25.5, (None, Problem.NOT_WHOLE)),
        ("-3", (None, Problem.NEGATIVE)),
        (-3, (None, Problem.NEGATIVE)),
        ("abc", (None, Problem.NOT_A_NUMBER)),
        ("nan", (None, Problem.NOT_A_NUMBER)),
        (True, (None, Problem.NOT_A_NUMBER)),
    ],
)
def test_parse_whole_number(value: object, expected: tuple[object, object]) -> None:
    assert parse_whole_number(value) == expected


def test_check_row_reads_text_and_fills_blank_counts_with_zero() -> None:
    checked = check_row(
        {"class_name": "7 «А»", "class_size": "25", "n5": "5", "n4": "10", "n3": "8", "n2": "2"}
    )
    assert checked.valid
    assert (checked.class_name, checked.grade, checked.letter) == ("7-A", 7, "A")
    assert checked.counts == MarkCounts(5, 10, 8, 2, 0, 0)
    assert (checked.class_size, checked.exempt) == (25, 0)


def test_check_row_names_each_problem() -> None:
    checked = check_row({"class_name": "7A", "class_size": "", "n5": "x", "n4": "-1"})
    assert [(p.field, p.code) for p in checked.problems] == [
        ("class_size", Problem.MISSING),
        ("n5", Problem.NOT_A_NUMBER),
        ("n4", Problem.NEGATIVE),
    ]
    assert checked.problems[1].params == {"value": "x"}
    assert not checked.valid_numbers


def test_check_row_counts_above_the_class_size() -> None:
    checked = check_row(
        {"class_name": "7-A", "class_size": 20, "n5": 10, "n4": 9, "not_attested": 1, "exempt": 1}
    )
    (problem,) = checked.problems
    assert problem.code is Problem.EXCEEDS_CLASS_SIZE
    assert problem.params == {"marked": 19, "not_attested": 1, "exempt": 1, "used": 21, "size": 20}


def test_check_row_bad_and_missing_class() -> None:
    assert check_row({"class_name": "Z", "class_size": 1}).problems[0].code is Problem.BAD_CLASS
    assert check_row({"class_size": 1}).problems[0].code is Problem.MISSING


def test_resolve_subject_in_any_language_and_spelling() -> None:
    assert resolve_subject("алгебра", SUBJECTS).id == 10
    assert resolve_subject("ONA TILI", SUBJECTS).id == 11
    assert resolve_subject("Native language", SUBJECTS).id == 11
    unknown = resolve_subject("Fizika", SUBJECTS)
    assert unknown.id is None and unknown.problem.code is Problem.UNKNOWN_SUBJECT
    twice = [SubjectChoice(1, "Tarix"), SubjectChoice(2, "История", ("Tarix",))]
    assert resolve_subject("tarix", twice).problem.code is Problem.AMBIGUOUS_SUBJECT
    assert resolve_subject("", SUBJECTS).problem.code is Problem.MISSING


def test_resolve_teacher_by_name_script_and_initials() -> None:
    assert resolve_teacher("Sharipova G.A.", TEACHERS).id == 1
    assert resolve_teacher("Karimov Baxtiyor", TEACHERS).id == 2
    assert resolve_teacher("Nobody Here", TEACHERS).problem.code is Problem.UNKNOWN_TEACHER
    twins = [(1, "Karimova Gavhar Olimovna"), (2, "Karimova Gavhar Odilovna")]
    ambiguous = resolve_teacher("Karimova G.O.", twins)
    assert ambiguous.problem.code is Problem.AMBIGUOUS_TEACHER
    assert "Olimovna" in ambiguous.problem.params["candidates"]


def test_duplicate_rows() -> None:
    assert duplicate_rows([("7-A", 1), None, ("7-A", 1), None, ("7-B", 1)]) == {2: 0}


# --- blocks ---------------------------------------------------------------------------------------


def test_split_block_handles_excel_quoting_and_line_ends() -> None:
    text = '7-A\t"Ona\ttili"\t25\r\n"8\nB"\tAlgebra\t30\r\n'
    assert split_block(text) == [["7-A", "Ona\ttili", "25"], ["8\nB", "Algebra", "30"]]
    assert split_block("") == []


def test_a_block_without_header_follows_the_given_columns() -> None:
    text = "7 «А»\tAlgebra\tSharipova G.A.\t25\t5\t10\t8\t2\t\t\t\n"
    block = parse_pasted_block(text, teachers=TEACHERS, subjects=SUBJECTS)
    assert block.valid and not block.header
    (row,) = block.rows
    assert (row.line, row.class_name, row.subject_id, row.teacher_id) == (1, "7-A", 10, 1)
    assert row.counts == MarkCounts(5, 10, 8, 2) and row.class_size == 25
    assert row.cells["class_name"] == "7 «А»"


def test_a_block_with_a_russian_header_in_another_order() -> None:
    text = (
        "Класс\tУчитель\tПредмет\tВсего учащихся\t«5»\t«4»\t«3»\t«2»\tН/А\tОсвобождён\n"
        "7-А\tКаримов Бахтиёр\tРодной язык\t26\t5\t10\t8\t2\t1\t0\n"
        "Итого\t\t\t26\t5\t10\t8\t2\t1\t0\n"
    )
    block = parse_pasted_block(text, teachers=TEACHERS, subjects=SUBJECTS)
    assert block.header and block.valid
    (row,) = block.rows  # the totals row is left out
    assert (row.line, row.class_name, row.teacher_id, row.subject_id) == (2, "7-A", 2, 11)
    assert row.counts == MarkCounts(5, 10, 8, 2, 0, 1)


def test_header_words_in_uzbek_with_any_apostrophe() -> None:
    cells = ["Sinf", "Fan", "O‘qituvchi", "O'quvchilar soni", "a’lo", "yaxshi", "qoniqarli"]
    assert header_columns(cells) == [
        "class_name", "subject", "teacher", "class_size", "n5", "n4", "n3",
    ]  # fmt: skip
    assert header_columns(["5", "4", "3", "2"]) is None  # numbers are data


def test_problems_carry_the_line_and_field() -> None:
    text = (
        "7-A\tAlgebra\tSharipova G.A.\t20\t15\t10\n"
        "\n"
        "7-B\tFizika\tNobody\tabc\n"
        "7-A\tAlgebra\tSharipova Gulnora\t25\t1\n"
    )
    block = parse_pasted_block(text, teachers=TEACHERS, subjects=SUBJECTS)
    assert [(p.line, p.field, p.code) for p in block.problems] == [
        (1, "class_size", Problem.EXCEEDS_CLASS_SIZE),
        (3, "class_size", Problem.NOT_A_NUMBER),
        (3, "subject", Problem.UNKNOWN_SUBJECT),
        (3, "teacher", Problem.UNKNOWN_TEACHER),
        (4, "class_name", Problem.DUPLICATE),
    ]
    assert [r.line for r in block.rows] == [1, 3, 4]


def test_a_partial_block_over_existing_rows_checks_only_its_cells() -> None:
    block = parse_pasted_block("5\t10\t8\n4\tx\t1\n", columns=("n5", "n4", "n3"),
                               complete_rows=False)  # fmt: skip
    assert [r.cells for r in block.rows] == [
        {"n5": "5", "n4": "10", "n3": "8"},
        {"n5": "4", "n4": "x", "n3": "1"},
    ]
    assert [(p.line, p.field, p.code) for p in block.problems] == [(2, "n4", Problem.NOT_A_NUMBER)]


def test_more_cells_than_columns() -> None:
    block = parse_pasted_block("1\t2\t3", columns=("n5", "n4"), complete_rows=False)
    assert [p.code for p in block.problems] == [Problem.EXTRA_CELLS]


def test_names_are_left_as_text_without_lists() -> None:
    block = parse_pasted_block("7-A\tAlgebra\tAnybody\t25\t25\n")
    assert block.valid
    assert block.rows[0].teacher_id is None and block.rows[0].cells["teacher"] == "Anybody"
