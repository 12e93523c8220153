"""A teacher's activity as listed (the Activities view, the profile and its exports)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from eduqa_desktop.domain.flags import Localized
from eduqa_desktop.domain.vocabulary import ActivityUnit, Mechanism


@dataclass(frozen=True)
class ActivityLine:
    id: int
    uuid: uuid.UUID
    teacher_id: int
    teacher_name: str
    department: str
    activity_type_id: int
    type_name: Localized
    unit: ActivityUnit
    mechanisms: tuple[Mechanism, ...]
    done_on: date
    quantity: float
    level: str
    place: int | None
    note: str
