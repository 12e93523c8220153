"""How far two observers who scored the same lessons agree.

For pairs of scores (observer A's, observer B's) on one ordinal scale:

- **exact agreement** (%) = pairs with the same score ÷ pairs × 100;
- **agreement within one level** (%) = pairs with |a − b| ≤ 1 ÷ pairs × 100;
- **Cohen's weighted κ** = 1 − Σ wᵢⱼ·oᵢⱼ ÷ Σ wᵢⱼ·eᵢⱼ, where oᵢⱼ are the observed shares of
  the cross table, eᵢⱼ = (row share i)·(column share j) the shares expected by chance, and
  wᵢⱼ the disagreement weights: |i − j| (linear, the default) or (i − j)² (quadratic).
  Unweighted κ uses wᵢⱼ = 1 off the diagonal.

κ = 1 is perfect agreement, 0 agreement no better than chance, below 0 worse. No pairs → every
statistic undefined; when chance alone predicts no disagreement (both observers gave one and the
same level throughout) κ is undefined too — exact agreement still says 100 %.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction

__all__ = [
    "Agreement",
    "KappaWeights",
    "agreement",
    "kappa_from_table",
    "weighted_kappa",
]


class KappaWeights(StrEnum):
    NONE = "none"
    LINEAR = "linear"
    QUADRATIC = "quadratic"


def _weight(a: int, b: int, weights: KappaWeights) -> int:
    distance = abs(a - b)
    if weights is KappaWeights.NONE:
        return 1 if distance else 0
    if weights is KappaWeights.QUADRATIC:
        return distance * distance
    return distance


@dataclass(frozen=True, slots=True)
class Agreement:
    pairs: int
    exact: float | None  # %
    within_one: float | None  # %
    kappa: float | None
    mean_difference: float | None  # mean of a − b: > 0 when A scores higher than B


def weighted_kappa(
    pairs: Iterable[tuple[int, int]], weights: KappaWeights = KappaWeights.LINEAR
) -> float | None:
    """Cohen's κ of the pairs with the given disagreement weights (``None`` if undefined)."""
    cells = Counter((int(a), int(b)) for a, b in pairs)
    n = sum(cells.values())
    if n == 0:
        return None
    rows: Counter[int] = Counter()
    cols: Counter[int] = Counter()
    for (a, b), count in cells.items():
        rows[a] += count
        cols[b] += count
    observed = Fraction(sum(_weight(a, b, weights) * c for (a, b), c in cells.items()), n)
    expected = Fraction(
        sum(_weight(a, b, weights) * ra * cb for a, ra in rows.items() for b, cb in cols.items()),
        n * n,
    )
    if expected == 0:
        return None
    return float(1 - observed / expected)


def kappa_from_table(
    table: Sequence[Sequence[int]], weights: KappaWeights = KappaWeights.LINEAR
) -> float | None:
    """κ of a square cross table: ``table[i][j]`` = lessons A scored level i and B level j."""
    size = len(table)
    if any(len(row) != size for row in table):
        raise ValueError("The agreement table must be square.")
    if any(c < 0 for row in table for c in row):
        raise ValueError("Counts in the agreement table must be zero or more.")
    pairs = [(i, j) for i, row in enumerate(table) for j, c in enumerate(row) for _ in range(c)]
    return weighted_kappa(pairs, weights)


def agreement(
    pairs: Iterable[tuple[int, int]], weights: KappaWeights = KappaWeights.LINEAR
) -> Agreement:
    """Exact agreement, agreement within one level, κ and the mean difference."""
    items = [(int(a), int(b)) for a, b in pairs]
    n = len(items)
    if n == 0:
        return Agreement(0, None, None, None, None)
    exact = sum(1 for a, b in items if a == b)
    within = sum(1 for a, b in items if abs(a - b) <= 1)
    return Agreement(
        pairs=n,
        exact=float(Fraction(exact * 100, n)),
        within_one=float(Fraction(within * 100, n)),
        kappa=weighted_kappa(items, weights),
        mean_difference=float(Fraction(sum(a - b for a, b in items), n)),
    )
