"""The academic year: its name ("2025-2026"), its quarters and which one a date falls in."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_YEAR_NAME = re.compile(r"^\s*(\d{4})\s*[-–—/]\s*(\d{2}|\d{4})\s*$")


class YearNameError(ValueError):
    """Text that is not an academic year such as 2025-2026."""


@dataclass(frozen=True, slots=True)
class TermDates:
    number: int
    start: date
    end: date


def parse_year_name(text: str) -> str:
    """`2025-2026`, `2025/26`, `2025–2026` → `2025-2026`; anything else is an error."""
    match = _YEAR_NAME.match(text or "")
    if not match:
        raise YearNameError(f"{text!r} is not an academic year such as 2025-2026")
    first = int(match.group(1))
    second_text = match.group(2)
    second = int(second_text) if len(second_text) == 4 else (first // 100) * 100 + int(second_text)
    if second != first + 1 or not 2000 <= first <= 2100:
        raise YearNameError(f"{text!r} is not an academic year such as 2025-2026")
    return f"{first}-{second}"


def year_start(name: str) -> int:
    return int(parse_year_name(name)[:4])


def year_bounds(name: str) -> tuple[date, date]:
    first = year_start(name)
    return date(first, 9, 1), date(first + 1, 6, 30)


def quarter_dates(name: str) -> list[TermDates]:
    """The four quarters of a year as Uzbek schools usually keep them (holidays between)."""
    first = year_start(name)
    return [
        TermDates(1, date(first, 9, 2), date(first, 10, 31)),
        TermDates(2, date(first, 11, 10), date(first, 12, 27)),
        TermDates(3, date(first + 1, 1, 12), date(first + 1, 3, 20)),
        TermDates(4, date(first + 1, 3, 30), date(first + 1, 5, 25)),
    ]


def year_name_for(day: date) -> str:
    """The academic year a day belongs to (summer counts towards the year that just ended)."""
    first = day.year if day.month >= 8 else day.year - 1
    return f"{first}-{first + 1}"


def quarter_for(day: date, name: str | None = None) -> int:
    """The quarter a day falls in; a day in a holiday belongs to the quarter before it."""
    quarters = quarter_dates(name or year_name_for(day))
    number = 1
    for term in quarters:
        if day >= term.start:
            number = term.number
    return number
