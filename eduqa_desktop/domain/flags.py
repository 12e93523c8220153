"""What signals and reports share: names in three languages, sentences filled in the reader's
language, and the professional-development and follow-up facts.

A signal (``domain.signals``) carries an English template marked for translation and its
parameters, so that each screen shows it in its own language: ``render_message`` fills the
template, with every ``float`` parameter a percentage, every ``date`` a day, every
:class:`Localized` a name the database holds in three languages. (The flags that once lived
here — not observed, low observation, a one-quarter quality drop — were replaced by the
attention signals.)
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date

from eduqa_desktop.domain.display import percent_1
from eduqa_desktop.text import QT_TRANSLATE_NOOP

__all__ = ["PD_NONE", "PD_OVERDUE", "FollowUp", "Localized", "pd_due_date", "render_message"]


PD_OVERDUE = QT_TRANSLATE_NOOP(
    "Messages",
    "Professional development overdue: last course on {date}, more than {years} years ago",
)
PD_NONE = QT_TRANSLATE_NOOP("Messages", "No professional-development course on record")


@dataclass(frozen=True, slots=True)
class Localized:
    """A name the database keeps in Uzbek, Russian and English (``name`` as typed)."""

    name: str
    uz: str = ""
    ru: str = ""
    en: str = ""

    def get(self, language: str) -> str:
        return str(getattr(self, language, "") or "") or self.name

    def __str__(self) -> str:
        return self.name


def _english_percent(value: float) -> str:
    return f"{percent_1(value):.1f}%"


def _day(value: date) -> str:
    return value.strftime("%d.%m.%Y")


def render_message(
    template: str,
    params: Mapping[str, object],
    *,
    language: str = "en",
    percent: Callable[[float], str] = _english_percent,
    day: Callable[[date], str] = _day,
) -> str:
    """Fill ``template`` (already translated by the caller) with ``params`` shown as told."""
    shown: dict[str, object] = {}
    for key, value in params.items():
        if isinstance(value, float):
            shown[key] = percent(value)
        elif isinstance(value, date):
            shown[key] = day(value)
        elif isinstance(value, Localized):
            shown[key] = value.get(language)
        else:
            shown[key] = value
    try:
        return template.format(**shown)
    except (KeyError, IndexError, ValueError):
        return template


def pd_due_date(last_course: date, period_years: int) -> date:
    """The day the next course is due: ``period_years`` after the last one (29 Feb → 28 Feb)."""
    year = last_course.year + period_years
    try:
        return last_course.replace(year=year)
    except ValueError:
        return last_course.replace(year=year, day=28)


@dataclass(frozen=True, slots=True)
class FollowUp:
    """Agreed next steps of one observation: when it was, when they were due, whether done."""

    observed_on: date
    due: date
    done: bool
