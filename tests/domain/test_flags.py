"""Each flag rule on crafted data, with its boundary and its explanation."""

from __future__ import annotations

from datetime import date

import pytest

from eduqa_desktop.domain.flags import (
    MESSAGES,
    Flag,
    FlagKind,
    FollowUp,
    Localized,
    QualityPair,
    follow_up_flags,
    low_observation_flag,
    not_observed_flag,
    pd_due_date,
    pd_flag,
    quality_drop_flags,
    render_message,
)
from eduqa_desktop.domain.observation_scoring import BandThresholds

TODAY = date(2026, 11, 25)


def test_not_observed_only_without_observations() -> None:
    flag = not_observed_flag(7, 0, term=2, year="2026-2027")
    assert flag is not None
    assert flag.kind is FlagKind.NOT_OBSERVED
    assert flag.teacher_id == 7
    assert flag.message() == "No lesson observed in quarter 2 of 2026-2027"
    assert not_observed_flag(7, 1, term=2, year="2026-2027") is None


@pytest.mark.parametrize(
    ("score", "raised"),
    [(49.99, True), (50.0, False), (0.0, True), (None, False), (float("nan"), False)],
)
def test_low_observation_below_needs_improvement(score: float | None, raised: bool) -> None:
    flag = low_observation_flag(3, score, date(2026, 10, 1))
    assert (flag is not None) is raised


def test_low_observation_explains_itself_and_follows_the_setting() -> None:
    flag = low_observation_flag(3, 41.25, date(2026, 10, 1))
    assert flag is not None
    assert flag.message() == (
        "Last observed lesson (01.10.2026) scored 41.3%, below the “needs improvement” band (50.0%)"
    )
    strict = BandThresholds(high=90, good=80, needs_improvement=60)
    assert low_observation_flag(3, 55.0, date(2026, 10, 1), strict) is not None
    assert low_observation_flag(3, 55.0, date(2026, 10, 1)) is None
    assert low_observation_flag(3, 40.0, None) is None


def test_quality_drop_more_than_the_points() -> None:
    algebra = Localized("Algebra", uz="Algebra", ru="Алгебра", en="Algebra")
    pairs = [
        QualityPair("7-A", algebra, 48.0, 63.0),  # fell 15 → flag
        QualityPair("7-B", algebra, 50.0, 60.0),  # fell exactly 10 → no flag ("more than")
        QualityPair("7-V", algebra, 49.9, 60.0),  # fell 10.1 → flag
        QualityPair("8-A", algebra, 90.0, 40.0),  # rose
        QualityPair("9-A", algebra, None, 60.0),  # undefined now
        QualityPair("9-B", algebra, 20.0, None),  # no previous term
    ]
    flags = quality_drop_flags(5, pairs, 10.0)
    assert [f.params["class_name"] for f in flags] == ["7-A", "7-V"]
    assert flags[0].kind is FlagKind.QUALITY_DROP
    assert flags[0].message() == "Quality 48.0% in 7-A Algebra, was 63.0% last quarter"
    russian = render_message(
        "Качество {quality} в {class_name}, {subject}; было {previous}",
        flags[0].params,
        language="ru",
        percent=lambda v: f"{v:.1f} %".replace(".", ","),
    )
    assert russian == "Качество 48,0 % в 7-A, Алгебра; было 63,0 %"
    assert quality_drop_flags(5, pairs, 20.0) == []


def test_a_quality_drop_in_quarter_one_names_the_class_the_pupils_were_in() -> None:
    pairs = [
        QualityPair("8-A", "Algebra", 45.0, 63.0, previous_class="7-A"),  # a new year
        QualityPair("8-B", "Algebra", 45.0, 63.0, previous_class="8-B"),  # the same class
    ]
    moved, same = quality_drop_flags(5, pairs, 10.0)
    assert moved.message() == "Quality 45.0% in 8-A Algebra, was 63.0% in 7-A last quarter"
    assert moved.params["previous_class"] == "7-A"
    assert same.message() == "Quality 45.0% in 8-B Algebra, was 63.0% last quarter"
    assert "previous_class" not in same.params


def test_pd_due_date_and_leap_day() -> None:
    assert pd_due_date(date(2021, 3, 1), 5) == date(2026, 3, 1)
    assert pd_due_date(date(2024, 2, 29), 3) == date(2027, 2, 28)


@pytest.mark.parametrize(
    ("last", "period", "raised"),
    [
        (date(2021, 11, 25), 5, False),  # due today: not yet overdue
        (date(2021, 11, 24), 5, True),  # due yesterday
        (date(2023, 11, 24), 3, True),  # a 3-year region
        (date(2023, 11, 24), 5, False),
    ],
)
def test_pd_overdue(last: date, period: int, raised: bool) -> None:
    flag = pd_flag(1, last, TODAY, period)
    assert (flag is not None) is raised
    if flag is not None:
        assert flag.kind is FlagKind.PD_OVERDUE
        assert str(period) in flag.message()
        assert last.strftime("%d.%m.%Y") in flag.message()


def test_pd_without_any_course_is_flagged() -> None:
    flag = pd_flag(1, None, TODAY, 5)
    assert flag is not None
    assert flag.message() == "No professional-development course on record"


def test_follow_up_past_due_with_grace_days() -> None:
    items = [
        FollowUp(date(2026, 10, 1), date(2026, 11, 20), done=False),  # 5 days late
        FollowUp(date(2026, 10, 5), date(2026, 11, 25), done=False),  # due today
        FollowUp(date(2026, 9, 20), date(2026, 10, 20), done=True),  # done
    ]
    flags = follow_up_flags(2, items, TODAY)
    assert len(flags) == 1
    assert flags[0].kind is FlagKind.FOLLOW_UP_OVERDUE
    assert flags[0].message() == "Follow-up of the lesson of 01.10.2026 was due on 20.11.2026"
    assert follow_up_flags(2, items, TODAY, grace_days=5) == []
    assert len(follow_up_flags(2, items, TODAY, grace_days=4)) == 1


def test_render_message_formats_by_type_and_survives_a_bad_template() -> None:
    params = {"name": Localized("Fizika", ru="Физика"), "day": date(2026, 1, 2), "n": 3}
    assert render_message("{name} {day} {n}", params, language="ru") == "Физика 02.01.2026 3"
    assert render_message("{name}", params, language="uz") == "Fizika"  # falls back to the name
    assert render_message("{missing}", params) == "{missing}"


def test_every_template_is_listed_and_flags_compare_by_value() -> None:
    assert len(set(MESSAGES)) == len(MESSAGES) == 7
    one = Flag(FlagKind.PD_OVERDUE, 1, MESSAGES[4])
    assert one == Flag(FlagKind.PD_OVERDUE, 1, MESSAGES[4])
