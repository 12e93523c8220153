"""Agreement of co-observers: pairs, criteria, each observer over the year, sessions."""

from __future__ import annotations

from datetime import date

import pytest

from eduqa_desktop.domain.calibration import ScoredLesson, calibration

F = "family"


def _lesson(group: str, observer: str, levels: list[int | None], note: str = "") -> ScoredLesson:
    scored = {(F, 0, i): level for i, level in enumerate(levels) if level is not None}
    return ScoredLesson(
        group, hash((group, observer)), observer, date(2025, 10, 14), "T", note, scored
    )


def test_two_observers_over_two_lessons() -> None:
    # Lesson 1: A 3 2 1 4, B 3 3 1 2 ; lesson 2: A 2 2 N/A, B 2 1 4 (N/A is left out)
    report = calibration(
        [
            _lesson("g1", "Karimova N.", [3, 2, 1, 4]),
            _lesson("g1", " karimov  a. ", [3, 3, 1, 2]),
            _lesson("g2", "Karimova N.", [2, 2, None]),
            _lesson("g2", "Karimov A.", [2, 1, 4]),
        ]
    )
    (pair,) = report.pairs
    # names sorted by key: "karimov a." before "karimova n."; 6 pairs of levels:
    # (3,3) (3,2) (1,1) (2,4) (2,2) (1,2): exact 3/6, within one 5/6
    assert (pair.first, pair.second, pair.lessons) == ("karimov a.", "Karimova N.", 2)
    assert pair.agreement.pairs == 6
    assert pair.agreement.exact == pytest.approx(50.0)
    assert pair.agreement.within_one == pytest.approx(500 / 6)
    # Karimova scores 0, −1, 0, +2, 0, +1 against Karimov: +1/3 on average; by criterion
    # 1st 0 and 0, 2nd −1 and +1, 3rd 0, 4th +2: the 4th higher, the others even
    karimova = report.observer("KARIMOVA N.")
    assert karimova is not None and karimova.lessons == 2
    assert karimova.agreement.mean_difference == pytest.approx(1 / 3)
    assert [(lean.key[2], lean.mean_difference) for lean in karimova.leaning] == [
        (3, 2.0), (0, 0.0), (1, 0.0), (2, 0.0),
    ]  # fmt: skip
    assert not karimova.low  # 6 pairs are too few to call it low
    # exact agreement per criterion: 100, 0, 100, 0 % — the lowest first
    assert [c.key[2] for c in report.criteria] == [1, 3, 0, 2]


def test_low_agreement_needs_enough_pairs_and_a_low_kappa() -> None:
    a = [1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3, 4]
    b = [4, 3, 2, 1, 4, 3, 2, 1, 3, 4, 1, 2]
    report = calibration(
        [_lesson("g", "A", a, note="Video: grade 7 algebra"), _lesson("g", "B", b)]
    )
    assert report.low_agreement == ("A", "B")
    (session,) = report.sessions
    assert (session.note, session.observers) == ("Video: grade 7 algebra", ("A", "B"))
    assert session.agreement.pairs == 12
    agree = calibration([_lesson("g", "A", a), _lesson("g", "B", a)])
    assert agree.low_agreement == () and agree.observers[0].agreement.kappa == 1.0
    assert agree.sessions == ()  # no note: an ordinary co-observed lesson


def test_the_same_observer_twice_and_unnamed_observers_give_no_pairs() -> None:
    report = calibration(
        [_lesson("g", "A", [1, 2]), _lesson("g", "a", [2, 2]), _lesson("g", "", [1, 1])]
    )
    assert report.pairs == () and report.observers == ()


def test_one_erratic_observer_does_not_make_the_others_low() -> None:
    a = [1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3, 4]
    erratic = [4, 3, 2, 1, 4, 3, 2, 1, 3, 4, 1, 2]
    report = calibration(
        [_lesson("g", "A", a), _lesson("g", "B", a), _lesson("g", "C", erratic)]
    )
    # A and B agree perfectly and both disagree with C: one low colleague of two is no majority
    assert report.low_agreement == ("C",)


def test_the_low_agreement_threshold_is_a_setting() -> None:
    # 12 pairs, one level apart on 4 of them (1↔2 on a 1–4 scale): κ between 0.6 and 0.8
    a = [1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3, 4]
    b = [2, 2, 3, 4, 2, 2, 3, 4, 2, 1, 3, 4]
    lessons = [_lesson("g", "A", a), _lesson("g", "B", b)]
    kappa = calibration(lessons).observers[0].agreement.kappa
    assert kappa is not None and 0.6 < kappa < 0.8
    assert calibration(lessons).low_agreement == ("A", "B")  # the default: 0.8
    assert calibration(lessons, low_kappa=0.6).low_agreement == ()
    assert calibration(lessons, low_kappa=0.6).low_kappa == 0.6
