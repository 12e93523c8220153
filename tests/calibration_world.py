"""Two observers who watched the same lessons (the walkthrough, scale 1–4, seven criteria)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from observation_seed import Seeded

from eduqa_desktop.services.calibration import co_observe_input
from eduqa_desktop.services.checklist_views import load_template
from eduqa_desktop.services.observation_records import ObservationInput, ScoreInput
from eduqa_desktop.services.observations import finalize_observation, save_draft
from eduqa_desktop.storage.database import Database

FIRST = [4, 3, 2, 3, 1, 4, 3]
SECOND = [4, 2, 2, 3, 2, 3, 3]  # same level on 4 of 7, within one on all 7


def scored(db: Database, template_id: int, levels: list[int]) -> tuple[ScoreInput, ...]:
    template = load_template(db, template_id)
    return tuple(
        ScoreInput(c.id, level) for c, level in zip(template.criteria, levels, strict=True)
    )


def co_observed_lesson(
    db: Database,
    seeded: Seeded,
    first: list[int] = FIRST,
    second: list[int] = SECOND,
    *,
    note: str = "",
    day: date = date(2025, 10, 14),
) -> tuple[int, int]:
    """Rahimova N. observes a lesson, Usmonov B. co-observes it; both final."""
    template_id = seeded.templates["walkthrough"]
    data = ObservationInput(
        school_id=seeded.school_id, teacher_id=seeded.teachers["Sharipova"],
        template_id=template_id, observed_on=day, observer="Rahimova N.",
        class_id=seeded.classes["7-A"], lesson_period=3, calibration_note=note,
        scores=scored(db, template_id, first),
    )  # fmt: skip
    one = save_draft(db, data).id
    finalize_observation(db, one, today=date(2026, 1, 1))
    prefill = co_observe_input(db, one, observer="Usmonov B.")
    two = save_draft(db, replace(prefill, scores=scored(db, template_id, second))).id
    finalize_observation(db, two, today=date(2026, 1, 1))
    return one, two
