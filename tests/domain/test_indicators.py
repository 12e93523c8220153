"""Indicators of pupils' results, pinned with hand-computed numbers (shared/domain.md)."""

from __future__ import annotations

import dataclasses

import pytest

from eduqa_desktop.domain.display import average_2, percent_1
from eduqa_desktop.domain.indicators import (
    COUNT_FIELDS,
    DEFAULT_SOU_WEIGHTS,
    Indicators,
    MarkCounts,
    RowProblem,
    SouWeights,
    compute_indicators,
    validate_result_counts,
)

# (counts, pass rate, quality, SOU, average) as displayed (1 decimal %, 2 decimals average).
# Hand computations in the comments: N = n5+n4+n3+n2+n1+na, M = N - na.
DISPLAYED_CASES = [
    pytest.param(
        # domain.md: N=25, pass 23/25, quality 15/25, SOU (5+6.4+2.88+0.32)/25, avg 93/25
        MarkCounts(n5=5, n4=10, n3=8, n2=2),
        92.0, 60.0, 58.4, 3.72,
        id="domain-example",
    ),
    pytest.param(
        # domain.md: N=26, 23/26=88.46, 15/26=57.69, 14.67/26=56.42, avg still 93/25
        MarkCounts(n5=5, n4=10, n3=8, n2=2, not_attested=1),
        88.5, 57.7, 56.4, 3.72,
        id="domain-example-one-not-attested",
    ),
    pytest.param(
        # only 2s: nobody passed, SOU = 0.16 → 16 %, average 2
        MarkCounts(n2=20),
        0.0, 0.0, 16.0, 2.0,
        id="only-twos",
    ),
    pytest.param(
        MarkCounts(n5=30),
        100.0, 100.0, 100.0, 5.0,
        id="only-fives",
    ),
    pytest.param(
        # n1 carries the lowest weight: SOU (1 + 0.07)/2 = 53.5 %, average (5+1)/2
        MarkCounts(n5=1, n1=1),
        50.0, 50.0, 53.5, 3.0,
        id="a-one",
    ),
    pytest.param(
        # nobody has a mark: percentages are 0 (N=3), SOU 0.07·3/3 = 7 %, average undefined
        MarkCounts(not_attested=3),
        0.0, 0.0, 7.0, None,
        id="only-not-attested",
    ),
    pytest.param(
        # nobody assessed: everything undefined, never 0 and never an error
        MarkCounts(),
        None, None, None, None,
        id="nobody-assessed",
    ),
    pytest.param(
        # SOU (5·0.36 + 0.16 + 2·0.07)/8 = 2.1/8 = 26.25 % exactly → 26.3 (naive float
        # arithmetic gives 26.249999999999996 → 26.2); pass 5/8; average 19/8 = 2.375 → 2.38
        MarkCounts(n3=5, n2=1, n1=2),
        62.5, 0.0, 26.3, 2.38,
        id="exact-half-sou",
    ),
    pytest.param(
        # average 29/8 = 3.625 exactly → 3.63 (half up, not half even);
        # SOU (1 + 1.92 + 1.44)/8 = 4.36/8 = 54.5 %
        MarkCounts(n5=1, n4=3, n3=4),
        100.0, 50.0, 54.5, 3.63,
        id="exact-half-average",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("counts", "pass_rate", "quality", "sou", "average"), DISPLAYED_CASES)
def test_indicators_as_displayed(
    counts: MarkCounts,
    pass_rate: float | None,
    quality: float | None,
    sou: float | None,
    average: float | None,
) -> None:
    result = compute_indicators(counts)
    assert percent_1(result.pass_rate) == pass_rate
    assert percent_1(result.quality) == quality
    assert percent_1(result.sou) == sou
    assert average_2(result.average_grade) == average


def test_values_are_unrounded() -> None:
    result = compute_indicators(MarkCounts(n5=5, n4=10, n3=8, n2=2, not_attested=1))
    assert result.pass_rate == pytest.approx(2300 / 26)
    assert result.quality == pytest.approx(1500 / 26)
    assert result.sou == pytest.approx(1467 / 26)
    assert result.average_grade == pytest.approx(93 / 25)


def test_domain_example_unrounded_is_exact() -> None:
    # Exact arithmetic: 58.4 is the float closest to 58.4, not 58.400000000000006.
    assert compute_indicators(MarkCounts(n5=5, n4=10, n3=8, n2=2)) == Indicators(
        pass_rate=92.0, quality=60.0, sou=58.4, average_grade=3.72
    )


@pytest.mark.parametrize(
    ("weights", "sou"),
    [
        # (5 + 6.4 + 2.88 + 0.32 + 0.07)/26 = 56.42 %
        pytest.param(DEFAULT_SOU_WEIGHTS, 56.4, id="default-0.07"),
        # (5 + 6.4 + 2.88 + 0.32 + 0.08)/26 = 14.68/26 = 56.46 %
        pytest.param(SouWeights(w1=0.08), 56.5, id="lowest-level-0.08"),
    ],
)
def test_sou_weights_are_a_setting(weights: SouWeights, sou: float) -> None:
    counts = MarkCounts(n5=5, n4=10, n3=8, n2=2, not_attested=1)
    assert percent_1(compute_indicators(counts, weights).sou) == sou


def test_default_weights() -> None:
    assert SouWeights(w5=1.0, w4=0.64, w3=0.36, w2=0.16, w1=0.07) == DEFAULT_SOU_WEIGHTS


def test_marked_and_assessed() -> None:
    counts = MarkCounts(n5=5, n4=10, n3=8, n2=2, n1=1, not_attested=3)
    assert counts.marked == 26
    assert counts.assessed == 29


def test_totals_come_from_summed_counts_not_averaged_percentages() -> None:
    strong = MarkCounts(n5=10)  # quality 100 %
    weak = MarkCounts(n2=30)  # quality 0 %
    average_of_percentages = (
        compute_indicators(strong).quality + compute_indicators(weak).quality  # type: ignore[operator]
    ) / 2
    total = MarkCounts.total([strong, weak])
    assert total == MarkCounts(n5=10, n2=30)
    assert average_of_percentages == 50.0
    # 10 / 40 pupils: the school's real quality is 25 %, not 50 %.
    assert compute_indicators(total).quality == 25.0


def test_adding_counts() -> None:
    a = MarkCounts(n5=1, n4=2, n3=3, n2=4, n1=5, not_attested=6)
    b = MarkCounts(n5=10, n4=20, n3=30, n2=40, n1=50, not_attested=60)
    expected = MarkCounts(n5=11, n4=22, n3=33, n2=44, n1=55, not_attested=66)
    assert a + b == expected
    assert MarkCounts.total([a, b]) == expected
    assert sum([a, b]) == expected
    assert MarkCounts.total([]) == MarkCounts()


def test_mark_counts_is_frozen_and_ordered() -> None:
    counts = MarkCounts(n5=1)
    with pytest.raises(dataclasses.FrozenInstanceError):
        counts.n5 = 2  # type: ignore[misc]
    assert tuple(f.name for f in dataclasses.fields(MarkCounts)) == COUNT_FIELDS


def test_negative_counts_are_refused_by_compute() -> None:
    with pytest.raises(ValueError, match="negative"):
        compute_indicators(MarkCounts(n5=-1, n4=3))


# (class size, counts, exempt, expected [(field, code), ...])
VALIDATION_CASES = [
    pytest.param(25, MarkCounts(n5=5, n4=10, n3=8, n2=2), 0, [], id="valid"),
    pytest.param(26, MarkCounts(n5=5, n4=10, n3=8, n2=2, not_attested=1), 0, [], id="full-class"),
    pytest.param(27, MarkCounts(n5=5, n4=10, n3=8, n2=2, not_attested=1), 1, [], id="with-exempt"),
    pytest.param(
        26, MarkCounts(n5=5, n4=10, n3=8, n2=2, not_attested=1), 1,
        [("class_size", "exceeds_class_size")],
        id="exempt-overflows",
    ),
    pytest.param(
        20, MarkCounts(n5=21), 0, [("class_size", "exceeds_class_size")], id="too-many-fives"
    ),
    pytest.param(None, MarkCounts(n5=500), 0, [], id="class-size-unknown"),
    pytest.param(0, MarkCounts(), 0, [], id="empty-class"),
    pytest.param(25, MarkCounts(n2=-1), 0, [("n2", "negative")], id="negative-count"),
    pytest.param(25, MarkCounts(), -2, [("exempt", "negative")], id="negative-exempt"),
    pytest.param(-1, MarkCounts(), 0, [("class_size", "negative")], id="negative-class-size"),
    pytest.param(25, MarkCounts(n4=2.5), 0, [("n4", "not_integer")], id="fraction"),  # type: ignore[arg-type]
    pytest.param(25, MarkCounts(n3="3"), 0, [("n3", "not_integer")], id="text"),  # type: ignore[arg-type]
    pytest.param(25, MarkCounts(n1=None), 0, [("n1", "not_integer")], id="none"),  # type: ignore[arg-type]
    pytest.param(25, MarkCounts(n5=True), 0, [("n5", "not_integer")], id="bool"),  # type: ignore[arg-type]
    pytest.param(25.5, MarkCounts(), 0, [("class_size", "not_integer")], id="class-size-fraction"),  # type: ignore[arg-type]
    pytest.param(25, MarkCounts(n5=5.0, n4=20.0), 0, [], id="whole-floats-from-spreadsheets"),  # type: ignore[arg-type]
    pytest.param(
        1, MarkCounts(n5=-1, not_attested=5), 0, [("n5", "negative")],
        id="no-sum-check-on-broken-counts",
    ),
    pytest.param(
        -3, MarkCounts(n5=-1, not_attested=1.5), 0,  # type: ignore[arg-type]
        [("n5", "negative"), ("not_attested", "not_integer"), ("class_size", "negative")],
        id="every-problem-reported",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("class_size", "counts", "exempt", "expected"), VALIDATION_CASES)
def test_validate_result_counts(
    class_size: int | None,
    counts: MarkCounts,
    exempt: int,
    expected: list[tuple[str, str]],
) -> None:
    problems = validate_result_counts(class_size, counts, exempt)
    assert [(p.field, p.code) for p in problems] == expected
    assert all(isinstance(p, RowProblem) and p.message.endswith(".") for p in problems)


def test_exceeds_message_explains_the_numbers() -> None:
    (problem,) = validate_result_counts(
        26, MarkCounts(n5=5, n4=10, n3=8, n2=2, not_attested=1), exempt=1
    )
    assert "25" in problem.message and "27" in problem.message and "26" in problem.message
