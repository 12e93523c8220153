"""Pupils' results indicators: pass rate, quality of knowledge, SOU, average grade.

Formulas (``shared/domain.md``), with M = n5+n4+n3+n2+n1 and N = M + not_attested:

* pass rate      = (n5+n4+n3) / N × 100
* quality        = (n5+n4) / N × 100
* SOU            = (w5·n5 + w4·n4 + w3·n3 + w2·n2 + w1·(n1+na)) / N × 100
* average grade  = (5n5+4n4+3n3+2n2+1n1) / M

N = 0 leaves the three percentages undefined (``None``); M = 0 leaves the average
undefined. Exempt pupils are not part of :class:`MarkCounts` at all. Totals over
several rows are computed from summed counts (:meth:`MarkCounts.total`), never
by averaging percentages. Values are returned unrounded; round only for display
(:mod:`eduqa_desktop.domain.display`).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache

__all__ = [
    "COUNT_FIELDS",
    "DEFAULT_SOU_WEIGHTS",
    "Indicators",
    "MarkCounts",
    "RowProblem",
    "SouWeights",
    "compute_indicators",
    "validate_result_counts",
]

COUNT_FIELDS: tuple[str, ...] = ("n5", "n4", "n3", "n2", "n1", "not_attested")
"""The count fields of :class:`MarkCounts`, in column order."""

_FIELD_LABELS: dict[str, str] = {
    "n5": "Pupils with 5",
    "n4": "Pupils with 4",
    "n3": "Pupils with 3",
    "n2": "Pupils with 2",
    "n1": "Pupils with 1",
    "not_attested": "Not attested",
    "exempt": "Exempt",
    "class_size": "Pupils in class",
}


@dataclass(frozen=True, slots=True)
class MarkCounts:
    """How many pupils got each term mark, plus those not attested."""

    n5: int = 0
    n4: int = 0
    n3: int = 0
    n2: int = 0
    n1: int = 0
    not_attested: int = 0

    @property
    def marked(self) -> int:
        """M: pupils with a mark (n5 + n4 + n3 + n2 + n1)."""
        return self.n5 + self.n4 + self.n3 + self.n2 + self.n1

    @property
    def assessed(self) -> int:
        """N: pupils assessed, the denominator of every percentage (M + not attested)."""
        return self.marked + self.not_attested

    def __add__(self, other: object) -> MarkCounts:
        if not isinstance(other, MarkCounts):
            return NotImplemented
        return MarkCounts(
            n5=self.n5 + other.n5,
            n4=self.n4 + other.n4,
            n3=self.n3 + other.n3,
            n2=self.n2 + other.n2,
            n1=self.n1 + other.n1,
            not_attested=self.not_attested + other.not_attested,
        )

    def __radd__(self, other: object) -> MarkCounts:
        # Lets the built-in sum() start from 0.
        if isinstance(other, int) and not isinstance(other, bool) and other == 0:
            return self
        return NotImplemented

    @classmethod
    def total(cls, counts: Iterable[MarkCounts]) -> MarkCounts:
        """Field-wise sum of many rows (an empty iterable gives all zeros)."""
        result = cls()
        for item in counts:
            result = result + item
        return result


@dataclass(frozen=True, slots=True)
class SouWeights:
    """Weights of the SOU levels (Simonov: 100, 64, 36, 16, 7 %).

    ``w1`` applies to the pupils with a 1 and to those not attested. Some
    schools use 0.08 for the lowest level, so the weights are a setting.
    """

    w5: float = 1.00
    w4: float = 0.64
    w3: float = 0.36
    w2: float = 0.16
    w1: float = 0.07


DEFAULT_SOU_WEIGHTS = SouWeights()


@dataclass(frozen=True, slots=True)
class Indicators:
    """Unrounded indicators of one row or of a total; ``None`` = undefined.

    Percentages are in 0..100.
    """

    pass_rate: float | None
    quality: float | None
    sou: float | None
    average_grade: float | None


def _exact(value: float) -> Fraction:
    """The decimal the user meant: 0.64 → 16/25 (not the nearest binary float)."""
    if isinstance(value, int):
        return Fraction(value)
    return Fraction(repr(float(value)))


@lru_cache(maxsize=64)
def _scaled_weights(weights: SouWeights) -> tuple[int, tuple[int, ...]]:
    """``(D, (k5, k4, k3, k2, k1))`` with each weight exactly ``k / D`` (SOU in integers)."""
    exact = [_exact(w) for w in (weights.w5, weights.w4, weights.w3, weights.w2, weights.w1)]
    scale = math.lcm(*(f.denominator for f in exact))
    return scale, tuple(int(f * scale) for f in exact)


def compute_indicators(counts: MarkCounts, weights: SouWeights = DEFAULT_SOU_WEIGHTS) -> Indicators:
    """The four indicators of ``counts`` (see the module docstring for formulas).

    Arithmetic is exact (fractions) and converted to float once at the end, so
    a value that is exactly 56.45 comes back as the float closest to 56.45.
    Raises ``ValueError`` for a negative count: validate rows first with
    :func:`validate_result_counts`.
    """
    for name in COUNT_FIELDS:
        if getattr(counts, name) < 0:
            raise ValueError(f"{_FIELD_LABELS[name]} is negative: {getattr(counts, name)}")

    marked = counts.marked
    assessed = counts.assessed

    pass_rate: float | None = None
    quality: float | None = None
    sou: float | None = None
    average: float | None = None

    # Whole numbers divided once: int / int is correctly rounded, so each value is the float
    # nearest to the exact fraction (as float(Fraction(...)) would give), only faster.
    if assessed > 0:
        pass_rate = (counts.n5 + counts.n4 + counts.n3) * 100 / assessed
        quality = (counts.n5 + counts.n4) * 100 / assessed
        scale, (k5, k4, k3, k2, k1) = _scaled_weights(weights)
        weighted = (
            k5 * counts.n5
            + k4 * counts.n4
            + k3 * counts.n3
            + k2 * counts.n2
            + k1 * (counts.n1 + counts.not_attested)
        )
        sou = weighted * 100 / (scale * assessed)
    if marked > 0:
        points = 5 * counts.n5 + 4 * counts.n4 + 3 * counts.n3 + 2 * counts.n2 + counts.n1
        average = points / marked

    return Indicators(pass_rate=pass_rate, quality=quality, sou=sou, average_grade=average)


@dataclass(frozen=True)
class RowProblem:
    """One thing wrong with a results row; ``message`` is plain English."""

    field: str
    code: str
    message: str


def _whole_number(value: object) -> int | None:
    """``value`` as an int if it is a whole number (``25`` or ``25.0``), else ``None``."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return None


def _integer_problem(name: str, value: object) -> RowProblem | None:
    """A problem if ``value`` is not a non-negative whole number, else ``None``.

    Whole-valued floats (``25.0``, as spreadsheet readers return them) are
    accepted; ``25.5``, text, ``None`` and booleans are not.
    """
    label = _FIELD_LABELS.get(name, name)
    number = _whole_number(value)
    if number is None:
        return RowProblem(name, "not_integer", f"{label} must be a whole number, got {value!r}.")
    if number < 0:
        return RowProblem(name, "negative", f"{label} cannot be negative, got {number}.")
    return None


def validate_result_counts(
    class_size: int | None, counts: MarkCounts, exempt: int = 0
) -> list[RowProblem]:
    """Check one results row; an empty list means the row is valid.

    Every count (and ``exempt``) must be a non-negative whole number, the class
    size too when it is known (``None`` = not given: the sum check is skipped),
    and M + not attested + exempt must not exceed the class size. Problem codes:
    ``"not_integer"``, ``"negative"``, ``"exceeds_class_size"`` (reported on the
    ``"class_size"`` field).
    """
    problems: list[RowProblem] = []
    values: dict[str, object] = {name: getattr(counts, name) for name in COUNT_FIELDS}
    values["exempt"] = exempt
    for name, value in values.items():
        problem = _integer_problem(name, value)
        if problem is not None:
            problems.append(problem)
    counts_ok = not problems

    if class_size is not None:
        problem = _integer_problem("class_size", class_size)
        if problem is not None:
            problems.append(problem)
        elif counts_ok:
            used = counts.assessed + exempt
            if used > class_size:
                problems.append(
                    RowProblem(
                        "class_size",
                        "exceeds_class_size",
                        f"Pupils with a mark ({int(counts.marked)}) + not attested "
                        f"({int(counts.not_attested)}) + exempt ({int(exempt)}) = "
                        f"{int(used)} pupils, more than the {int(class_size)} "
                        "pupils in the class.",
                    )
                )
    return problems
