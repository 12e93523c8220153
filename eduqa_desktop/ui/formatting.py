"""Numbers and dates as the chosen language writes them ("92,6 %" in Russian and Uzbek)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale

from eduqa_desktop.domain.display import average_2, percent_1

UNDEFINED = "—"


def percent(value: float | None) -> str:
    rounded = percent_1(value)
    if rounded is None:
        return UNDEFINED
    locale = QLocale()
    number = locale.toString(rounded, "f", 1)
    return f"{number}%" if locale.language() == QLocale.Language.English else f"{number} %"


def average(value: float | None) -> str:
    rounded = average_2(value)
    return UNDEFINED if rounded is None else QLocale().toString(rounded, "f", 2)


def number(value: float | int | None, decimals: int = 0) -> str:
    if value is None:
        return UNDEFINED
    if decimals == 0:
        return QLocale().toString(round(value))
    return QLocale().toString(float(value), "f", decimals)


DATE_FORMAT = "dd.MM.yyyy"  # what every date field (QDateEdit) shows, in every language


def short_date(value: date | None) -> str:
    """25.11.2026 in every language: the lists write a date as the forms show it (an English
    list with "11/25/26" beside a form with 25.11.2026 reads as two different days)."""
    if value is None:
        return UNDEFINED
    return QDate(value.year, value.month, value.day).toString(DATE_FORMAT)
