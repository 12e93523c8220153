"""Signals from observed lessons (final observations only, the caller's concern):

* the latest lesson scored below the "needs improvement" band;
* the three latest scores each lower than the one before;
* a criterion scored in the lowest third of the scale in ``min_visits`` or more visits.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from eduqa_desktop.domain.flags import Localized
from eduqa_desktop.domain.observation_scoring import DEFAULT_BANDS, BandThresholds
from eduqa_desktop.domain.signals import Signal, SignalKind, clamp, evidence_of
from eduqa_desktop.text import QT_TRANSLATE_NOOP

__all__ = [
    "FALLING_LESSONS",
    "LOW_LESSON",
    "LOW_LESSONS",
    "WEAK_CRITERION",
    "CriterionRecord",
    "falling_lessons_signal",
    "is_weak_score",
    "low_lesson_signal",
    "weak_criterion_signal",
]

LOW_LESSON = QT_TRANSLATE_NOOP(
    "Messages", "Latest lesson ({date}) scored {score}, below “needs improvement” ({threshold})"
)
LOW_LESSONS = QT_TRANSLATE_NOOP(
    "Messages",
    "Latest lesson ({date}) scored {score}, below “needs improvement” ({threshold}); "
    "{below} of the last {lessons} lessons below it",
)
FALLING_LESSONS = QT_TRANSLATE_NOOP(
    "Messages", "Three latest lessons falling: {first} → {middle} → {last}"
)
WEAK_CRITERION = QT_TRANSLATE_NOOP("Messages", "“{criterion}” weak in {weak} of {visits} visits")


def low_lesson_signal(
    teacher_id: int,
    score: float | None,
    day: date | None,
    bands: BandThresholds = DEFAULT_BANDS,
    earlier: Sequence[float] = (),
) -> Signal | None:
    """The latest final observation scored below the "needs improvement" band.

    ``earlier`` are the scores of the lessons just before it (the caller takes the last two):
    each of them below the band too adds a quarter to the severity — one poor lesson may be
    a bad day, three in a row are not.
    """
    if score is None or day is None or score != score or score >= bands.needs_improvement:
        return None
    below = bands.needs_improvement - score
    lessons = 1 + len(earlier)
    lessons_below = 1 + sum(s < bands.needs_improvement for s in earlier)
    weight = 1 + 0.25 * (lessons_below - 1)
    severity = round(clamp((1.0 + below / 25) * weight, 1.0, 3.0), 2)
    params: dict[str, object] = {
        "date": day,
        "score": float(score),
        "threshold": float(bands.needs_improvement),
    }
    template = LOW_LESSON
    if lessons_below > 1:
        template = LOW_LESSONS
        params.update({"below": lessons_below, "lessons": lessons})
    return Signal(
        SignalKind.LOW_LESSON, teacher_id, severity, template, params, evidence_of(params)
    )


def falling_lessons_signal(teacher_id: int, scores: Sequence[float]) -> Signal | None:
    """The last three scores (oldest first) each lower than the one before."""
    if len(scores) < 3:
        return None
    first, middle, last = (float(s) for s in scores[-3:])
    if not first > middle > last:
        return None
    severity = round(clamp(0.5 + (first - last) / 20, 0.5, 1.5), 2)
    params: dict[str, object] = {"first": first, "middle": middle, "last": last}
    return Signal(
        SignalKind.FALLING_LESSONS,
        teacher_id,
        severity,
        FALLING_LESSONS,
        params,
        evidence_of(params),
    )


def is_weak_score(score: int, scale_min: int, scale_max: int) -> bool:
    """A level in the lowest third of the scale (0 or 1 on 0–3, 1 or 2 on 1–4)."""
    if scale_max <= scale_min:
        return False
    return (score - scale_min) / (scale_max - scale_min) <= 1 / 3 + 1e-9


@dataclass(frozen=True, slots=True)
class CriterionRecord:
    """How a teacher's visits scored one criterion: ``weak`` of ``visits`` in the lowest
    third (``key`` identifies the criterion across checklist versions)."""

    key: str
    text: Localized | str
    weak: int
    visits: int


def weak_criterion_signal(
    teacher_id: int, records: Sequence[CriterionRecord], *, min_visits: int = 2
) -> Signal | None:
    """One signal for the criteria weak in ``min_visits`` or more visits, naming the worst
    (most weak visits, then the highest share); its severity grows with their number."""
    weak = [r for r in records if r.weak >= min_visits]
    if not weak:
        return None
    weak.sort(key=lambda r: (-r.weak, -r.weak / max(r.visits, 1), str(r.text)))
    worst = weak[0]
    severity = round(clamp(0.5 * len(weak), 0.5, 1.5), 2)
    params: dict[str, object] = {
        "criterion": worst.text,
        "weak": worst.weak,
        "visits": worst.visits,
    }
    evidence = dict(evidence_of(params))
    evidence["criterion_key"] = worst.key
    evidence["criteria"] = [
        {"criterion": str(r.text), "key": r.key, "weak": r.weak, "visits": r.visits} for r in weak
    ]
    return Signal(SignalKind.WEAK_CRITERION, teacher_id, severity, WEAK_CRITERION, params, evidence)
