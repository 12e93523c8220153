"""Who visits a teacher's lesson."""

from __future__ import annotations

from eduqa_desktop.domain.vocabulary import Purpose
from eduqa_desktop.services.demo.model import DemoSchool, DemoTeacher
from eduqa_desktop.services.demo.randomness import weighted


def choose_observer(school: DemoSchool, teacher: DemoTeacher, purpose: Purpose, year: str) -> str:
    """A colleague (of the same specialty when there is one) for a peer visit; otherwise mostly
    the vice principal, sometimes a district methodologist or the director."""
    rng = school.rng
    if purpose == Purpose.PEER_VISIT:
        colleagues = [t for t in school.teachers if t is not teacher and year in t.years]
        same = [t for t in colleagues if t.specialties[0] == teacher.specialties[0]]
        if same or colleagues:
            return rng.choice(same or colleagues).full_name
    return weighted(
        rng,
        [(school.vice_principal, 6), (school.methodologists[0], 2),
         (school.methodologists[1], 1.5), (school.director, 1)],
    )  # fmt: skip
