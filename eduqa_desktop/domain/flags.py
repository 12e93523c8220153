"""Flags: where a vice-principal should look, each one explaining itself.

The rules of ``shared/domain.md`` ("A teacher's picture"), every threshold a setting
(:class:`eduqa_desktop.domain.thresholds.Thresholds`):

* **not observed** — no final observation of the teacher in the chosen term;
* **low observation** — the teacher's latest final observation scored below the
  "needs improvement" band (i.e. unsatisfactory);
* **quality drop** — in a class and subject, quality of knowledge fell by *more* than
  ``quality_drop_points`` from the previous term, in the class the pupils were in then
  (``domain.term_comparison``: in quarter 1, 7-A of last year for 8-A);
* **professional development overdue** — the last course is older than ``pd_period_years``
  (or there is no course on record);
* **follow-up past due** — agreed next steps whose due date (plus the grace days) has
  passed without a follow-up visit.

A :class:`Flag` carries an English template marked for translation and its parameters, so
that each screen shows it in its own language: ``render_message`` fills the template, with
every ``float`` parameter a percentage, every ``date`` a day, every :class:`Localized` a name
the database holds in three languages.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from eduqa_desktop.domain.display import percent_1
from eduqa_desktop.domain.observation_scoring import DEFAULT_BANDS, BandThresholds
from eduqa_desktop.text import QT_TRANSLATE_NOOP

__all__ = [
    "MESSAGES",
    "Flag",
    "FlagKind",
    "FollowUp",
    "Localized",
    "QualityPair",
    "follow_up_flags",
    "low_observation_flag",
    "not_observed_flag",
    "pd_due_date",
    "pd_flag",
    "quality_drop_flags",
    "render_message",
]


class FlagKind(StrEnum):
    NOT_OBSERVED = "not_observed"
    LOW_OBSERVATION = "low_observation"
    QUALITY_DROP = "quality_drop"
    PD_OVERDUE = "pd_overdue"
    FOLLOW_UP_OVERDUE = "follow_up_overdue"


NOT_OBSERVED = QT_TRANSLATE_NOOP("Messages", "No lesson observed in quarter {term} of {year}")
LOW_OBSERVATION = QT_TRANSLATE_NOOP(
    "Messages",
    "Last observed lesson ({date}) scored {score}, below the “needs improvement” band "
    "({threshold})",
)
QUALITY_DROP = QT_TRANSLATE_NOOP(
    "Messages", "Quality {quality} in {class_name} {subject}, was {previous} last quarter"
)
# Quarter 1: the pupils were in another class last quarter (8-A now, 7-A of last year).
QUALITY_DROP_MOVED_UP = QT_TRANSLATE_NOOP(
    "Messages",
    "Quality {quality} in {class_name} {subject}, was {previous} in {previous_class} last quarter",
)
PD_OVERDUE = QT_TRANSLATE_NOOP(
    "Messages",
    "Professional development overdue: last course on {date}, more than {years} years ago",
)
PD_NONE = QT_TRANSLATE_NOOP("Messages", "No professional-development course on record")
FOLLOW_UP_OVERDUE = QT_TRANSLATE_NOOP(
    "Messages", "Follow-up of the lesson of {observed_on} was due on {due}"
)

MESSAGES: tuple[str, ...] = (
    NOT_OBSERVED,
    LOW_OBSERVATION,
    QUALITY_DROP,
    PD_OVERDUE,
    PD_NONE,
    FOLLOW_UP_OVERDUE,
    QUALITY_DROP_MOVED_UP,
)
"""Every flag template, for the translation test and the documentation."""


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


@dataclass(frozen=True)
class Flag:
    """One flag on one teacher: an English template (marked for translation) and its values."""

    kind: FlagKind
    teacher_id: int
    message_template: str
    params: Mapping[str, object] = field(default_factory=dict)

    def message(self) -> str:
        """The explanation in English (logs, the command line, tests)."""
        return render_message(self.message_template, self.params)


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


# --- the rules -------------------------------------------------------------------------------


def not_observed_flag(
    teacher_id: int, observations_in_term: int, *, term: int, year: str
) -> Flag | None:
    """Flag a teacher with no final observation in the chosen term."""
    if observations_in_term > 0:
        return None
    return Flag(FlagKind.NOT_OBSERVED, teacher_id, NOT_OBSERVED, {"term": term, "year": year})


def low_observation_flag(
    teacher_id: int,
    last_score: float | None,
    last_date: date | None,
    bands: BandThresholds = DEFAULT_BANDS,
) -> Flag | None:
    """Flag a latest observation scored below the "needs improvement" band (unsatisfactory)."""
    if last_score is None or last_date is None or math.isnan(last_score):
        return None
    if last_score >= bands.needs_improvement:
        return None
    return Flag(
        FlagKind.LOW_OBSERVATION,
        teacher_id,
        LOW_OBSERVATION,
        {
            "date": last_date,
            "score": float(last_score),
            "threshold": float(bands.needs_improvement),
        },
    )


@dataclass(frozen=True, slots=True)
class QualityPair:
    """Quality of knowledge of one class in one subject, this term and the term before
    (``previous_class``: where these pupils were then, when that is another class)."""

    class_name: str
    subject: Localized | str
    quality: float | None
    previous: float | None
    previous_class: str = ""


def quality_drop_flags(
    teacher_id: int, pairs: Iterable[QualityPair], drop_points: float
) -> list[Flag]:
    """One flag per class and subject whose quality fell by more than ``drop_points``.

    Unrounded values are compared; an undefined quality on either side raises nothing.
    """
    flags = []
    for pair in pairs:
        if pair.quality is None or pair.previous is None:
            continue
        if pair.previous - pair.quality > drop_points:
            params: dict[str, object] = {
                "quality": float(pair.quality),
                "class_name": pair.class_name,
                "subject": pair.subject,
                "previous": float(pair.previous),
            }
            moved = bool(pair.previous_class) and pair.previous_class != pair.class_name
            if moved:
                params["previous_class"] = pair.previous_class
            template = QUALITY_DROP_MOVED_UP if moved else QUALITY_DROP
            flags.append(Flag(FlagKind.QUALITY_DROP, teacher_id, template, params))
    return flags


def pd_due_date(last_course: date, period_years: int) -> date:
    """The day the next course is due: ``period_years`` after the last one (29 Feb → 28 Feb)."""
    year = last_course.year + period_years
    try:
        return last_course.replace(year=year)
    except ValueError:
        return last_course.replace(year=year, day=28)


def pd_flag(
    teacher_id: int, last_course: date | None, today: date, period_years: int
) -> Flag | None:
    """Flag a teacher whose last course is older than the period, or who has none on record."""
    if last_course is None:
        return Flag(FlagKind.PD_OVERDUE, teacher_id, PD_NONE, {})
    if pd_due_date(last_course, period_years) >= today:
        return None
    return Flag(
        FlagKind.PD_OVERDUE, teacher_id, PD_OVERDUE, {"date": last_course, "years": period_years}
    )


@dataclass(frozen=True, slots=True)
class FollowUp:
    """Agreed next steps of one observation: when it was, when they were due, whether done."""

    observed_on: date
    due: date
    done: bool


def follow_up_flags(
    teacher_id: int, follow_ups: Iterable[FollowUp], today: date, grace_days: int = 0
) -> list[Flag]:
    """One flag per follow-up not done whose due date plus ``grace_days`` is before ``today``."""
    flags = []
    for item in sorted(follow_ups, key=lambda f: (f.due, f.observed_on)):
        if item.done or item.due + timedelta(days=grace_days) >= today:
            continue
        flags.append(
            Flag(
                FlagKind.FOLLOW_UP_OVERDUE,
                teacher_id,
                FOLLOW_UP_OVERDUE,
                {"observed_on": item.observed_on, "due": item.due},
            )
        )
    return flags
