"""Visit plan rules: done / due / upcoming / overdue, the months of a term, plan proposals."""

from __future__ import annotations

from datetime import date

import pytest

from eduqa_desktop.domain.school_calendar import quarter_dates
from eduqa_desktop.domain.visit_plan import (
    ObservedVisit,
    PlannedVisit,
    PlanRules,
    ProposalReason,
    TeacherForPlan,
    VisitStatus,
    month_bounds,
    months_between,
    propose_visits,
    term_months,
    visit_outcomes,
)

TODAY = date(2026, 11, 25)
CONTROL, SUPPORT = "planned_control", "support"


def test_month_helpers() -> None:
    assert month_bounds(2028, 2) == (date(2028, 2, 1), date(2028, 2, 29))
    assert months_between(date(2026, 11, 30), date(2027, 2, 1)) == [
        (2026, 11),
        (2026, 12),
        (2027, 1),
        (2027, 2),
    ]


@pytest.mark.parametrize(
    ("month", "expected"),
    [(10, VisitStatus.OVERDUE), (11, VisitStatus.DUE), (12, VisitStatus.UPCOMING)],
)
def test_a_visit_not_done_is_overdue_due_or_upcoming(month: int, expected: VisitStatus) -> None:
    outcome = visit_outcomes([PlannedVisit(1, 7, CONTROL, 2026, month)], [], TODAY)[1]
    assert outcome.status == expected and outcome.observation is None


def test_a_final_observation_of_that_teacher_purpose_and_month_makes_it_done() -> None:
    planned = [
        PlannedVisit("a", 7, CONTROL, 2026, 10),
        PlannedVisit("b", 7, CONTROL, 2026, 11),  # observed in October: does not count
        PlannedVisit("c", 8, CONTROL, 2026, 10),  # another teacher
        PlannedVisit("d", 7, SUPPORT, 2026, 10),  # another purpose
    ]
    observed = [ObservedVisit(100, 7, CONTROL, date(2026, 10, 14))]
    outcomes = visit_outcomes(planned, observed, TODAY)
    assert outcomes["a"].status == VisitStatus.DONE
    assert (outcomes["a"].observation, outcomes["a"].observed_on) == (100, date(2026, 10, 14))
    assert outcomes["b"].status == VisitStatus.DUE
    assert outcomes["c"].status == VisitStatus.OVERDUE
    assert outcomes["d"].status == VisitStatus.OVERDUE


def test_one_observation_fulfils_one_planned_visit() -> None:
    planned = [
        PlannedVisit("late", 7, CONTROL, 2026, 10, date(2026, 10, 28)),
        PlannedVisit("early", 7, CONTROL, 2026, 10, date(2026, 10, 5)),
    ]
    observed = [ObservedVisit(1, 7, CONTROL, date(2026, 10, 20))]
    outcomes = visit_outcomes(planned, observed, TODAY)
    assert outcomes["early"].status == VisitStatus.DONE
    assert outcomes["late"].status == VisitStatus.OVERDUE
    two = [*observed, ObservedVisit(2, 7, CONTROL, date(2026, 10, 29))]
    outcomes = visit_outcomes(planned, two, TODAY)
    assert (outcomes["early"].observation, outcomes["late"].observation) == (1, 2)


QUARTERS = [(q.start, q.end) for q in quarter_dates("2026-2027")]
Q1, Q2, Q3, Q4 = term_months(QUARTERS)
YEAR = [*Q1, *Q2, *Q3, *Q4]


def test_a_month_belongs_to_the_quarter_of_its_fifteenth() -> None:
    assert Q1 == [(2026, 9), (2026, 10)]
    assert Q2 == [(2026, 11), (2026, 12)]
    assert Q3 == [(2027, 1), (2027, 2), (2027, 3)]  # 4th quarter starts on 30 March
    assert Q4 == [(2027, 4), (2027, 5)]
    assert term_months([]) == []


def _teachers(n: int = 4) -> list[TeacherForPlan]:
    return [TeacherForPlan(i, experience_years=10) for i in range(n)]


def test_yearly_visits_are_spread_over_the_year_and_the_teachers() -> None:
    # Nine months, two visits a year; teacher i starts at phase i/4:
    # month index = int((j + i/4) · 9 / 2) → t0: Sep, Jan; t1: Oct, Feb; t2: Nov, Mar; t3: Dec, Apr.
    rules = PlanRules(visits_per_year=2, monthly_new_teachers=False, monthly_flagged=False)
    by_term = [
        [(p.teacher_id, (p.year, p.month)) for p in propose_visits(_teachers(), YEAR, term, rules)]
        for term in (Q1, Q2, Q3, Q4)
    ]
    assert by_term == [
        [(0, (2026, 9)), (1, (2026, 10))],
        [(2, (2026, 11)), (3, (2026, 12))],
        [(0, (2027, 1)), (1, (2027, 2)), (2, (2027, 3))],
        [(3, (2027, 4))],
    ]


def test_new_and_flagged_teachers_are_visited_monthly() -> None:
    teachers = [
        TeacherForPlan(0, experience_years=10, last_score=90.0),
        TeacherForPlan(1, experience_years=1),  # new
        TeacherForPlan(2, experience_years=20, last_score=45.0),  # flagged: below 50
        TeacherForPlan(3, experience_years=20, last_score=50.0),  # exactly 50: not flagged
    ]
    proposals = propose_visits(teachers, YEAR, Q1, PlanRules(observer="Rahimova"))
    got = sorted((p.teacher_id, p.month, p.purpose, p.reason) for p in proposals)
    assert got == [
        (0, 9, CONTROL, ProposalReason.YEARLY),
        (1, 9, SUPPORT, ProposalReason.NEW_TEACHER),  # October already has its yearly visit
        (1, 10, CONTROL, ProposalReason.YEARLY),
        (2, 9, SUPPORT, ProposalReason.FLAGGED),
        (2, 10, SUPPORT, ProposalReason.FLAGGED),
    ]
    assert {p.observer for p in proposals} == {"Rahimova"}


def test_proposals_never_repeat_the_plan() -> None:
    rules = PlanRules(visits_per_year=2, monthly_new_teachers=False, monthly_flagged=False)
    # Teacher 0 already has a planned-control visit in October (instead of September).
    existing = [(0, CONTROL, 2026, 10)]
    proposals = propose_visits(_teachers(), YEAR, Q1, rules, existing)
    assert [(p.teacher_id, p.month) for p in proposals] == [(1, 10)]
    # A teacher with both of the year's visits planned gets no more this year.
    full = [(0, CONTROL, 2026, 11), (0, CONTROL, 2027, 2)]
    proposals = propose_visits(_teachers(), YEAR, Q3, rules, full)
    assert 0 not in {p.teacher_id for p in proposals}
    # Generating the same term twice proposes nothing the second time.
    first = propose_visits(_teachers(), YEAR, Q3, PlanRules())
    again = propose_visits(
        _teachers(),
        YEAR,
        Q3,
        PlanRules(),
        [(p.teacher_id, p.purpose, p.year, p.month) for p in first],
    )
    assert first and again == []


def test_rules_are_checked() -> None:
    with pytest.raises(ValueError):
        PlanRules(visits_per_year=13)
    assert propose_visits([], YEAR, Q1, PlanRules()) == []


def test_an_observation_of_another_purpose_fulfils_a_visit_still_pending() -> None:
    """Observed with New observation as a support visit, a planned control visit is done."""
    planned = [PlannedVisit("p", 7, CONTROL, 2026, 10)]
    observed = [ObservedVisit(100, 7, SUPPORT, date(2026, 10, 14))]
    outcome = visit_outcomes(planned, observed, TODAY)["p"]
    assert (outcome.status, outcome.observation, outcome.observed_purpose) == (
        VisitStatus.DONE,
        100,
        SUPPORT,
    )
    # The planned purpose still goes first: a support visit planned too takes the support
    # observation, and the control visit waits for one of its own.
    both = [*planned, PlannedVisit("s", 7, SUPPORT, 2026, 10)]
    outcomes = visit_outcomes(both, observed, TODAY)
    assert outcomes["s"].observation == 100 and outcomes["p"].status == VisitStatus.OVERDUE
    # Another month or another teacher never counts.
    later = [ObservedVisit(101, 7, SUPPORT, date(2026, 11, 2)), ObservedVisit(102, 8, CONTROL,
             date(2026, 10, 3))]  # fmt: skip
    assert visit_outcomes(planned, later, TODAY)["p"].status == VisitStatus.OVERDUE


def test_no_proposal_falls_in_a_month_already_over() -> None:
    """Made on 3 December, the 2nd quarter's November visits go to December."""
    rules = PlanRules(visits_per_year=2, monthly_new_teachers=True, monthly_flagged=False)
    teachers = [*_teachers(4), TeacherForPlan(9, experience_years=1)]
    on_3_december = propose_visits(teachers, YEAR, Q2, rules, today=date(2026, 12, 3))
    assert on_3_december and all((p.year, p.month) == (2026, 12) for p in on_3_december)
    without_day = propose_visits(teachers, YEAR, Q2, rules)
    # the same visits, only moved: nobody loses the yearly visit whose month passed
    assert sorted((p.teacher_id, p.reason) for p in on_3_december) == sorted(
        (p.teacher_id, p.reason)
        for p in without_day
        if (p.year, p.month) == (2026, 12) or p.reason == ProposalReason.YEARLY
    )
    # a term already over gets nothing; a term to come is untouched
    assert propose_visits(teachers, YEAR, Q1, rules, today=date(2026, 12, 3)) == []
    assert propose_visits(teachers, YEAR, Q3, rules, today=date(2026, 12, 3)) == (
        propose_visits(teachers, YEAR, Q3, rules)
    )


def test_moved_visits_spread_over_the_months_still_to_come() -> None:
    rules = PlanRules(visits_per_year=4, monthly_new_teachers=False, monthly_flagged=False)
    # Quarter 3 (January to March) planned on 20 February: nothing in January ...
    on_20_february = propose_visits(_teachers(6), YEAR, Q3, rules, today=date(2027, 2, 20))
    months = [(p.year, p.month) for p in on_20_february]
    assert set(months) <= {(2027, 2), (2027, 3)} and (2027, 3) in months
    # ... and no teacher gets two yearly visits in one month
    per_teacher = [(p.teacher_id, p.month) for p in on_20_february]
    assert len(per_teacher) == len(set(per_teacher))
