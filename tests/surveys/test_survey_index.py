"""The satisfaction index against numbers worked out by hand (shared/domain.md, Stakeholders)."""

from __future__ import annotations

import pytest

from eduqa_desktop.domain.surveys import (
    Dimension,
    Tally,
    change,
    gap,
    respondents_of,
    satisfaction,
    tally_answers,
)

# Two statements answered by 8 parents (one left statement 2 blank):
#   statement 1: 1,2,3,4,4,5,5,5      -> n = (1,1,1,2,3)
#   statement 2: 2,2,3,3,4,4,5        -> n = (0,2,2,2,1)
ROWS = [
    (1, 2),
    (2, 2),
    (3, 3),
    (4, 3),
    (4, 4),
    (5, 4),
    (5, 5),
    (5, None),
]


def test_per_respondent_rows_and_tallies_give_the_same_index() -> None:
    by_rows = [tally_answers(r[i] for r in ROWS) for i in range(2)]
    assert by_rows == [Tally(1, 1, 1, 2, 3), Tally(0, 2, 2, 2, 1)]
    index = satisfaction(by_rows, respondents_of(by_rows))
    typed = satisfaction([Tally(1, 1, 1, 2, 3), Tally(0, 2, 2, 2, 1)], 8)
    assert index == typed
    # answers 8 + 7 = 15; agreeing (2+3) + (2+1) = 8 -> 53.33 %
    assert index.respondents == 8 and index.answers == 15
    assert index.share_agreeing == pytest.approx(8 / 15 * 100)
    # points: 1+2+3+8+15 = 29 and 0+4+6+8+5 = 23 -> 52 / 15 = 3.4667
    assert index.mean == pytest.approx(52 / 15)


def test_summed_answers_not_averaged_percentages() -> None:
    # school A: 10 answers, 9 agree (90 %); school B: 40 answers, 10 agree (25 %)
    a, b = Tally(0, 0, 1, 4, 5), Tally(10, 10, 10, 5, 5)
    both = satisfaction([a, b], 50)
    assert both.share_agreeing == pytest.approx(19 / 50 * 100)  # 38 %, not (90+25)/2 = 57.5 %


def test_fewer_respondents_than_the_minimum_are_withheld() -> None:
    four = satisfaction([Tally(0, 0, 0, 2, 2)], 4)
    assert not four.shown and four.share_agreeing is None and four.mean is None
    assert four.respondents == 4  # the count is still said
    five = satisfaction([Tally(0, 0, 1, 2, 2)], 5)
    assert five.shown and five.share_agreeing == pytest.approx(80.0) and five.mean == 4.2
    assert satisfaction([Tally(0, 0, 1, 2, 2)], 5, min_respondents=6).share_agreeing is None
    assert satisfaction([Tally(0, 0, 1, 2, 2)], 5, min_respondents=2).shown


def test_nobody_answered_is_undefined_not_zero() -> None:
    empty = satisfaction([], 0, min_respondents=1)
    assert empty.share_agreeing is None and empty.mean is None


def test_bad_answers_are_refused() -> None:
    with pytest.raises(ValueError):
        tally_answers([6])
    with pytest.raises(ValueError):
        Tally(-1, 0, 0, 0, 0)


def test_gap_and_change_need_both_sides_shown() -> None:
    parents = satisfaction([Tally(3, 3, 2, 1, 1)], 10)  # 20 %
    teachers = satisfaction([Tally(0, 0, 2, 4, 4)], 10)  # 80 %
    found = gap(Dimension.CLIMATE_SAFETY, "parents", parents, "teachers", teachers)
    assert found is not None and found.points == pytest.approx(-60.0)
    near = satisfaction([Tally(0, 1, 2, 4, 3)], 10)  # 70 % against 80 %: under 15 points
    assert gap(Dimension.CLIMATE_SAFETY, "parents", near, "teachers", teachers) is None
    hidden = satisfaction([Tally(0, 0, 0, 0, 3)], 3)
    assert gap(Dimension.CLIMATE_SAFETY, "parents", hidden, "teachers", teachers) is None
    assert change(teachers, parents) == pytest.approx(60.0)
    assert change(teachers, hidden) is None and change(teachers, None) is None
