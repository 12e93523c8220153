"""Signals: whom a vice-principal should look at, each with its weight and its numbers.

The rules of ``shared/domain.md`` ("Attention: whom to look at"). A signal differs from a
flag (``domain.flags``) in two ways: it compares like with like (a class against the same
subject in the same grade, the plan's own visits) and it carries a **severity** from its size
and its evidence, so that teachers can be ranked by the sum of their signals' severities.

Severities run from about 0.5 (a routine matter: a course overdue) to 3 (a class far behind
its peers with plenty of pupils). Every threshold is a setting
(:class:`eduqa_desktop.domain.thresholds.Thresholds`); the rules live in
``signals_results`` (results against peers, sustained decline), ``signals_lessons`` (the
lessons) and ``signals_process`` (follow-ups, the plan, professional development, new
teachers). This module holds what they share and the ranking.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from eduqa_desktop.domain.flags import render_message

__all__ = [
    "RankedTeacher",
    "Signal",
    "SignalKind",
    "SubjectSignal",
    "attention_list",
    "clamp",
    "rank_teachers",
    "wilson_interval",
]


class SignalKind(StrEnum):
    RESULTS_BEHIND_PEERS = "results_behind_peers"
    RESULTS_BEHIND_CLASSMATES = "results_behind_classmates"
    SUSTAINED_DECLINE = "sustained_decline"
    LOW_LESSON = "low_lesson"
    FALLING_LESSONS = "falling_lessons"
    WEAK_CRITERION = "weak_criterion"
    FOLLOW_UP_OVERDUE = "follow_up_overdue"
    PLANNED_VISIT_OVERDUE = "planned_visit_overdue"
    PD_OVERDUE = "pd_overdue"
    NEW_TEACHER_UNSUPPORTED = "new_teacher_unsupported"


@dataclass(frozen=True)
class Signal:
    """One signal on one teacher.

    ``message_template`` is English marked for translation, filled by ``params`` (floats are
    percentages, dates days, ``Localized`` names in three languages — see
    ``domain.flags.render_message``); ``evidence`` holds the numbers behind it as plain JSON
    values (for ``eduqa attention --json`` and the tooltips).
    """

    kind: SignalKind
    teacher_id: int
    severity: float
    message_template: str
    params: Mapping[str, object] = field(default_factory=dict)
    evidence: Mapping[str, object] = field(default_factory=dict)

    def message(self) -> str:
        """The sentence in English (logs, the command line, tests)."""
        return render_message(self.message_template, self.params)


@dataclass(frozen=True)
class SubjectSignal:
    """A subject weak across a school — all its teachers' classes together: the concern of the
    school and its subject department rather than of one teacher, so it is listed beside the
    teachers and adds to no teacher's score."""

    subject: object  # Localized | str: the subject's name
    teacher_ids: tuple[int, ...]
    severity: float
    message_template: str
    params: Mapping[str, object] = field(default_factory=dict)
    evidence: Mapping[str, object] = field(default_factory=dict)

    def message(self) -> str:
        return render_message(self.message_template, self.params)


def clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


def wilson_interval(successes: int, trials: int, z: float = 1.96) -> tuple[float, float]:
    """The Wilson score interval of a share, in percent (95 % with the default ``z``).

    ``trials`` must be positive. Unlike the normal approximation it stays inside 0–100 and
    behaves at 0 and at ``trials`` successes, which small classes often have.
    """
    if trials <= 0:
        raise ValueError("a share needs at least one trial")
    if not 0 <= successes <= trials:
        raise ValueError("successes must lie between 0 and the trials")
    p = successes / trials
    z2 = z * z
    centre = (p + z2 / (2 * trials)) / (1 + z2 / trials)
    half = z * math.sqrt(p * (1 - p) / trials + z2 / (4 * trials * trials)) / (1 + z2 / trials)
    return max(0.0, centre - half) * 100, min(1.0, centre + half) * 100


@dataclass(frozen=True)
class RankedTeacher:
    teacher_id: int
    score: float  # the sum of the signals' severities
    signals: tuple[Signal, ...]  # strongest first


def rank_teachers(signals: Iterable[Signal]) -> list[RankedTeacher]:
    """Teachers with at least one signal, by score (highest first; ties by teacher id).

    Each teacher's signals are ordered strongest first (ties in the order of ``SignalKind``).
    """
    order = list(SignalKind)
    by_teacher: dict[int, list[Signal]] = {}
    for signal in signals:
        by_teacher.setdefault(signal.teacher_id, []).append(signal)
    ranked = []
    for teacher_id, found in by_teacher.items():
        found.sort(key=lambda s: (-s.severity, order.index(s.kind)))
        ranked.append(
            RankedTeacher(teacher_id, round(sum(s.severity for s in found), 2), tuple(found))
        )
    ranked.sort(key=lambda r: (-r.score, r.teacher_id))
    return ranked


def attention_list(
    ranked: Iterable[RankedTeacher], staff: int, *, share: float, min_score: float
) -> list[RankedTeacher]:
    """The top of the ranking: scores of at least ``min_score``, at most ``share`` of ``staff``
    (rounded down, but one teacher at least when anyone qualifies)."""
    limit = max(1, math.floor(staff * share + 1e-9)) if staff > 0 else 0
    qualified = [r for r in ranked if r.score >= min_score - 1e-9]
    return qualified[:limit]


def evidence_of(params: Mapping[str, object]) -> Mapping[str, object]:
    """``params`` as plain JSON values (names as typed, days in ISO form)."""
    plain: dict[str, object] = {}
    for key, value in params.items():
        if isinstance(value, float):
            plain[key] = round(value, 1)
        elif isinstance(value, (int, str, bool)) or value is None:
            plain[key] = value
        elif hasattr(value, "isoformat"):
            plain[key] = value.isoformat()
        else:
            plain[key] = str(value)
    return plain
