"""What a chart is given to draw (bars, lines, points) and its count ticks: no pyqtgraph here,
so that panels can prepare their data before the charts themselves exist."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from eduqa_desktop.ui.dashboard.palette import BLUE


@dataclass(frozen=True, slots=True)
class Bar:
    """One bar (or one segment of a stacked bar)."""

    value: float
    colour: str = BLUE
    tooltip: str = ""
    text: str = ""  # the value label drawn at the bar's end ("" = none)
    key: Any = None  # clicking emits it (None = not clickable)


@dataclass(frozen=True, slots=True)
class Series:
    """One line of a line chart; ``None`` values leave a gap."""

    name: str
    values: Sequence[float | None]
    colour: str
    tooltips: Sequence[str]
    dashed: bool = False
    symbol: str = "o"


@dataclass(frozen=True, slots=True)
class Point:
    x: float
    y: float
    tooltip: str
    key: Any = None


def count_ticks(
    maximum: float, steps: int = 5, fmt: Callable[[float], str] = str
) -> list[tuple[float, str]]:
    """Whole-number ticks from 0 to at least ``maximum``."""
    top = max(1, int(maximum))
    step = max(1, -(-top // steps))
    for nice in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000):
        if nice >= step:
            step = nice
            break
    return [(value, fmt(value)) for value in range(0, top + step, step)]
