"""How far observers who watched the same lessons agree: per observer pair, per criterion, per
observer over the year, and per calibration session.

A *lesson* here is one observer's scores of a co-observed lesson; lessons of one ``group``
(the co-observation UUID) are the same lesson seen by several observers. Every pair of
different observers in a group gives, for each criterion both scored (N/A left out), a pair of
levels; criteria are matched by their place in the checklist (family, section, position), so
two versions of a checklist still compare. Statistics are those of ``domain.agreement`` with
linear weights. An observer is shown as having *low agreement* when, with most of the
colleagues they share at least ``MIN_PAIRS`` pairs of levels with, the weighted κ is below
``low_kappa`` (a setting, ``Thresholds.observer_kappa``; by default ``STANDARD_KAPPA``, 0.8,
the usual standard for a certified observer after Stallings). Judging by colleague rather
than pooled keeps one erratic observer from making everyone who sat beside them look erratic
too; with a single colleague the two cannot be told apart, and both are shown.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from itertools import combinations

from eduqa_desktop.domain.agreement import Agreement, KappaWeights, agreement

MIN_PAIRS = 10
STANDARD_KAPPA = 0.8

CriterionKey = tuple[str, int, int]  # checklist family, section position, criterion position
Pair = tuple[int, int]


def observer_key(name: str) -> str:
    """One observer however the name was spaced or capitalised."""
    return " ".join(name.split()).casefold()


@dataclass(frozen=True, slots=True)
class ScoredLesson:
    group: str
    observation_id: int
    observer: str
    observed_on: date
    teacher: str
    note: str  # the calibration note ("" for an ordinary co-observed lesson)
    levels: Mapping[CriterionKey, int]  # criteria scored (not N/A)


@dataclass(frozen=True, slots=True)
class PairAgreement:
    first: str
    second: str
    lessons: int
    agreement: Agreement  # mean difference > 0: `first` scores higher


@dataclass(frozen=True, slots=True)
class CriterionAgreement:
    key: CriterionKey
    agreement: Agreement


@dataclass(frozen=True, slots=True)
class CriterionLean:
    key: CriterionKey
    pairs: int
    mean_difference: float  # the observer's level minus the colleague's, on average


@dataclass(frozen=True, slots=True)
class ObserverCalibration:
    observer: str
    lessons: int  # co-observed lessons
    agreement: Agreement  # with every colleague, the observer first
    colleagues: tuple[PairAgreement, ...]  # the observer first in each
    leaning: tuple[CriterionLean, ...]  # criteria scored higher first, lower last
    low_kappa: float = STANDARD_KAPPA  # below it with most colleagues: low agreement

    @property
    def low(self) -> bool:
        judged = [
            p.agreement.kappa
            for p in self.colleagues
            if p.agreement.pairs >= MIN_PAIRS and p.agreement.kappa is not None
        ]
        return bool(judged) and 2 * sum(k < self.low_kappa for k in judged) > len(judged)


@dataclass(frozen=True, slots=True)
class SessionAgreement:
    group: str
    observed_on: date
    teacher: str
    note: str
    observers: tuple[str, ...]
    agreement: Agreement


@dataclass(frozen=True, slots=True)
class CalibrationReport:
    observers: tuple[ObserverCalibration, ...]  # by name
    pairs: tuple[PairAgreement, ...]
    criteria: tuple[CriterionAgreement, ...]  # lowest exact agreement first
    sessions: tuple[SessionAgreement, ...]  # newest first
    lessons: int = 0  # co-observed lessons that gave a pair of observers
    low_kappa: float = STANDARD_KAPPA

    def observer(self, name: str) -> ObserverCalibration | None:
        key = observer_key(name)
        return next((o for o in self.observers if observer_key(o.observer) == key), None)

    @property
    def low_agreement(self) -> tuple[str, ...]:
        return tuple(o.observer for o in self.observers if o.low)


def _level_pairs(a: ScoredLesson, b: ScoredLesson) -> list[tuple[CriterionKey, Pair]]:
    return [(k, (a.levels[k], b.levels[k])) for k in sorted(a.levels) if k in b.levels]


def calibration(
    lessons: Iterable[ScoredLesson],
    weights: KappaWeights = KappaWeights.LINEAR,
    *,
    low_kappa: float = STANDARD_KAPPA,
) -> CalibrationReport:
    groups: dict[str, list[ScoredLesson]] = defaultdict(list)
    names: dict[str, str] = {}
    for lesson in lessons:
        key = observer_key(lesson.observer)
        if key:
            names.setdefault(key, " ".join(lesson.observer.split()))
            groups[lesson.group].append(lesson)
    by_pair: dict[tuple[str, str], list[Pair]] = defaultdict(list)
    pair_lessons: dict[tuple[str, str], set[str]] = defaultdict(set)
    by_criterion: dict[CriterionKey, list[Pair]] = defaultdict(list)
    # observer → criterion → (own level − colleague's level) for each pair
    leaning: dict[str, dict[CriterionKey, list[int]]] = defaultdict(lambda: defaultdict(list))
    observed: dict[str, set[str]] = defaultdict(set)
    sessions: list[SessionAgreement] = []
    for group, members in groups.items():
        session_pairs: list[Pair] = []
        for a, b in combinations(members, 2):
            ka, kb = observer_key(a.observer), observer_key(b.observer)
            if ka == kb:
                continue
            if kb < ka:
                a, b, ka, kb = b, a, kb, ka
            observed[ka].add(group)
            observed[kb].add(group)
            pair_lessons[(ka, kb)].add(group)
            for criterion, (la, lb) in _level_pairs(a, b):
                by_pair[(ka, kb)].append((la, lb))
                by_criterion[criterion].append((la, lb))
                leaning[ka][criterion].append(la - lb)
                leaning[kb][criterion].append(lb - la)
                session_pairs.append((la, lb))
        first = members[0]
        if first.note and len({observer_key(m.observer) for m in members}) > 1:
            sessions.append(
                SessionAgreement(
                    group,
                    first.observed_on,
                    first.teacher,
                    first.note,
                    tuple(sorted({names[observer_key(m.observer)] for m in members})),
                    agreement(session_pairs, weights),
                )
            )
    pairs = tuple(
        PairAgreement(names[a], names[b], len(pair_lessons[(a, b)]), agreement(items, weights))
        for (a, b), items in sorted(by_pair.items())
    )
    observers = []
    for key in sorted(observed, key=lambda k: names[k].casefold()):
        mine: list[Pair] = []
        colleagues = []
        for (a, b), items in sorted(by_pair.items()):
            if key == a:
                oriented, other = items, b
            elif key == b:
                oriented, other = [(y, x) for x, y in items], a
            else:
                continue
            mine += oriented
            colleagues.append(
                PairAgreement(
                    names[key],
                    names[other],
                    len(pair_lessons[(a, b)]),
                    agreement(oriented, weights),
                )
            )
        lean = sorted(
            (
                CriterionLean(c, len(d), float(Fraction(sum(d), len(d))))
                for c, d in leaning[key].items()
            ),
            key=lambda item: (-item.mean_difference, item.key),
        )
        observers.append(
            ObserverCalibration(
                names[key], len(observed[key]), agreement(mine, weights), tuple(colleagues),
                tuple(lean), low_kappa,
            )
        )  # fmt: skip
    criteria = sorted(
        (CriterionAgreement(k, agreement(v, weights)) for k, v in by_criterion.items()),
        key=lambda c: (c.agreement.exact if c.agreement.exact is not None else 101, c.key),
    )
    sessions.sort(key=lambda s: (s.observed_on, s.group), reverse=True)
    co_observed = len(set().union(*pair_lessons.values())) if pair_lessons else 0
    return CalibrationReport(
        tuple(observers), pairs, tuple(criteria), tuple(sessions), co_observed, low_kappa
    )
