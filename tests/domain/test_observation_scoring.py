"""Observation score, section scores and bands, pinned with hand-computed numbers."""

from __future__ import annotations

import pytest

from eduqa_desktop.domain.observation_scoring import (
    DEFAULT_BANDS,
    Band,
    BandThresholds,
    CriterionScore,
    band_for,
    observation_score,
    section_scores,
)


def _items(*scores: int | None) -> list[CriterionScore]:
    return [CriterionScore(score) for score in scores]


# (items, scale min, scale max, expected score in %)
SCORE_CASES = [
    # scale 0–3: each point is 1/3 of a criterion
    pytest.param(_items(3, 3, 3), 0, 3, 100.0, id="0-3-all-top"),
    pytest.param(_items(0, 0), 0, 3, 0.0, id="0-3-all-bottom"),
    pytest.param(_items(2, 3), 0, 3, 500 / 6, id="0-3-two-items"),  # (2+3)/(2·3)
    pytest.param(_items(3, 2, 1, None), 0, 3, 200 / 3, id="0-3-n/a-left-out"),  # 6/(3·3)
    # scale 1–4: the minimum is 0 %, each point above it 1/3
    pytest.param(_items(4, 4), 1, 4, 100.0, id="1-4-all-top"),
    pytest.param(_items(1, 1), 1, 4, 0.0, id="1-4-all-bottom"),
    pytest.param(_items(1, 2, 3, 4), 1, 4, 50.0, id="1-4-one-of-each"),  # (0+1+2+3)/(4·3)
    pytest.param(_items(4, None), 1, 4, 100.0, id="1-4-n/a"),
    # 17 of 20 points: exactly 85 (exact arithmetic, no 84.99999999999999)
    pytest.param(_items(4, 4, 3, 3, 3), 0, 4, 85.0, id="0-4-exactly-85"),
    # weights: 0–3, (3 with weight 2) and (0 with weight 1) → (2·1 + 1·0)/3
    pytest.param(
        [CriterionScore(3, weight=2), CriterionScore(0, weight=1)], 0, 3, 200 / 3, id="weight-2"
    ),
    # weights 0.5 and 1.5 on 0–3: (0.5·3/3 + 1.5·1/3)/2 = 1/2
    pytest.param(
        [CriterionScore(3, weight=0.5), CriterionScore(1, weight=1.5)], 0, 3, 50.0, id="weight-0.5"
    ),
    # weights on 1–4: (1·(2−1) + 3·(3−1))/(4·3) = 7/12
    pytest.param(
        [CriterionScore(2, weight=1), CriterionScore(3, weight=3)], 1, 4, 700 / 12, id="weights-1-4"
    ),
    # an N/A criterion's weight does not count
    pytest.param(
        [CriterionScore(3), CriterionScore(None, weight=10)], 0, 3, 100.0, id="n/a-heavy-weight"
    ),
    pytest.param(_items(None, None), 0, 3, None, id="all-n/a"),
    pytest.param([], 1, 4, None, id="nothing"),
    pytest.param([CriterionScore(2, weight=0)], 0, 3, None, id="only-zero-weights"),
]


@pytest.mark.parametrize(("items", "scale_min", "scale_max", "expected"), SCORE_CASES)
def test_observation_score(
    items: list[CriterionScore], scale_min: int, scale_max: int, expected: float | None
) -> None:
    result = observation_score(items, scale_min, scale_max)
    if expected is None:
        assert result is None
    else:
        assert result == pytest.approx(expected, abs=1e-12)


def test_exactly_85_is_high() -> None:
    score = observation_score(_items(4, 4, 3, 3, 3), 0, 4)
    assert score == 85.0
    assert band_for(score) is Band.HIGH


def test_accepts_any_iterable() -> None:
    assert observation_score(iter(_items(3, 0)), 0, 3) == 50.0


@pytest.mark.parametrize(
    ("items", "scale_min", "scale_max", "message"),
    [
        pytest.param(_items(1), 3, 3, "greater than", id="empty-scale"),
        pytest.param(_items(1), 4, 1, "greater than", id="reversed-scale"),
        pytest.param(_items(4), 0, 3, "outside the scale", id="above-max"),
        pytest.param(_items(0), 1, 4, "outside the scale", id="below-min"),
        pytest.param([CriterionScore(2, weight=-1)], 0, 3, "weight", id="negative-weight"),
        pytest.param(_items(None), 3, 0, "greater than", id="bad-scale-even-if-all-n/a"),
    ],
)
def test_observation_score_errors(
    items: list[CriterionScore], scale_min: int, scale_max: int, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        observation_score(items, scale_min, scale_max)


def test_section_scores_in_first_seen_order() -> None:
    items = [
        CriterionScore(3, section="Planning"),
        CriterionScore(1, section="Climate"),
        CriterionScore(0, section="Planning"),
        CriterionScore(None, section="Assessment"),
        CriterionScore(3, weight=2, section="Climate"),
    ]
    scores = section_scores(items, 0, 3)
    assert list(scores) == ["Planning", "Climate", "Assessment"]
    assert scores["Planning"] == pytest.approx(50.0)  # (3+0)/(2·3)
    assert scores["Climate"] == pytest.approx(700 / 9)  # (1·1/3 + 2·1)/3 = 7/9
    assert scores["Assessment"] is None
    # the whole observation: (3+1+0+2·3)/(5·3) = 10/15
    assert observation_score(items, 0, 3) == pytest.approx(200 / 3)


def test_section_scores_without_sections() -> None:
    assert section_scores(_items(2, 4), 1, 4) == {"": pytest.approx(200 / 3)}  # (1+3)/(2·3)
    assert section_scores([], 1, 4) == {}


BAND_CASES = [
    (100.0, Band.HIGH),
    (85.0, Band.HIGH),
    (84.99, Band.GOOD),
    (70.0, Band.GOOD),
    (69.99, Band.NEEDS_IMPROVEMENT),
    (50.0, Band.NEEDS_IMPROVEMENT),
    (49.99, Band.UNSATISFACTORY),
    (0.0, Band.UNSATISFACTORY),
    (None, None),
    (float("nan"), None),
]


@pytest.mark.parametrize(("score", "band"), BAND_CASES)
def test_band_for_default_thresholds(score: float | None, band: Band | None) -> None:
    assert band_for(score) is band


@pytest.mark.parametrize(
    ("score", "band"),
    [(90.0, Band.HIGH), (89.9, Band.GOOD), (75.0, Band.GOOD), (60.0, Band.NEEDS_IMPROVEMENT)],
)
def test_band_for_custom_thresholds(score: float, band: Band) -> None:
    thresholds = BandThresholds(high=90.0, good=75.0, needs_improvement=60.0)
    assert band_for(score, thresholds) is band


def test_default_bands() -> None:
    assert BandThresholds(high=85.0, good=70.0, needs_improvement=50.0) == DEFAULT_BANDS


def test_thresholds_must_be_in_order() -> None:
    with pytest.raises(ValueError, match="high >= good"):
        BandThresholds(high=60.0, good=70.0, needs_improvement=50.0)


def test_band_values_are_strings() -> None:
    assert Band.NEEDS_IMPROVEMENT == "needs_improvement"
    assert [band.value for band in Band] == ["high", "good", "needs_improvement", "unsatisfactory"]
