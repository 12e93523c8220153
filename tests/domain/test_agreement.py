"""Exact agreement, agreement within one level and Cohen's weighted κ, by hand."""

from __future__ import annotations

import pytest

from eduqa_desktop.domain.agreement import (
    KappaWeights,
    agreement,
    kappa_from_table,
    weighted_kappa,
)

# Rows: observer A's level (1, 2, 3); columns: observer B's. n = 60.
TABLE = [
    [10, 5, 0],
    [3, 20, 4],
    [1, 2, 15],
]
# Row sums 15, 27, 18; column sums 14, 27, 19.
# Linear weights |i − j|:
#   observed  Σw·o = (5 + 3 + 4 + 2)·1 + (0 + 1)·2 = 16 → 16/60
#   expected  Σw·r·c = (15·27 + 27·14 + 27·19 + 18·27)·1 + (15·19 + 18·14)·2
#                    = 1782 + 1074 = 2856 → 2856/3600
#   κ = 1 − (16/60) / (2856/3600) = 1 − 960/2856 = 79/119 ≈ 0.6639
# Quadratic weights (i − j)²: observed 14 + 1·4 = 18; expected 1782 + 537·4 = 3930
#   κ = 1 − (18/60)/(3930/3600) = 1 − 1080/3930 = 95/131 ≈ 0.7252
# Unweighted: p_o = 45/60, p_e = (15·14 + 27·27 + 18·19)/3600 = 1281/3600
#   κ = (2700 − 1281)/(3600 − 1281) = 1419/2319 ≈ 0.6119


def test_weighted_kappa_of_a_known_3x3_table() -> None:
    assert kappa_from_table(TABLE) == pytest.approx(79 / 119)
    assert kappa_from_table(TABLE, KappaWeights.QUADRATIC) == pytest.approx(95 / 131)
    assert kappa_from_table(TABLE, KappaWeights.NONE) == pytest.approx(1419 / 2319)


def test_agreement_of_the_same_table_as_pairs() -> None:
    pairs = [
        (i + 1, j + 1) for i, row in enumerate(TABLE) for j, c in enumerate(row) for _ in range(c)
    ]
    result = agreement(pairs)
    assert result.pairs == 60
    assert result.exact == pytest.approx(75.0)  # 45 of 60 on the diagonal
    assert result.within_one == pytest.approx(5900 / 60)  # all but the one (3, 1) pair
    assert result.kappa == pytest.approx(79 / 119)
    # Σ(a − b): above the diagonal −(5 + 4) − 0·2, below +(3 + 2) + 1·2 → −2/60
    assert result.mean_difference == pytest.approx(-2 / 60)


def test_perfect_agreement_is_one() -> None:
    pairs = [(0, 0), (1, 1), (2, 2), (3, 3), (2, 2)]
    result = agreement(pairs)
    assert (result.exact, result.within_one, result.kappa) == (100.0, 100.0, 1.0)
    assert kappa_from_table([[4, 0, 0], [0, 3, 0], [0, 0, 5]], KappaWeights.QUADRATIC) == 1.0


def test_chance_agreement_is_zero() -> None:
    # Each cell is (row sum)·(column sum)/n: row sums 8, 4, 4; column sums 4, 8, 4; n = 16.
    table = [[2, 4, 2], [1, 2, 1], [1, 2, 1]]
    for weights in KappaWeights:
        assert kappa_from_table(table, weights) == pytest.approx(0.0, abs=1e-12)


def test_worse_than_chance_is_negative() -> None:
    # always opposite ends: observed disagreement 2; rows and columns 1:1, 3:1 → expected
    # (0 + 2 + 2 + 0)/4 = 1; κ = 1 − 2/1 = −1
    assert weighted_kappa([(1, 3), (3, 1)]) == pytest.approx(-1.0)


def test_undefined_cases() -> None:
    assert agreement([]).kappa is None and agreement([]).exact is None
    # both observers gave level 2 throughout: nothing for chance to disagree on
    same = agreement([(2, 2), (2, 2), (2, 2)])
    assert same.exact == 100.0 and same.kappa is None


def test_bad_tables_are_refused() -> None:
    with pytest.raises(ValueError, match="square"):
        kappa_from_table([[1, 2], [3]])
    with pytest.raises(ValueError, match="zero or more"):
        kappa_from_table([[1, -1], [0, 1]])
