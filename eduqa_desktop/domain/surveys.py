"""Questionnaires on a 5-point agreement scale and the satisfaction index (shared/domain.md).

Answers arrive as tallies per statement (how many chose 1…5) or one row per respondent;
both become a :class:`Tally`. Every index is computed from *summed* tallies, never by
averaging percentages:

* share agreeing = (n4 + n5) / (n1 + … + n5) × 100
* mean = (1·n1 + 2·n2 + 3·n3 + 4·n4 + 5·n5) / (n1 + … + n5)

A result is shown only when at least ``min_respondents`` people answered (a setting, 5 by
default); below that it is *withheld* (undefined, with the number of respondents), so that no
answer can be traced back to a person.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

SCALE = (1, 2, 3, 4, 5)
AGREEING = (4, 5)
DEFAULT_MIN_RESPONDENTS = 5
# Two groups "disagree" on a dimension when their shares agreeing differ by at least this.
DEFAULT_GAP_POINTS = 15.0


class Dimension(StrEnum):
    """What a statement is about."""

    TEACHING_LEARNING = "teaching_learning"
    CLIMATE_SAFETY = "climate_safety"
    CONDITIONS_RESOURCES = "conditions_resources"
    FAMILY_COMMUNICATION = "family_communication"
    READINESS = "readiness"


DIMENSION_ORDER: tuple[Dimension, ...] = tuple(Dimension)


@dataclass(frozen=True, slots=True)
class Tally:
    """How many answers chose each point of the scale (an unanswered statement counts in none)."""

    n1: int = 0
    n2: int = 0
    n3: int = 0
    n4: int = 0
    n5: int = 0

    def __post_init__(self) -> None:
        if min(self.counts) < 0:
            raise ValueError("answer counts cannot be negative")

    @property
    def counts(self) -> tuple[int, int, int, int, int]:
        return (self.n1, self.n2, self.n3, self.n4, self.n5)

    @property
    def answers(self) -> int:
        return sum(self.counts)

    @property
    def agreeing(self) -> int:
        return self.n4 + self.n5

    @property
    def points(self) -> int:
        return sum(value * count for value, count in zip(SCALE, self.counts, strict=True))

    def __add__(self, other: Tally) -> Tally:
        return Tally(*(a + b for a, b in zip(self.counts, other.counts, strict=True)))

    @classmethod
    def of(cls, counts: Iterable[int]) -> Tally:
        return cls(*counts)


def sum_tallies(tallies: Iterable[Tally]) -> Tally:
    counts = [0, 0, 0, 0, 0]
    for tally in tallies:
        for index, count in enumerate(tally.counts):
            counts[index] += count
    return Tally(*counts)


def tally_answers(answers: Iterable[int | None]) -> Tally:
    """One statement's answers, one per respondent (None = left blank), as a tally."""
    counts = [0, 0, 0, 0, 0]
    for answer in answers:
        if answer is None:
            continue
        if answer not in SCALE:
            raise ValueError(f"{answer!r} is not an answer on the 1–5 scale")
        counts[answer - 1] += 1
    return Tally(*counts)


@dataclass(frozen=True, slots=True)
class Satisfaction:
    """A group's view (of one dimension, or of everything it was asked)."""

    respondents: int
    answers: int
    agreeing: int
    points: int
    shown: bool  # at least the minimum number of respondents answered

    @property
    def share_agreeing(self) -> float | None:
        """% of answers 4 or 5; None when withheld or nobody answered."""
        if not self.shown or self.answers == 0:
            return None
        return self.agreeing / self.answers * 100

    @property
    def mean(self) -> float | None:
        """The mean on the 1–5 scale; None when withheld or nobody answered."""
        if not self.shown or self.answers == 0:
            return None
        return self.points / self.answers


def satisfaction(
    tallies: Iterable[Tally], respondents: int, min_respondents: int = DEFAULT_MIN_RESPONDENTS
) -> Satisfaction:
    """The index over summed tallies; `respondents` is how many people filled the questionnaire."""
    if respondents < 0:
        raise ValueError("respondents cannot be negative")
    total = sum_tallies(tallies)
    return Satisfaction(
        respondents=respondents,
        answers=total.answers,
        agreeing=total.agreeing,
        points=total.points,
        shown=respondents >= max(1, min_respondents),
    )


def respondents_of(tallies: Iterable[Tally]) -> int:
    """When a file does not say how many answered: the most answers any statement got."""
    return max((tally.answers for tally in tallies), default=0)


@dataclass(frozen=True, slots=True)
class Gap:
    """Two groups' shares agreeing on one dimension, and by how many points they differ."""

    dimension: Dimension
    group: str
    other: str
    share: float
    other_share: float

    @property
    def points(self) -> float:
        """Positive when `group` agrees more than `other`."""
        return self.share - self.other_share


def gap(
    dimension: Dimension,
    group: str,
    mine: Satisfaction,
    other: str,
    theirs: Satisfaction,
    threshold: float = DEFAULT_GAP_POINTS,
) -> Gap | None:
    """The disagreement of two groups, when both are shown and differ by `threshold` or more."""
    share, other_share = mine.share_agreeing, theirs.share_agreeing
    if share is None or other_share is None:
        return None
    if abs(share - other_share) < threshold:
        return None
    return Gap(dimension, group, other, share, other_share)


def change(current: Satisfaction, previous: Satisfaction | None) -> float | None:
    """Points of share agreeing gained since the previous survey (None when either is withheld)."""
    if previous is None:
        return None
    now, before = current.share_agreeing, previous.share_agreeing
    if now is None or before is None:
        return None
    return now - before
