"""The visit plan of internal school control: the status of a planned visit, and proposals.

* A planned visit belongs to a calendar month. It is **done** when a final observation of that
  teacher falls in the month (one observation fulfils one planned visit: two visits planned
  for the same teacher and month need two observations). Observations of the planned purpose
  are matched first; an observation left over (another purpose) then fulfils a visit still
  pending — the visit did take place, and the plan says with which purpose. Not done, it is
  **overdue** once its month has ended, **due** while its month runs and **upcoming** before
  it begins.
* :func:`propose_visits` proposes the visits of one term by rules the user sets: every
  teacher N times a year (spread evenly over the school year's months and across teachers,
  so that each month carries a similar load), new teachers and flagged teachers monthly.
  Proposals never repeat what the plan already holds, and never fall in a month already
  over: a yearly visit whose month has passed moves to a month of the term still to come.
"""

from __future__ import annotations

import calendar
from collections import defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

__all__ = [
    "Month",
    "ObservedVisit",
    "PlanRules",
    "PlannedVisit",
    "ProposalReason",
    "ProposedVisit",
    "TeacherForPlan",
    "VisitOutcome",
    "VisitStatus",
    "month_bounds",
    "months_between",
    "open_months_of",
    "propose_visits",
    "term_months",
    "visit_outcomes",
]

Month = tuple[int, int]  # (calendar year, month 1..12)


class VisitStatus(StrEnum):
    DONE = "done"
    DUE = "due"
    UPCOMING = "upcoming"
    OVERDUE = "overdue"


@dataclass(frozen=True, slots=True)
class PlannedVisit:
    key: Hashable  # the plan entry's id
    teacher_id: int
    purpose: str
    year: int
    month: int
    planned_on: date | None = None


@dataclass(frozen=True, slots=True)
class ObservedVisit:
    """A final observation, as the plan sees it."""

    key: Hashable  # the observation's id
    teacher_id: int
    purpose: str
    observed_on: date


@dataclass(frozen=True, slots=True)
class VisitOutcome:
    status: VisitStatus
    observation: Hashable | None = None  # the observation that fulfilled the visit
    observed_on: date | None = None
    observed_purpose: str | None = None  # its purpose (another one than planned at times)


def month_bounds(year: int, month: int) -> tuple[date, date]:
    """First and last day of a calendar month."""
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def months_between(first: date, last: date) -> list[Month]:
    """Every calendar month from the one of `first` to the one of `last`, in order."""
    months: list[Month] = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def _pending_status(year: int, month: int, today: date) -> VisitStatus:
    start, end = month_bounds(year, month)
    if today > end:
        return VisitStatus.OVERDUE
    if today < start:
        return VisitStatus.UPCOMING
    return VisitStatus.DUE


def visit_outcomes(
    planned: Iterable[PlannedVisit], observed: Iterable[ObservedVisit], today: date
) -> dict[Hashable, VisitOutcome]:
    """The outcome of every planned visit, keyed by `PlannedVisit.key`.

    Within one teacher and month the planned visits (by planned day, then key) take the
    observations (by date, then key) in order: first those of the planned purpose, then the
    observations of another purpose that are left over; a visit left without one is pending.
    """
    by_month: dict[tuple[int, int, int], list[ObservedVisit]] = defaultdict(list)
    for item in observed:
        day = item.observed_on
        by_month[(item.teacher_id, day.year, day.month)].append(item)
    for items in by_month.values():
        items.sort(key=lambda o: (o.observed_on, str(o.key)))
    groups: dict[tuple[int, int, int], list[PlannedVisit]] = defaultdict(list)
    for visit in planned:
        groups[(visit.teacher_id, visit.year, visit.month)].append(visit)
    outcomes: dict[Hashable, VisitOutcome] = {}
    for group_key, visits in groups.items():
        visits.sort(key=lambda v: (v.planned_on or date.min, str(v.key)))
        available = list(by_month.get(group_key, []))
        pending: list[PlannedVisit] = []
        for visit in visits:  # the planned purpose first
            match = next((o for o in available if str(o.purpose) == str(visit.purpose)), None)
            if match is None:
                pending.append(visit)
                continue
            available.remove(match)
            outcomes[visit.key] = _done(match)
        for visit in pending:  # then whatever observation of that month is left
            if available:
                outcomes[visit.key] = _done(available.pop(0))
            else:
                outcomes[visit.key] = VisitOutcome(_pending_status(visit.year, visit.month, today))
    return outcomes


def _done(match: ObservedVisit) -> VisitOutcome:
    return VisitOutcome(VisitStatus.DONE, match.key, match.observed_on, str(match.purpose))


def term_months(terms: Sequence[tuple[date, date]]) -> list[list[Month]]:
    """The calendar months of each term: a month belongs to the term that holds its 15th day.

    A 15th that falls in a holiday goes to the term before it (to the first term if none is
    before). Months before the first term or after the last are left out.
    """
    if not terms:
        return []
    ordered = sorted(range(len(terms)), key=lambda i: terms[i][0])
    result: list[list[Month]] = [[] for _ in terms]
    first_start = terms[ordered[0]][0]
    last_end = max(end for _, end in terms)
    for year, month in months_between(first_start, last_end):
        middle = date(year, month, 15)
        owner = ordered[0]
        for index in ordered:
            if terms[index][0] <= middle:
                owner = index
        start, end = month_bounds(year, month)
        if end < terms[owner][0] or start > terms[owner][1]:
            continue  # the month does not touch the term at all
        result[owner].append((year, month))
    return result


# --- proposals --------------------------------------------------------------------------------


class ProposalReason(StrEnum):
    YEARLY = "yearly"  # every teacher N times a year
    NEW_TEACHER = "new_teacher"
    FLAGGED = "flagged"


@dataclass(frozen=True)
class PlanRules:
    visits_per_year: int = 2
    purpose: str = "planned_control"
    monthly_new_teachers: bool = True
    # A teacher with fewer years of experience than this is new.
    new_teacher_years: int = 3
    monthly_flagged: bool = True
    # A teacher whose last final observation scored below this (in %) is flagged.
    flag_below: float = 50.0
    monthly_purpose: str = "support"
    observer: str = ""

    def __post_init__(self) -> None:
        if not 0 <= self.visits_per_year <= 12:
            raise ValueError(f"visits per year must lie in 0..12, got {self.visits_per_year}")
        if self.new_teacher_years < 0:
            raise ValueError("the years of a new teacher cannot be negative")


@dataclass(frozen=True, slots=True)
class TeacherForPlan:
    teacher_id: int
    experience_years: int = 0
    last_score: float | None = None  # of the latest final observation


@dataclass(frozen=True, slots=True)
class ProposedVisit:
    teacher_id: int
    year: int
    month: int
    purpose: str
    observer: str
    reason: ProposalReason


def _yearly_slots(count: int, phase: float, months: int) -> list[int]:
    """Month indexes of `count` visits spread over `months` months, shifted by `phase` in [0, 1)."""
    return [min(months - 1, int((j + phase) * months / count)) for j in range(count)]


def propose_visits(
    teachers: Sequence[TeacherForPlan],
    year_months: Sequence[Month],
    term: Sequence[Month],
    rules: PlanRules,
    existing: Iterable[tuple[int, str, int, int]] = (),
    today: date | None = None,
) -> list[ProposedVisit]:
    """Visits to add to the plan for the months of `term`.

    `year_months` are the school year's months (the yearly visits are spread over them);
    `existing` holds (teacher id, purpose, year, month) of the visits already planned.
    A teacher's yearly visits fall on fixed months, shifted teacher by teacher (in the order
    given) so that each month carries a similar load; a month that already holds a visit of
    the teacher with that purpose counts as one of them, and a teacher who has all the year's
    visits of that purpose planned gets no more. New and flagged teachers get a visit
    (`monthly_purpose`) in every month of the term that has none of theirs yet.

    Given `today`, no visit goes to a month already over: a yearly visit whose month has
    passed moves to a month of the term still to come (spread teacher by teacher), and the
    monthly visits start with the current month; a term that is over gets nothing.
    """
    term_set = [m for m in term if m in set(year_months)] or list(term)
    open_months = open_months_of(term_set, today)
    if not open_months:
        return []
    planned_by_teacher: dict[int, list[tuple[str, Month]]] = defaultdict(list)
    for teacher_id, purpose, year, month in existing:
        planned_by_teacher[teacher_id].append((str(purpose), (year, month)))
    proposals: list[ProposedVisit] = []
    count = len(teachers)
    for index, teacher in enumerate(teachers):
        taken = planned_by_teacher[teacher.teacher_id]
        phase = index / count
        own = _yearly(teacher, phase, year_months, term_set, rules, taken, open_months)
        proposals += own
        busy = {month for _, month in taken} | {(p.year, p.month) for p in own}
        reason = _monthly_reason(teacher, rules)
        if reason is None:
            continue
        for month in open_months:
            if month not in busy:
                proposals.append(
                    ProposedVisit(
                        teacher.teacher_id, *month, rules.monthly_purpose, rules.observer, reason
                    )
                )
    return proposals


def _yearly(
    teacher: TeacherForPlan,
    phase: float,
    year_months: Sequence[Month],
    term: Sequence[Month],
    rules: PlanRules,
    taken: list[tuple[str, Month]],
    open_months: Sequence[Month],
) -> list[ProposedVisit]:
    if rules.visits_per_year <= 0 or not year_months:
        return []
    same_purpose = [month for purpose, month in taken if purpose == str(rules.purpose)]
    room = rules.visits_per_year - sum(1 for m in same_purpose if m in set(year_months))
    slots = [year_months[i] for i in _yearly_slots(rules.visits_per_year, phase, len(year_months))]
    wanted = [m for m in slots if m in term]
    already = [m for m in same_purpose if m in term]
    free = [m for m in wanted if m not in already]
    number = min(max(0, len(wanted) - len(already)), max(0, room))
    result: list[ProposedVisit] = []
    for month in _moved_to_open(free[:number], open_months, already, phase):
        result.append(
            ProposedVisit(
                teacher.teacher_id,
                *month,
                str(rules.purpose),
                rules.observer,
                ProposalReason.YEARLY,
            )
        )
    return result


def open_months_of(months: Sequence[Month], today: date | None) -> list[Month]:
    """The months not over yet on `today` (all of them without a day)."""
    if today is None:
        return list(months)
    return [m for m in months if m >= (today.year, today.month)]


def _moved_to_open(
    months: Sequence[Month], open_months: Sequence[Month], already: Sequence[Month], phase: float
) -> list[Month]:
    """Each month already over replaced by a month still to come: one the teacher has no
    visit in yet when there is one, chosen by the teacher's phase so the load is spread."""
    result: list[Month] = []
    for month in months:
        if month in open_months:
            result.append(month)
            continue
        free = [m for m in open_months if m not in already and m not in result and m not in months]
        choices = free or list(open_months)
        result.append(choices[int(phase * len(choices))])
    return sorted(result)


def _monthly_reason(teacher: TeacherForPlan, rules: PlanRules) -> ProposalReason | None:
    if rules.monthly_new_teachers and teacher.experience_years < rules.new_teacher_years:
        return ProposalReason.NEW_TEACHER
    if (
        rules.monthly_flagged
        and teacher.last_score is not None
        and teacher.last_score < rules.flag_below
    ):
        return ProposalReason.FLAGGED
    return None
