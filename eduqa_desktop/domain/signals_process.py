"""Signals from the school's own process:

* **follow-up** — agreed next steps past due (plus the grace days) without a follow-up visit;
* **visits the plan required** that are overdue (a teacher the plan did not schedule is not
  "unobserved");
* **professional development** overdue (or no course on record);
* **a new teacher** (under ``new_years`` years of experience) with no visit and no mentor in
  the academic year.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from eduqa_desktop.domain.flags import PD_NONE, PD_OVERDUE, FollowUp, pd_due_date
from eduqa_desktop.domain.signals import Signal, SignalKind, clamp, evidence_of
from eduqa_desktop.text import QT_TRANSLATE_NOOP

__all__ = [
    "FOLLOW_UP",
    "NEW_TEACHER",
    "PD_NONE",
    "PD_OVERDUE",
    "PLANNED_OVERDUE",
    "follow_up_signal",
    "new_teacher_signal",
    "pd_signal",
    "planned_visits_signal",
]

FOLLOW_UP = QT_TRANSLATE_NOOP(
    "Messages", "{count} follow-up(s) past due, the oldest due on {due} (lesson of {observed_on})"
)
PLANNED_OVERDUE = QT_TRANSLATE_NOOP(
    "Messages", "{count} planned visit(s) overdue, the oldest planned for {month}"
)
NEW_TEACHER = QT_TRANSLATE_NOOP(
    "Messages",
    "New teacher ({years} years of experience): no lesson visited and no mentor in {year}",
)


def follow_up_signal(
    teacher_id: int, follow_ups: Iterable[FollowUp], today: date, grace_days: int = 0
) -> Signal | None:
    """One signal for all the follow-ups not done whose due date plus the grace has passed."""
    late = sorted(
        (f for f in follow_ups if not f.done and f.due + timedelta(days=grace_days) < today),
        key=lambda f: (f.due, f.observed_on),
    )
    if not late:
        return None
    oldest = late[0]
    days = (today - oldest.due).days
    severity = round(clamp(0.5 + 0.25 * len(late) + days / 120, 0.75, 1.5), 2)
    params: dict[str, object] = {
        "count": len(late),
        "due": oldest.due,
        "observed_on": oldest.observed_on,
    }
    evidence = dict(evidence_of(params))
    evidence["days_overdue"] = days
    return Signal(SignalKind.FOLLOW_UP_OVERDUE, teacher_id, severity, FOLLOW_UP, params, evidence)


def planned_visits_signal(
    teacher_id: int, overdue_months: Sequence[tuple[int, int]]
) -> Signal | None:
    """One signal for the planned visits of the teacher that are overdue ((year, month) each)."""
    if not overdue_months:
        return None
    year, month = min(overdue_months)
    severity = round(clamp(0.5 * len(overdue_months), 0.5, 1.5), 2)
    params: dict[str, object] = {"count": len(overdue_months), "month": f"{month:02d}.{year}"}
    return Signal(
        SignalKind.PLANNED_VISIT_OVERDUE,
        teacher_id,
        severity,
        PLANNED_OVERDUE,
        params,
        evidence_of(params),
    )


def pd_signal(
    teacher_id: int, last_course: date | None, today: date, period_years: int
) -> Signal | None:
    """The last course older than the period, or none on record (a routine matter: 0.5)."""
    if last_course is None:
        return Signal(SignalKind.PD_OVERDUE, teacher_id, 0.5, PD_NONE, {}, {"last_course": None})
    if pd_due_date(last_course, period_years) >= today:
        return None
    params: dict[str, object] = {"date": last_course, "years": period_years}
    return Signal(SignalKind.PD_OVERDUE, teacher_id, 0.5, PD_OVERDUE, params, evidence_of(params))


def new_teacher_signal(
    teacher_id: int,
    experience_years: int,
    *,
    visits_this_year: int,
    has_mentor: bool,
    year: str,
    new_years: int = 3,
) -> Signal | None:
    """A teacher with fewer than ``new_years`` years of experience, unvisited and unmentored."""
    if experience_years >= new_years or visits_this_year > 0 or has_mentor:
        return None
    params: dict[str, object] = {"years": experience_years, "year": year}
    return Signal(
        SignalKind.NEW_TEACHER_UNSUPPORTED,
        teacher_id,
        1.0,
        NEW_TEACHER,
        params,
        evidence_of(params),
    )
