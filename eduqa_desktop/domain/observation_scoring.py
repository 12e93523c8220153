"""Lesson observation score and bands.

Observation score (%) = Σ wᵢ·(sᵢ − min)/(max − min) ÷ Σ wᵢ × 100, over the
criteria that were scored (N/A and not-yet-scored criteria are left out). No
scored criterion → undefined (``None``). Section scores use the same formula
over one section. Bands (settings): ≥ 85 high, ≥ 70 good, ≥ 50 needs
improvement, below that unsatisfactory.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction

__all__ = [
    "DEFAULT_BANDS",
    "Band",
    "BandThresholds",
    "CriterionScore",
    "band_for",
    "observation_score",
    "section_scores",
]


@dataclass(frozen=True, slots=True)
class CriterionScore:
    """The score of one criterion; ``score=None`` means N/A or not yet scored."""

    score: int | None
    weight: float = 1.0
    section: str = ""


def _exact(value: float) -> Fraction:
    """The decimal the user meant: a weight of 1.5 is exactly 3/2."""
    if isinstance(value, int):
        return Fraction(value)
    return Fraction(repr(float(value)))


def observation_score(
    items: Iterable[CriterionScore], scale_min: int, scale_max: int
) -> float | None:
    """Weighted score in 0..100 over the scored items, ``None`` if none is scored.

    Raises ``ValueError`` if ``scale_max <= scale_min``, if a score lies outside
    the scale, or if a weight is negative or not finite. Scored items whose
    weights are all zero give ``None`` (nothing to weigh).
    """
    if scale_max <= scale_min:
        raise ValueError(
            f"The scale maximum ({scale_max}) must be greater than its minimum ({scale_min})."
        )
    span = scale_max - scale_min
    weighted_sum = Fraction(0)
    total_weight = Fraction(0)
    for item in items:
        if item.score is None:
            continue
        if isinstance(item.score, bool) or not scale_min <= item.score <= scale_max:
            raise ValueError(f"Score {item.score!r} is outside the scale {scale_min}–{scale_max}.")
        if not math.isfinite(item.weight) or item.weight < 0:
            raise ValueError(f"A criterion weight must be zero or positive, got {item.weight!r}.")
        weight = _exact(item.weight)
        weighted_sum += weight * (Fraction(item.score) - scale_min)
        total_weight += weight
    if total_weight == 0:
        return None
    return float(weighted_sum * 100 / (total_weight * span))


def section_scores(
    items: Iterable[CriterionScore], scale_min: int, scale_max: int
) -> dict[str, float | None]:
    """Score per section, keys in the order sections are first seen."""
    by_section: dict[str, list[CriterionScore]] = {}
    for item in items:
        by_section.setdefault(item.section, []).append(item)
    return {
        section: observation_score(section_items, scale_min, scale_max)
        for section, section_items in by_section.items()
    }


class Band(StrEnum):
    """Where an observation score falls."""

    HIGH = "high"
    GOOD = "good"
    NEEDS_IMPROVEMENT = "needs_improvement"
    UNSATISFACTORY = "unsatisfactory"


@dataclass(frozen=True)
class BandThresholds:
    """Lower bounds (inclusive, in %) of the bands above "unsatisfactory"."""

    high: float = 85.0
    good: float = 70.0
    needs_improvement: float = 50.0

    def __post_init__(self) -> None:
        if not self.high >= self.good >= self.needs_improvement:
            raise ValueError(
                "Band thresholds must satisfy high >= good >= needs improvement, got "
                f"{self.high}, {self.good}, {self.needs_improvement}."
            )


DEFAULT_BANDS = BandThresholds()


def band_for(score: float | None, thresholds: BandThresholds = DEFAULT_BANDS) -> Band | None:
    """The band of ``score`` (a boundary value belongs to the higher band).

    ``None`` (or NaN) → ``None``. The unrounded score is compared, so 84.96
    (shown as 85.0) is still "good".
    """
    if score is None or math.isnan(score):
        return None
    if score >= thresholds.high:
        return Band.HIGH
    if score >= thresholds.good:
        return Band.GOOD
    if score >= thresholds.needs_improvement:
        return Band.NEEDS_IMPROVEMENT
    return Band.UNSATISFACTORY
