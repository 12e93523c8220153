"""Words, numbers and dates of the printed reports, in the report's language (without Qt).

A report builder receives a `Translate` function `(context, text) -> text`: the UI and the
command line pass `QCoreApplication.translate` after installing the language's catalogue,
tests may pass nothing (English). Numbers follow shared/ui.md: "92,6 %" in Uzbek and
Russian, "92.6%" in English; dates "24.11.2026" in Uzbek and Russian.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date

from eduqa_desktop.domain.display import percent_1
from eduqa_desktop.text import QT_TRANSLATE_NOOP

Translate = Callable[[str, str], str]
UNDEFINED = "—"

MONTH_NAMES = (
    QT_TRANSLATE_NOOP("ReportText", "January"),
    QT_TRANSLATE_NOOP("ReportText", "February"),
    QT_TRANSLATE_NOOP("ReportText", "March"),
    QT_TRANSLATE_NOOP("ReportText", "April"),
    QT_TRANSLATE_NOOP("ReportText", "May"),
    QT_TRANSLATE_NOOP("ReportText", "June"),
    QT_TRANSLATE_NOOP("ReportText", "July"),
    QT_TRANSLATE_NOOP("ReportText", "August"),
    QT_TRANSLATE_NOOP("ReportText", "September"),
    QT_TRANSLATE_NOOP("ReportText", "October"),
    QT_TRANSLATE_NOOP("ReportText", "November"),
    QT_TRANSLATE_NOOP("ReportText", "December"),
)
_SHORT_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def english(context: str, text: str) -> str:
    """The Translate function that leaves the English source as it is."""
    del context
    return text


def percent_text(value: float | None, language: str) -> str:
    rounded = percent_1(value)
    if rounded is None:
        return UNDEFINED
    if language == "en":
        return f"{rounded:.1f}%"
    return f"{rounded:.1f}".replace(".", ",") + "\u00a0%"


def number_text(value: float, language: str) -> str:
    """A weight or quantity: no trailing zeros ("1.5", "2"), decimal comma in uz/ru."""
    text = f"{value:g}"
    return text if language == "en" else text.replace(".", ",")


def date_text(value: date | None, language: str) -> str:
    if value is None:
        return UNDEFINED
    if language == "en":
        return f"{value.day} {_SHORT_MONTHS[value.month - 1]} {value.year}"
    return value.strftime("%d.%m.%Y")


def month_text(year: int, month: int, tr: Translate) -> str:
    return f"{tr('ReportText', MONTH_NAMES[month - 1])} {year}"


def esc(text: str) -> str:
    """User text for HTML: escaped, line breaks kept."""
    return html.escape(text).replace("\n", "<br>")
