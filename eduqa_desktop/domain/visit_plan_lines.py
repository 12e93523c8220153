"""The visit plan's lines as plain values: a planned visit as typed, and as listed with its
status (services.visit_plan reads and writes them; the Plan tab and its export show them)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from eduqa_desktop.domain.visit_plan import Month, VisitStatus
from eduqa_desktop.domain.vocabulary import Purpose


@dataclass(frozen=True)
class PlannedVisitInput:
    school_id: int
    teacher_id: int
    year: int
    month: int
    planned_on: date | None = None
    purpose: Purpose = Purpose.PLANNED_CONTROL
    observer: str = ""
    note: str = ""


@dataclass(frozen=True)
class PlanLine:
    id: int
    uuid: uuid.UUID
    data: PlannedVisitInput
    teacher: str
    department: str
    status: VisitStatus
    observation_id: int | None
    observed_on: date | None
    observed_purpose: Purpose | None = None  # of the observation that made it done
    row_version: int = 1  # what a save hands back (services.conflicts)

    @property
    def month(self) -> Month:
        return self.data.year, self.data.month


def count_by_status(lines: Iterable[PlanLine]) -> dict[VisitStatus, int]:
    counts = dict.fromkeys(VisitStatus, 0)
    for line in lines:
        counts[line.status] += 1
    return counts
