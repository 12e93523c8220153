"""Words the dashboard's widgets share: quarters, indicators, mechanisms, bands."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from eduqa_desktop.domain.display import percent_1
from eduqa_desktop.domain.observation_labels import BAND_NAMES, LABELS_CONTEXT, MECHANISM_NAMES
from eduqa_desktop.text import QT_TRANSLATE_NOOP
from eduqa_desktop.ui.formatting import UNDEFINED, number, percent

CONTEXT = "DashboardTexts"

QUARTERS = {
    1: QT_TRANSLATE_NOOP("DashboardTexts", "1st quarter"),
    2: QT_TRANSLATE_NOOP("DashboardTexts", "2nd quarter"),
    3: QT_TRANSLATE_NOOP("DashboardTexts", "3rd quarter"),
    4: QT_TRANSLATE_NOOP("DashboardTexts", "4th quarter"),
}
SHORT_QUARTERS = {
    1: QT_TRANSLATE_NOOP("DashboardTexts", "Q1"),
    2: QT_TRANSLATE_NOOP("DashboardTexts", "Q2"),
    3: QT_TRANSLATE_NOOP("DashboardTexts", "Q3"),
    4: QT_TRANSLATE_NOOP("DashboardTexts", "Q4"),
}
INDICATORS = {
    "quality": QT_TRANSLATE_NOOP("DashboardTexts", "Quality of knowledge"),
    "pass_rate": QT_TRANSLATE_NOOP("DashboardTexts", "Pass rate"),
    "sou": QT_TRANSLATE_NOOP("DashboardTexts", "Degree of learning (SOU)"),
    "average_grade": QT_TRANSLATE_NOOP("DashboardTexts", "Average grade"),
    "observation_score": QT_TRANSLATE_NOOP("DashboardTexts", "Average observation score"),
}


PERIOD = QT_TRANSLATE_NOOP("DashboardTexts", "{quarter} {year}")
OTHER = QT_TRANSLATE_NOOP("DashboardTexts", "Other ({count})")
GRADE = QT_TRANSLATE_NOOP("DashboardTexts", "Grade {grade}")


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def quarter(number_: int) -> str:
    return _t(QUARTERS.get(number_, "{number}")).format(number=number_)


def period(year: str, number_: int) -> str:
    """ "2nd quarter 2025-2026"."""
    return _t(PERIOD).format(quarter=quarter(number_), year=year)


def short_period(year: str, number_: int) -> str:
    """ "Q2\n25/26" for an axis."""
    first, second = year.split("-")
    return f"{_t(SHORT_QUARTERS.get(number_, 'Q'))}\n{first[2:]}/{second[2:]}"


def indicator(key: str) -> str:
    return _t(INDICATORS[key])


def mechanism(key: str) -> str:
    return QCoreApplication.translate(LABELS_CONTEXT, MECHANISM_NAMES.get(key, key))


def band(key: str) -> str:
    return QCoreApplication.translate(LABELS_CONTEXT, BAND_NAMES.get(key, key))


def other(count: int) -> str:
    return _t(OTHER).format(count=number(count))


def grade(value: int | str) -> str:
    return _t(GRADE).format(grade=value)


def points(value: float | None) -> str:
    """A change of a percentage in points, signed: "+2.3", "−0.4", "0.0"."""
    rounded = percent_1(value)
    if rounded is None:
        return UNDEFINED
    text = number(abs(rounded), 1)
    return f"+{text}" if rounded > 0 else f"−{text}" if rounded < 0 else text


def share(part: int, whole: int) -> str:
    return percent(part * 100 / whole) if whole else UNDEFINED
