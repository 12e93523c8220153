"""The voices of parents, pupils, teachers and employers: satisfaction per group and dimension.

For each school and group the *current* survey is its latest round up to the chosen year and
quarter, the *previous* survey the round before it. Several schools are summed tally by tally
(never by averaging percentages); a group's overall index sums all its statements' answers.
Nothing is shown for fewer respondents than the setting ``survey_min_respondents`` (5).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from eduqa_desktop.domain.roles import Action
from eduqa_desktop.domain.surveys import (
    DEFAULT_GAP_POINTS,
    DEFAULT_MIN_RESPONDENTS,
    DIMENSION_ORDER,
    Dimension,
    Gap,
    Satisfaction,
    Tally,
    change,
    gap,
    satisfaction,
)
from eduqa_desktop.domain.vocabulary import Stakeholder
from eduqa_desktop.services import access
from eduqa_desktop.services.questionnaires import SHIPPED_ORDER
from eduqa_desktop.services.settings_store import read_setting, write_setting
from eduqa_desktop.storage.database import Database
from eduqa_desktop.storage.survey_queries import (
    RoundRow,
    dimension_tallies,
    shared_dimension_tallies,
    survey_rounds,
)

MIN_RESPONDENTS_KEY = "survey_min_respondents"
GROUPS: tuple[Stakeholder, ...] = SHIPPED_ORDER
# Whose view is set against the teachers' (the issue's question: where do they disagree?).
COMPARED_WITH_TEACHERS: tuple[Stakeholder, ...] = (Stakeholder.PARENTS, Stakeholder.PUPILS)


def read_min_respondents(session: Session) -> int:
    value = read_setting(session, MIN_RESPONDENTS_KEY, DEFAULT_MIN_RESPONDENTS)
    try:
        return max(1, int(value))
    except (TypeError, ValueError):
        return DEFAULT_MIN_RESPONDENTS


def min_respondents(db: Database) -> int:
    with db.session() as session:
        return read_min_respondents(session)


def set_min_respondents(db: Database, value: int) -> None:
    access.require(db, Action.SETTINGS)
    with db.session() as session:
        write_setting(session, MIN_RESPONDENTS_KEY, max(1, int(value)))


@dataclass(frozen=True)
class GroupVoice:
    """One group's view: now (the latest survey) and at the survey before."""

    stakeholder: Stakeholder
    when: tuple[str, int]  # (year, quarter) of the latest round counted
    rounds: int  # rounds summed (one per school)
    overall: Satisfaction
    dimensions: dict[Dimension, Satisfaction]
    previous_when: tuple[str, int] | None = None
    previous_overall: Satisfaction | None = None
    previous_dimensions: dict[Dimension, Satisfaction] = field(default_factory=dict)
    # Now, over the rounds with a previous one and the statements both asked (for change()).
    comparable_overall: Satisfaction | None = None
    comparable_dimensions: dict[Dimension, Satisfaction] | None = None

    @property
    def respondents(self) -> int:
        return self.overall.respondents

    def change(self, dimension: Dimension | None = None) -> float | None:
        """Points of share agreeing gained since the previous survey, like with like: over
        the schools surveyed both times and, where the previous survey was answered with
        another version of the questionnaire, over the statements both versions ask."""
        if dimension is None:
            return change(self.comparable_overall or self.overall, self.previous_overall)
        dimensions = (
            self.dimensions if self.comparable_dimensions is None else self.comparable_dimensions
        )
        current = dimensions.get(dimension)
        if current is None:
            return None
        return change(current, self.previous_dimensions.get(dimension))


@dataclass(frozen=True)
class SchoolVoices:
    school_id: int
    school: str
    groups: tuple[GroupVoice, ...]

    def group(self, stakeholder: Stakeholder) -> GroupVoice | None:
        return next((g for g in self.groups if g.stakeholder == stakeholder), None)


@dataclass(frozen=True)
class VoicesData:
    min_respondents: int
    groups: tuple[GroupVoice, ...]  # the school chosen, or every school summed
    gaps: tuple[Gap, ...]  # parents / pupils against teachers, per dimension
    schools: tuple[SchoolVoices, ...] = ()  # each school, when the database holds several

    @property
    def empty(self) -> bool:
        return not self.groups

    def group(self, stakeholder: Stakeholder) -> GroupVoice | None:
        return next((g for g in self.groups if g.stakeholder == stakeholder), None)


def _natural(name: str) -> tuple[tuple[int, int | str], ...]:
    """ "Namuna 2-maktab" before "Namuna 10-maktab": numbers in a name compared as numbers."""
    return tuple(
        (0, int(part)) if part.isdigit() else (1, part.casefold())
        for part in re.split(r"(\d+)", name)
        if part
    )


def _until(rows: list[RoundRow], year: str | None, term: int | None) -> list[RoundRow]:
    if year is None:
        return rows
    limit = (year, term or 4)
    return [r for r in rows if (r.year, r.term) <= limit]


def _pairs(rows: list[RoundRow]) -> dict[tuple[int, Stakeholder], tuple[RoundRow, RoundRow | None]]:
    """(school, group) → (latest round, the round before it); rows come oldest first."""
    seen: dict[tuple[int, Stakeholder], list[RoundRow]] = {}
    for row in rows:
        seen.setdefault((row.school_id, row.stakeholder), []).append(row)
    return {key: (found[-1], found[-2] if len(found) > 1 else None) for key, found in seen.items()}


def _indices(
    rounds: list[RoundRow], tallies: dict[tuple[int, Dimension], Tally], minimum: int
) -> tuple[Satisfaction, dict[Dimension, Satisfaction]]:
    respondents = sum(r.respondents for r in rounds)
    per_dimension: dict[Dimension, Satisfaction] = {}
    every: list[Tally] = []  # the rounds' tallies, looked up by key (not a scan of them all)
    for dimension in DIMENSION_ORDER:
        found = [tallies[(r.id, dimension)] for r in rounds if (r.id, dimension) in tallies]
        if found:
            # Only the rounds that asked about the dimension count their respondents.
            asked = sum(r.respondents for r in rounds if (r.id, dimension) in tallies)
            per_dimension[dimension] = satisfaction(found, asked, minimum)
            every += found
    return satisfaction(every, respondents, minimum), per_dimension


def _comparable(
    session: Session,
    pairs: Iterable[tuple[RoundRow, RoundRow | None]],
    tallies: dict[tuple[int, Dimension], Tally],
) -> dict[tuple[int, Dimension], Tally]:
    """The tallies to compare a survey with the one before: a pair answered with two versions
    of the questionnaire keeps, on both sides, only the statements both versions ask."""
    comparable = dict(tallies)
    for now, before in pairs:
        if before is None or now.questionnaire_id == before.questionnaire_id:
            continue
        for one, other in ((now, before), (before, now)):
            for dimension in DIMENSION_ORDER:
                comparable.pop((one.id, dimension), None)
            shared = shared_dimension_tallies(session, one.id, other.questionnaire_id)
            comparable.update({(one.id, d): t for d, t in shared.items()})
    return comparable


def _group_voice(
    stakeholder: Stakeholder,
    pairs: list[tuple[RoundRow, RoundRow | None]],
    tallies: dict[tuple[int, Dimension], Tally],
    comparable: dict[tuple[int, Dimension], Tally],
    minimum: int,
) -> GroupVoice:
    current = [now for now, _ in pairs]
    previous = [before for _, before in pairs if before is not None]
    overall, dimensions = _indices(current, tallies, minimum)
    voice = GroupVoice(
        stakeholder=stakeholder,
        when=max((r.year, r.term) for r in current),
        rounds=len(current),
        overall=overall,
        dimensions=dimensions,
    )
    if not previous:
        return voice
    previous_overall, previous_dimensions = _indices(previous, comparable, minimum)
    # Like with like: only the schools surveyed both times, only the statements both asked.
    now_overall, now_dimensions = _indices(
        [now for now, before in pairs if before is not None], comparable, minimum
    )
    return GroupVoice(
        stakeholder=stakeholder,
        when=voice.when,
        rounds=voice.rounds,
        overall=overall,
        dimensions=dimensions,
        previous_when=max((r.year, r.term) for r in previous),
        previous_overall=previous_overall,
        previous_dimensions=previous_dimensions,
        comparable_overall=now_overall,
        comparable_dimensions=now_dimensions,
    )


def _gaps(groups: Iterable[GroupVoice], threshold: float) -> tuple[Gap, ...]:
    by_group = {g.stakeholder: g for g in groups}
    teachers = by_group.get(Stakeholder.TEACHERS)
    if teachers is None:
        return ()
    found = []
    for stakeholder in COMPARED_WITH_TEACHERS:
        voice = by_group.get(stakeholder)
        if voice is None:
            continue
        for dimension in DIMENSION_ORDER:
            mine, theirs = voice.dimensions.get(dimension), teachers.dimensions.get(dimension)
            if mine is None or theirs is None:
                continue
            found_gap = gap(
                dimension, str(stakeholder), mine, str(Stakeholder.TEACHERS), theirs, threshold
            )
            if found_gap is not None:
                found.append(found_gap)
    return tuple(sorted(found, key=lambda g: -abs(g.points)))


def _groups(
    pairs: dict[tuple[int, Stakeholder], tuple[RoundRow, RoundRow | None]],
    tallies: dict[tuple[int, Dimension], Tally],
    comparable: dict[tuple[int, Dimension], Tally],
    minimum: int,
) -> tuple[GroupVoice, ...]:
    groups = []
    for stakeholder in GROUPS:
        chosen = [pair for (_, group), pair in pairs.items() if group == stakeholder]
        if chosen:
            groups.append(_group_voice(stakeholder, chosen, tallies, comparable, minimum))
    return tuple(groups)


def voices_in(
    session: Session,
    *,
    school_id: int | None = None,
    school_ids: Iterable[int] | None = None,
    year: str | None = None,
    term: int | None = None,
    minimum: int | None = None,
    gap_points: float = DEFAULT_GAP_POINTS,
) -> VoicesData:
    """`school_id`: the one school summed in `groups`; `school_ids`: the schools looked at
    (all when None) — several of them are also set side by side in `schools`."""
    minimum = read_min_respondents(session) if minimum is None else max(1, minimum)
    rows = _until(survey_rounds(session, school_ids), year, term)
    pairs = _pairs(rows)
    wanted = {row.id for now, before in pairs.values() for row in (now, before) if row}
    tallies = dimension_tallies(session, wanted)
    comparable = _comparable(session, pairs.values(), tallies)
    scoped = {k: v for k, v in pairs.items() if school_id is None or k[0] == school_id}
    groups = _groups(scoped, tallies, comparable, minimum)
    names = {row.school_id: row.school for row in rows}
    schools = []
    if len(names) > 1:
        for each_id in sorted(names, key=lambda i: _natural(names[i])):
            own = {k: v for k, v in pairs.items() if k[0] == each_id}
            groups_of = _groups(own, tallies, comparable, minimum)
            schools.append(SchoolVoices(each_id, names[each_id], groups_of))
    return VoicesData(
        min_respondents=minimum,
        groups=groups,
        gaps=_gaps(groups, gap_points),
        schools=tuple(schools),
    )


def voices(
    db: Database,
    *,
    school_id: int | None = None,
    year: str | None = None,
    term: int | None = None,
    minimum: int | None = None,
) -> VoicesData:
    """The Voices panel's figures: the school's (or all schools') latest surveys per group."""
    with db.session() as session:
        return voices_in(session, school_id=school_id, year=year, term=term, minimum=minimum)
