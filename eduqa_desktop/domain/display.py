"""Rounding for display: round half up, only at the very edge of the app.

Values are kept unrounded everywhere else (see ``shared/domain.md``: "Round only
for display"). Rounding goes through the shortest ``repr`` of the float, so a
value that prints as ``92.05`` is shown as ``92.1`` (not ``92.0`` as binary
``round()`` would give). Before the final rounding, the decimal is cut to 15
significant digits, which sheds binary noise such as ``0.30000000000000004``
or ``56.449999999999996`` from float arithmetic done outside this package.
"""

from __future__ import annotations

import math
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal

__all__ = ["average_2", "percent_1", "round_half_up"]

_SIGNIFICANT_DIGITS = 15


def round_half_up(value: float | None, digits: int) -> float | None:
    """Round ``value`` to ``digits`` decimals, halves away from zero.

    ``None`` stays ``None`` (an undefined indicator is shown as "—", never 0).
    NaN and infinities are returned unchanged. ``digits`` may be zero or
    negative (``round_half_up(1250, -2) == 1300.0``).
    """
    if value is None:
        return None
    if isinstance(value, bool):
        raise TypeError("round_half_up() expects a number, not a bool")
    if not math.isfinite(value):
        return value
    exact = Decimal(repr(value))
    if exact.is_zero():
        return 0.0
    noise_exponent = exact.adjusted() - (_SIGNIFICANT_DIGITS - 1)
    if noise_exponent >= -digits:
        # Asked for more digits than a float carries reliably: nothing to round.
        return float(value)
    exact = exact.quantize(Decimal(1).scaleb(noise_exponent), rounding=ROUND_HALF_EVEN)
    rounded = exact.quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)
    result = float(rounded)
    return 0.0 if result == 0 else result  # never show "-0.0"


def percent_1(value: float | None) -> float | None:
    """A percentage as shown: one decimal, half up (``88.4615…`` → ``88.5``)."""
    return round_half_up(value, 1)


def average_2(value: float | None) -> float | None:
    """An average grade as shown: two decimals, half up (``3.715`` → ``3.72``)."""
    return round_half_up(value, 2)
