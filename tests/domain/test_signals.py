"""Each signal rule on hand-computed numbers, present and absent, and the ranking."""

from __future__ import annotations

from datetime import date

import pytest

from eduqa_desktop.domain.flags import FollowUp, Localized
from eduqa_desktop.domain.signals import (
    Signal,
    SignalKind,
    attention_list,
    rank_teachers,
    wilson_interval,
)
from eduqa_desktop.domain.signals_lessons import (
    CriterionRecord,
    falling_lessons_signal,
    is_weak_score,
    low_lesson_signal,
    weak_criterion_signal,
)
from eduqa_desktop.domain.signals_process import (
    follow_up_signal,
    new_teacher_signal,
    pd_signal,
    planned_visits_signal,
)
from eduqa_desktop.domain.signals_results import (
    ClassResult,
    PeerGroup,
    SchoolSubjectResult,
    decline_signal,
    peer_gap_signal,
    school_subject_signal,
)
from eduqa_desktop.domain.thresholds import Thresholds

CHEMISTRY = Localized("Kimyo", uz="Kimyo", ru="Химия", en="Chemistry")
TODAY = date(2026, 11, 25)


def test_wilson_interval_by_hand() -> None:
    # 5 of 26: p = 0.19231, z²/n = 0.14775, centre 0.23193, half-width 0.14685.
    low, high = wilson_interval(5, 26)
    assert low == pytest.approx(8.507, abs=0.001)
    assert high == pytest.approx(37.877, abs=0.001)
    # The edges stay inside 0–100: 0 of 10 → 0 … 27.75, 10 of 10 → 72.25 … 100.
    assert wilson_interval(0, 10) == pytest.approx((0.0, 27.754), abs=0.001)
    assert wilson_interval(10, 10) == pytest.approx((72.246, 100.0), abs=0.001)
    with pytest.raises(ValueError):
        wilson_interval(0, 0)


def _line(good: int, assessed: int) -> ClassResult:
    return ClassResult("7-A", 7, CHEMISTRY, good, assessed)


def test_behind_peers_when_the_interval_is_clear_of_the_threshold() -> None:
    # 5 of 26 = 19.2 %, interval up to 37.9 %; peers 60 of 100 = 60 % → threshold 45 %.
    peers = [PeerGroup("school", 60, 100, 4)]
    signal = peer_gap_signal(3, _line(5, 26), peers, gap_points=15, min_graded=10)
    assert signal is not None
    assert signal.kind is SignalKind.RESULTS_BEHIND_PEERS
    assert signal.message() == (
        "7-A Chemistry: quality 19.2% against 60.0% for grade 7 Chemistry in the school, 26 pupils"
    )
    assert signal.evidence["gap_points"] == 40.8
    assert signal.evidence["interval"] == [8.5, 37.9]
    # gap 40.8 / 15 = 2.72, times 26/25 = 1.04 → 2.83
    assert signal.severity == pytest.approx(2.83)


def test_no_signal_when_the_interval_reaches_the_threshold() -> None:
    # Peers 50 % → threshold 35 %: the raw gap is 30.8 points, but 37.9 % > 35 %.
    peers = [PeerGroup("school", 50, 100, 4)]
    assert peer_gap_signal(3, _line(5, 26), peers, gap_points=15, min_graded=10) is None


def test_no_signal_from_small_classes_or_small_peer_groups() -> None:
    # 0 of 9: a huge gap but fewer than 10 pupils assessed.
    peers = [PeerGroup("school", 90, 100, 4)]
    assert peer_gap_signal(3, _line(0, 9), peers, gap_points=15, min_graded=10) is None
    # 0 of 10 (interval up to 27.8 %) against 90 %: clear.
    assert peer_gap_signal(3, _line(0, 10), peers, gap_points=15, min_graded=10) is not None
    # Peers of 9 pupils only: no comparison.
    tiny = [PeerGroup("school", 9, 9, 1)]
    assert peer_gap_signal(3, _line(0, 10), tiny, gap_points=15, min_graded=10) is None
    assert peer_gap_signal(3, _line(0, 10), [], gap_points=15, min_graded=10) is None


def test_the_clearest_comparison_speaks() -> None:
    # School peers 55 % (threshold 40, clearance 40 − 37.9 = 2.1); district 70 % (17.1).
    peers = [PeerGroup("school", 55, 100, 2), PeerGroup("district", 700, 1000, 30)]
    signal = peer_gap_signal(3, _line(5, 26), peers, gap_points=15, min_graded=10)
    assert signal is not None
    assert signal.evidence["peer_group"] == "district"
    assert "in the district" in signal.message()


def test_sustained_decline_needs_two_falls_of_five_points() -> None:
    signal = decline_signal(4, "8-A", CHEMISTRY, [60.0, 54.0, 48.0], points=5, terms=2)
    assert signal is not None
    assert signal.message() == "8-A Chemistry: quality down 2 quarters running, 60.0% → 48.0%"
    assert signal.severity == pytest.approx(1.2)  # 12 points over 2 × 5
    # One fall of 4.9 points is a wobble; a rise in between breaks the run.
    assert decline_signal(4, "8-A", CHEMISTRY, [60.0, 55.1, 48.0], points=5, terms=2) is None
    assert decline_signal(4, "8-A", CHEMISTRY, [60.0, 65.0, 48.0], points=5, terms=2) is None
    # Exactly 5 points twice counts; only the last run matters; too short or undefined: none.
    assert decline_signal(4, "8-A", CHEMISTRY, [60.0, 55.0, 50.0], points=5) is not None
    assert decline_signal(4, "8-A", CHEMISTRY, [10.0, 60.0, 55.0, 50.0], points=5) is not None
    assert decline_signal(4, "8-A", CHEMISTRY, [60.0, 50.0], points=5) is None
    assert decline_signal(4, "8-A", CHEMISTRY, [None, 50.0, 40.0], points=5) is None


def test_low_lesson_below_needs_improvement() -> None:
    signal = low_lesson_signal(5, 40.0, date(2026, 10, 2))
    assert signal is not None
    assert signal.message() == (
        "Latest lesson (02.10.2026) scored 40.0%, below “needs improvement” (50.0%)"
    )
    assert signal.severity == pytest.approx(1.4)  # 1 + 10/25
    assert low_lesson_signal(5, 50.0, date(2026, 10, 2)) is None
    assert low_lesson_signal(5, None, None) is None


def test_falling_lessons_three_latest() -> None:
    signal = falling_lessons_signal(5, [90.0, 80.0, 70.0, 60.0])
    assert signal is not None
    assert signal.message() == "Three latest lessons falling: 80.0% → 70.0% → 60.0%"
    assert signal.severity == pytest.approx(1.5)  # 0.5 + 20/20
    assert falling_lessons_signal(5, [80.0, 70.0, 70.0]) is None
    assert falling_lessons_signal(5, [60.0, 70.0, 65.0]) is None
    assert falling_lessons_signal(5, [80.0, 70.0]) is None


def test_weak_criterion_in_two_visits() -> None:
    assert is_weak_score(1, 0, 3) and not is_weak_score(2, 0, 3)
    assert is_weak_score(2, 1, 4) and not is_weak_score(3, 1, 4)
    goal = CriterionRecord("goal", "Lesson goal stated", weak=2, visits=3)
    once = CriterionRecord("time", "Time used well", weak=1, visits=3)
    signal = weak_criterion_signal(6, [once, goal])
    assert signal is not None
    assert signal.message() == "“Lesson goal stated” weak in 2 of 3 visits"
    assert signal.evidence["criterion_key"] == "goal"
    assert weak_criterion_signal(6, [once]) is None


def test_follow_up_past_due() -> None:
    late = FollowUp(date(2026, 10, 1), date(2026, 10, 15), done=False)
    done = FollowUp(date(2026, 9, 1), date(2026, 9, 15), done=True)
    signal = follow_up_signal(7, [late, done], TODAY)
    assert signal is not None
    assert signal.message() == (
        "1 follow-up(s) past due, the oldest due on 15.10.2026 (lesson of 01.10.2026)"
    )
    assert signal.evidence["days_overdue"] == 41
    assert follow_up_signal(7, [late], TODAY, grace_days=41) is None
    assert follow_up_signal(7, [done], TODAY) is None


def test_planned_visits_overdue() -> None:
    signal = planned_visits_signal(8, [(2026, 10), (2026, 9)])
    assert signal is not None
    assert signal.message() == "2 planned visit(s) overdue, the oldest planned for 09.2026"
    assert signal.severity == 1.0
    assert planned_visits_signal(8, []) is None


def test_pd_overdue() -> None:
    assert pd_signal(9, date(2021, 11, 25), TODAY, 5) is None  # due today
    overdue = pd_signal(9, date(2021, 11, 24), TODAY, 5)
    assert overdue is not None and overdue.severity == 0.5
    assert pd_signal(9, None, TODAY, 5) is not None


def test_new_teacher_without_visit_or_mentor() -> None:
    kwargs = {"year": "2026-2027", "new_years": 3}
    signal = new_teacher_signal(10, 1, visits_this_year=0, has_mentor=False, **kwargs)
    assert signal is not None
    assert signal.message() == (
        "New teacher (1 years of experience): no lesson visited and no mentor in 2026-2027"
    )
    assert new_teacher_signal(10, 3, visits_this_year=0, has_mentor=False, **kwargs) is None
    assert new_teacher_signal(10, 1, visits_this_year=1, has_mentor=False, **kwargs) is None
    assert new_teacher_signal(10, 1, visits_this_year=0, has_mentor=True, **kwargs) is None


def _signal(teacher: int, severity: float, kind: SignalKind = SignalKind.PD_OVERDUE) -> Signal:
    return Signal(kind, teacher, severity, "x")


def test_ranking_and_the_attention_list() -> None:
    signals = [
        _signal(1, 0.5),
        _signal(2, 1.0, SignalKind.LOW_LESSON),
        _signal(2, 0.5),
        _signal(3, 2.0, SignalKind.RESULTS_BEHIND_PEERS),
        _signal(4, 0.75, SignalKind.FOLLOW_UP_OVERDUE),
    ]
    ranked = rank_teachers(signals)
    assert [(r.teacher_id, r.score) for r in ranked] == [(3, 2.0), (2, 1.5), (4, 0.75), (1, 0.5)]
    assert ranked[1].signals[0].kind is SignalKind.LOW_LESSON  # strongest first
    # 10 staff, a fifth → 2; a score of 1 at least.
    assert [r.teacher_id for r in attention_list(ranked, 10, share=0.2, min_score=1.0)] == [3, 2]
    assert [r.teacher_id for r in attention_list(ranked, 5, share=0.2, min_score=1.0)] == [3]
    assert attention_list(ranked, 10, share=0.2, min_score=5.0) == []


def test_thresholds_defaults_and_settings() -> None:
    defaults = Thresholds()
    assert (defaults.peer_gap_points, defaults.min_graded_pupils) == (15.0, 10)
    assert (defaults.decline_points, defaults.decline_terms) == (5.0, 2)
    assert (defaults.attention_share, defaults.new_teacher_years) == (0.2, 3)
    loaded = Thresholds.from_json({"peer_gap_points": "12.5", "attention_share": 0.25})
    assert loaded.peer_gap_points == 12.5 and loaded.attention_share == 0.25


# --- a subject behind across the school ------------------------------------------------------


def _subject(teachers: int, expected_share: float, against: str = "other_subjects"):  # type: ignore[no-untyped-def]
    # 107 of 351 pupils with a 4 or 5 (30.5 %; Wilson 95 %: 25.9–35.5 %)
    return SchoolSubjectResult(
        "Chemistry", tuple(range(1, teachers + 1)), 107, 351, 351 * expected_share, against
    )


def test_a_subject_behind_across_the_school() -> None:
    # expected 51.6 %: the threshold 36.6 % lies above the interval's top 35.5 % → a signal
    signal = school_subject_signal(_subject(2, 0.516), gap_points=15, min_graded=10)
    assert signal is not None
    assert signal.teacher_ids == (1, 2)
    assert signal.evidence["interval"] == [25.9, 35.5]
    assert signal.evidence["gap_points"] == 21.1
    assert signal.severity == 1.41  # 21.1 / 15
    assert signal.message() == (
        "Chemistry across the school: quality 30.5% against 51.6% for the same pupils in "
        "their other subjects; 2 teachers, 351 pupils"
    )
    district = school_subject_signal(_subject(3, 0.6, "district"), gap_points=15, min_graded=10)
    assert district is not None and "for the same grades in the district" in district.message()


def test_no_subject_signal_for_one_teacher_or_an_unclear_gap() -> None:
    # one teacher: the teacher's own signal says it
    assert school_subject_signal(_subject(1, 0.6), gap_points=15, min_graded=10) is None
    # expected 50 %: the threshold 35 % is inside the interval (top 35.5 %)
    assert school_subject_signal(_subject(2, 0.5), gap_points=15, min_graded=10) is None
    # fewer pupils than the minimum
    assert school_subject_signal(_subject(2, 0.9), gap_points=15, min_graded=400) is None
