"""The demo school's surveys: two rounds of each group, so the Voices panel has something to
compare with from the first start.

Each school gets a view per group and dimension (a mean on the 1–5 scale) with a few standing
disagreements — pupils see the climate and the conditions darker than their teachers do,
parents are warmer about communication than about the conditions —, and each respondent's
answers scatter around it. The answers are summed into tallies per statement, as an import
would store them. The latest round is in the last quarter that ended before today, the one
before two quarters earlier. Employers are few: their first round falls under the minimum
of respondents (so the rule is seen at work), the second does not.

Draws come from the school's own `voices` generator (not the one of its staff and marks), so
adding the surveys changed none of the other demo data.
"""

from __future__ import annotations

import random
from datetime import timedelta
from typing import Any

from sqlalchemy.orm import Session

from eduqa_desktop.domain.questionnaires import QuestionnaireSpec
from eduqa_desktop.domain.surveys import Dimension
from eduqa_desktop.domain.vocabulary import Stakeholder
from eduqa_desktop.services.demo.bulk_insert import BulkWriter
from eduqa_desktop.services.demo.randomness import clamp
from eduqa_desktop.services.demo.reference import Quarter, Reference
from eduqa_desktop.services.questionnaires import SHIPPED_ORDER, current_questionnaire_in
from eduqa_desktop.storage.survey_models import SurveyRound, SurveyTally

D = Dimension
# The mean (1–5) each group gives each dimension in an ordinary school.
VIEWS: dict[Stakeholder, dict[Dimension, float]] = {
    Stakeholder.PARENTS: {
        D.TEACHING_LEARNING: 3.9, D.CLIMATE_SAFETY: 4.0, D.CONDITIONS_RESOURCES: 3.2,
        D.FAMILY_COMMUNICATION: 4.1, D.READINESS: 3.6,
    },
    Stakeholder.PUPILS: {
        D.TEACHING_LEARNING: 3.6, D.CLIMATE_SAFETY: 3.4, D.CONDITIONS_RESOURCES: 3.0,
        D.FAMILY_COMMUNICATION: 3.7, D.READINESS: 3.3,
    },
    Stakeholder.TEACHERS: {
        D.TEACHING_LEARNING: 4.1, D.CLIMATE_SAFETY: 4.0, D.CONDITIONS_RESOURCES: 3.5,
        D.FAMILY_COMMUNICATION: 3.6, D.READINESS: 3.8,
    },
    Stakeholder.EMPLOYERS: {
        D.TEACHING_LEARNING: 3.5, D.CLIMATE_SAFETY: 3.8, D.CONDITIONS_RESOURCES: 3.2,
        D.FAMILY_COMMUNICATION: 3.5, D.READINESS: 3.1,
    },
}  # fmt: skip
# How many answer in a school of about 40 teachers: (fewest, most) per round.
RESPONDENTS: dict[Stakeholder, tuple[int, int]] = {
    Stakeholder.PARENTS: (45, 110),
    Stakeholder.PUPILS: (70, 160),
    Stakeholder.TEACHERS: (24, 36),
    Stakeholder.EMPLOYERS: (6, 9),
}
EMPLOYERS_FIRST_ROUND = 4  # under the default minimum of 5: withheld
SPREAD = 0.85  # how far one respondent's answer strays from the group's view
BLANK = 0.03  # share of statements left unanswered


def survey_quarters(reference: Reference) -> list[Quarter]:
    """The quarters of the demo's rounds, oldest first: two quarters apart, the latest the last
    one that ended before today (one round when only one quarter has ended)."""
    ended = [q for year in reference.years for q in year.quarters if q.end < reference.today]
    if not ended:
        return []
    if len(ended) == 1:
        return ended
    return [ended[max(0, len(ended) - 3)], ended[-1]]


def write_surveys(
    session: Session, reference: Reference, school_id: int, rng: random.Random
) -> int:
    """Write the school's survey rounds; returns how many."""
    quarters = survey_quarters(reference)
    if not quarters:
        return 0
    writer = BulkWriter(session, rng, reference.now)
    school_mood = rng.gauss(0, 0.2)  # some schools are liked more than others
    rounds = 0
    for stakeholder in SHIPPED_ORDER:
        spec = current_questionnaire_in(session, stakeholder)
        view = {d: m + school_mood + rng.gauss(0, 0.18) for d, m in VIEWS[stakeholder].items()}
        drift = {d: rng.gauss(0.08, 0.12) for d in view}  # rounds apart, mostly a little better
        for order, quarter in enumerate(quarters):
            latest = order == len(quarters) - 1
            if stakeholder is Stakeholder.EMPLOYERS and not latest:
                respondents = EMPLOYERS_FIRST_ROUND
            else:
                respondents = rng.randint(*RESPONDENTS[stakeholder])
            means = {d: m + (drift[d] if latest else 0.0) for d, m in view.items()}
            _write_round(writer, spec, school_id, quarter, respondents, means)
            rounds += 1
    return rounds


def _write_round(
    writer: BulkWriter,
    spec: QuestionnaireSpec,
    school_id: int,
    quarter: Quarter,
    respondents: int,
    means: dict[Dimension, float],
) -> None:
    rng = writer.rng
    conducted = quarter.end - timedelta(days=rng.randint(7, 20))
    (round_id,) = writer.insert(
        SurveyRound,
        [
            {
                "school_id": school_id,
                "term_id": quarter.id,
                "questionnaire_id": spec.id,
                "stakeholder": spec.stakeholder,
                "respondents": respondents,
                "conducted_on": conducted,
                "source": "",
                "note": "",
            }
        ],
        ids=True,
    )
    leanings = [rng.gauss(0, 0.45) for _ in range(respondents)]  # each person's own temper
    rows: list[dict[str, Any]] = []
    for statement in spec.statements:
        centre = means[statement.dimension] + rng.gauss(0, 0.2)
        counts = [0, 0, 0, 0, 0]
        for leaning in leanings:
            if rng.random() < BLANK:
                continue
            answer = round(clamp(rng.gauss(centre + leaning, SPREAD), 1, 5))
            counts[answer - 1] += 1
        if sum(counts):
            rows.append(
                {"round_id": round_id, "statement_id": statement.id}
                | {f"n{value}": count for value, count in enumerate(counts, start=1)}
            )
    writer.insert(SurveyTally, rows)
