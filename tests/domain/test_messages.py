"""Sentences in the reader's language, and the professional-development due date."""

from __future__ import annotations

from datetime import date

import pytest

from eduqa_desktop.domain.flags import Localized, pd_due_date, render_message
from eduqa_desktop.domain.signals_process import pd_signal

TODAY = date(2026, 11, 25)


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
    signal = pd_signal(1, last, TODAY, period)
    assert (signal is not None) is raised
    if signal is not None:
        assert str(period) in signal.message()
        assert last.strftime("%d.%m.%Y") in signal.message()


def test_pd_without_any_course_is_a_signal() -> None:
    signal = pd_signal(1, None, TODAY, 5)
    assert signal is not None
    assert signal.message() == "No professional-development course on record"


def test_render_message_formats_by_type_and_survives_a_bad_template() -> None:
    params = {"name": Localized("Fizika", ru="Физика"), "day": date(2026, 1, 2), "n": 3}
    assert render_message("{name} {day} {n}", params, language="ru") == "Физика 02.01.2026 3"
    assert render_message("{name}", params, language="uz") == "Fizika"  # falls back to the name
    assert render_message("{missing}", params) == "{missing}"
