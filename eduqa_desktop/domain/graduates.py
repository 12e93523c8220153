"""Where the graduates of grades 9 and 11 went, per year (shared/domain.md, Graduates)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from eduqa_desktop.domain.vocabulary import Mechanism

GRADUATING_GRADES = (9, 11)


class Destination(StrEnum):
    GRADE_10 = "grade_10"  # stayed at school for grades 10–11 (after grade 9)
    LYCEUM = "lyceum"  # academic lyceum
    COLLEGE = "college"  # college / technikum
    UNIVERSITY = "university"
    EMPLOYED = "employed"
    DUAL_EDUCATION = "dual_education"  # dual education with a partner organisation
    INTERNSHIP = "internship"  # an internship / practice with a partner organisation
    OTHER = "other"
    UNKNOWN = "unknown"


DESTINATION_ORDER: tuple[Destination, ...] = tuple(Destination)
FURTHER_STUDY = (
    Destination.GRADE_10,
    Destination.LYCEUM,
    Destination.COLLEGE,
    Destination.UNIVERSITY,
)
WITH_PARTNER = (Destination.DUAL_EDUCATION, Destination.INTERNSHIP)
# What a destination is evidence of (the mechanisms panel counts graduates placed so).
DESTINATION_MECHANISMS: dict[Destination, tuple[Mechanism, ...]] = {
    Destination.DUAL_EDUCATION: (Mechanism.DUAL_EDUCATION,),
    Destination.INTERNSHIP: (Mechanism.PRACTICE,),
}


@dataclass(frozen=True, slots=True)
class Destinations:
    """The count of graduates per destination of one cohort (or several, summed)."""

    counts: Mapping[Destination, int]

    def __post_init__(self) -> None:
        if any(value < 0 for value in self.counts.values()):
            raise ValueError("graduate counts cannot be negative")

    def count(self, destination: Destination) -> int:
        return int(self.counts.get(destination, 0))

    @property
    def graduates(self) -> int:
        return sum(self.counts.values())

    @property
    def further_study(self) -> int:
        return sum(self.count(d) for d in FURTHER_STUDY)

    @property
    def with_partner(self) -> int:
        return sum(self.count(d) for d in WITH_PARTNER)

    @property
    def known(self) -> int:
        return self.graduates - self.count(Destination.UNKNOWN)

    def share(self, destination: Destination) -> float | None:
        """% of the graduates; None for a cohort of nobody."""
        total = self.graduates
        return None if total == 0 else self.count(destination) / total * 100

    def share_of(self, count: int) -> float | None:
        total = self.graduates
        return None if total == 0 else count / total * 100

    def __add__(self, other: Destinations) -> Destinations:
        keys = set(self.counts) | set(other.counts)
        return Destinations({k: self.count(k) + other.count(k) for k in keys})


def sum_destinations(items: Iterable[Destinations]) -> Destinations:
    total = Destinations({})
    for item in items:
        total = total + item
    return total


# Destinations a placement with a partner organisation can have.
PLACED_WITH_PARTNER = (Destination.DUAL_EDUCATION, Destination.INTERNSHIP, Destination.EMPLOYED)


def partner_key(name: str) -> str:
    """One key for the ways a partner's name gets typed (case, spaces, quotes, apostrophes)."""
    plain = "".join(ch for ch in name if ch not in "\"'“”«»„‘’ʼʻ`")
    return " ".join(plain.casefold().split())
