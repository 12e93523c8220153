"""Lesson observations counted and scored: a summary, the histogram of scores, the
average per school or per teacher."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Integer, and_, case, cast, func, select
from sqlalchemy.orm import Session

from eduqa_desktop.domain.observation_scoring import BandThresholds
from eduqa_desktop.storage.dashboard_queries.filters import (
    ObservationFilter,
    final_observations,
    row_group,
)
from eduqa_desktop.storage.models import Observation

HISTOGRAM_BIN = 5  # points of the observation score per histogram bar
HISTOGRAM_BINS = 100 // HISTOGRAM_BIN


@dataclass(frozen=True, slots=True)
class ObservationSummary:
    observations: int
    scored: int  # observations that have a score
    score_sum: float

    @property
    def average(self) -> float | None:
        return self.score_sum / self.scored if self.scored else None


def observation_summary(session: Session, where: ObservationFilter) -> ObservationSummary:
    query = final_observations(
        select(
            func.count(Observation.id),
            func.count(Observation.score),
            func.coalesce(func.sum(Observation.score), 0.0),
        ),
        where,
    )
    count, scored, total = session.execute(query).one()
    return ObservationSummary(int(count), int(scored), float(total))


@dataclass(frozen=True, slots=True)
class ScoreHistogram:
    counts: tuple[int, ...]  # observations per bin of HISTOGRAM_BIN points, 0..100
    band_counts: tuple[int, int, int, int]  # high, good, needs improvement, unsatisfactory


def score_histogram(
    session: Session, where: ObservationFilter, bands: BandThresholds
) -> ScoreHistogram:
    """Observation scores in bins of 5 points (100 goes in the last bin) and per band."""
    bin_ = case(
        (Observation.score >= 100, HISTOGRAM_BINS - 1),
        else_=cast(Observation.score / HISTOGRAM_BIN, Integer),
    )
    query = final_observations(select(bin_, func.count()), where).where(
        Observation.score.is_not(None)
    )
    counts = [0] * HISTOGRAM_BINS
    for index, count in session.execute(query.group_by(bin_)):
        counts[min(max(int(index), 0), HISTOGRAM_BINS - 1)] += int(count)
    score = Observation.score
    band_query = final_observations(
        select(
            func.count(case((score >= bands.high, 1))),
            func.count(case((and_(score >= bands.good, score < bands.high), 1))),
            func.count(case((and_(score >= bands.needs_improvement, score < bands.good), 1))),
            func.count(case((score < bands.needs_improvement, 1))),
        ),
        where,
    )
    high, good, needs, unsatisfactory = session.execute(band_query).one()
    return ScoreHistogram(tuple(counts), (int(high), int(good), int(needs), int(unsatisfactory)))


@dataclass(frozen=True, slots=True)
class GroupScore:
    """Observations of one school or teacher and their average score."""

    key: int
    label: str
    observations: int
    average: float | None


def observation_scores_by(
    session: Session, where: ObservationFilter, *, by_school: bool
) -> list[GroupScore]:
    """Average observation score per school (``by_school``) or per teacher."""
    key, label, source, join = row_group(by_school)
    query = final_observations(
        select(key, label, func.count(Observation.id), func.avg(Observation.score))
        .select_from(Observation)
        .join(source, join),
        where,
    ).group_by(key, label)
    return [
        GroupScore(int(k), str(name), int(n), None if avg is None else float(avg))
        for k, name, n, avg in session.execute(query)
    ]
