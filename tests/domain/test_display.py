"""Display rounding: half up, on the decimal the float prints as."""

from __future__ import annotations

import math

import pytest

from eduqa_desktop.domain.display import average_2, percent_1, round_half_up

ROUND_CASES = [
    (92.05, 1, 92.1),  # round() gives 92.0 (binary 92.0499…)
    (2.675, 2, 2.68),  # round() gives 2.67
    (3.625, 2, 3.63),  # exact binary half: half up, not half even
    (0.125, 2, 0.13),
    (88.46153846153847, 1, 88.5),  # 23/26
    (57.69230769230769, 1, 57.7),  # 15/26
    (56.42307692307692, 1, 56.4),  # 14.67/26
    (0.1 + 0.2, 2, 0.3),  # binary noise is shed
    (26.249999999999996, 1, 26.3),  # float-noise version of an exact 26.25
    (92.0, 1, 92.0),
    (7, 1, 7.0),
    (-2.25, 1, -2.3),  # halves go away from zero
    (-0.04, 1, 0.0),  # never "-0.0"
    (0.0, 2, 0.0),
    (1250, -2, 1300.0),
    (1e300, 2, 1e300),
    (None, 1, None),
]


@pytest.mark.parametrize(("value", "digits", "expected"), ROUND_CASES)
def test_round_half_up(value: float | None, digits: int, expected: float | None) -> None:
    result = round_half_up(value, digits)
    assert result == expected
    if result == 0:
        assert math.copysign(1.0, result) == 1.0


def test_non_finite_values_pass_through() -> None:
    assert math.isnan(round_half_up(math.nan, 1))  # type: ignore[arg-type]
    assert round_half_up(math.inf, 1) == math.inf


def test_bool_is_refused() -> None:
    with pytest.raises(TypeError):
        round_half_up(True, 1)


@pytest.mark.parametrize(
    ("value", "expected"), [(88.46153846153847, 88.5), (60.0, 60.0), (0.05, 0.1), (None, None)]
)
def test_percent_1(value: float | None, expected: float | None) -> None:
    assert percent_1(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"), [(3.72, 3.72), (3.725, 3.73), (93 / 25, 3.72), (2.0, 2.0), (None, None)]
)
def test_average_2(value: float | None, expected: float | None) -> None:
    assert average_2(value) == expected
