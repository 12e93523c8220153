"""The results signals of many schools: a class behind its peers, a teacher's classes behind
the same pupils with their other teachers, a sustained decline — and a subject behind across
a school (the school's signal, not a teacher's).

For each school the results term of its scope (``services.term_scope.resolve_scopes``) and the
quarters before it are read in one query for all the schools; the peers are the school's
other classes of the same grade and subject, and the same grade and subject in the other
schools of the database (the district's pooled counts, one more query).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from eduqa_desktop.domain.flags import Localized
from eduqa_desktop.domain.indicators import MarkCounts, compute_indicators
from eduqa_desktop.domain.signals import Signal, SubjectSignal
from eduqa_desktop.domain.signals_results import (
    ClassResult,
    PeerGroup,
    PeerKind,
    SchoolSubjectResult,
    SubjectResult,
    classmates_gap_signal,
    decline_signal,
    peer_gap_signal,
    school_subject_signal,
)
from eduqa_desktop.domain.term_comparison import (
    Quarter,
    class_name_before,
    grades_moved_up,
    previous_quarter,
)
from eduqa_desktop.domain.thresholds import Thresholds
from eduqa_desktop.services.attention_memo import remembered
from eduqa_desktop.services.term_scope import Scope, TermRef
from eduqa_desktop.storage.attention_queries import ClassCounts, class_counts, district_pools
from eduqa_desktop.storage.models import School, Subject

__all__ = ["ResultsSignals", "results_signals"]

_Counts = list[int]  # n5, n4, n3, n2, n1, not attested


@dataclass(frozen=True, slots=True)
class _Chain:
    """The results term and the quarters before it, oldest first (None where missing)."""

    terms: tuple[TermRef | None, ...]


def _chain(scope: Scope, length: int) -> _Chain | None:
    if scope.results_term is None:
        return None
    by_quarter = {Quarter(t.year, t.number): t for t in scope.terms}
    chain: list[TermRef | None] = [scope.results_term]
    quarter = Quarter(scope.results_term.year, scope.results_term.number)
    for _ in range(length - 1):
        quarter = previous_quarter(quarter)
        chain.append(by_quarter.get(quarter))
    return _Chain(tuple(reversed(chain)))


def _add(into: _Counts, counts: tuple[int, int, int, int, int, int]) -> None:
    into[0] += counts[0]  # unrolled: called four times for each of a district's class rows
    into[1] += counts[1]
    into[2] += counts[2]
    into[3] += counts[3]
    into[4] += counts[4]
    into[5] += counts[5]


def _quality(counts: _Counts | None) -> float | None:
    if counts is None:
        return None
    assessed = sum(counts)
    return (counts[0] + counts[1]) / assessed * 100 if assessed else None


class _DistrictPools:
    """Every school's pooled counts per (term, grade, subject), with the pools' totals kept so
    that "the other schools" is one subtraction, not a walk over the district's schools for
    every class (a 300-school district has ~100,000 classes-subjects to compare)."""

    def __init__(self, pools: Mapping[tuple[int, int, int], Mapping[int, tuple[int, int, int]]]):
        self._pools = pools
        self._totals = {key: _summed(by_school.values()) for key, by_school in pools.items()}

    def others(self, key: tuple[int, int, int], school_id: int) -> tuple[int, int, int]:
        """(4s and 5s, assessed, classes) of the schools other than ``school_id``."""
        total = self._totals.get(key)
        if total is None:
            return 0, 0, 0
        own = self._pools[key].get(school_id, (0, 0, 0))
        return total[0] - own[0], total[1] - own[1], total[2] - own[2]


def _summed(counts: Iterable[tuple[int, int, int]]) -> tuple[int, int, int]:
    good = assessed = classes = 0
    for g, a, c in counts:
        good, assessed, classes = good + g, assessed + a, classes + c
    return good, assessed, classes


@dataclass(frozen=True)
class ResultsSignals:
    teachers: dict[int, dict[int, list[Signal]]]  # school → teacher → signals
    subjects: dict[int, list[SubjectSignal]]  # school → subjects behind across it


def results_signals(
    session: Session, scopes: Mapping[int, Scope], thresholds: Thresholds
) -> ResultsSignals:
    """The signals from results (peers, classmates, decline; subjects across a school)."""
    length = thresholds.decline_terms + 1
    chains = {sid: c for sid, s in scopes.items() if (c := _chain(s, length)) is not None}
    if not chains:
        return ResultsSignals({}, {})
    term_ids = {t.id for c in chains.values() for t in c.terms if t is not None}
    rows = class_counts(session, list(chains), sorted(term_ids))
    if not rows:
        return ResultsSignals({}, {})
    now_terms = sorted({c.terms[-1].id for c in chains.values() if c.terms[-1] is not None})
    pools = remembered(
        session,
        ("district pools", tuple(now_terms)),
        lambda: _DistrictPools(
            district_pools(session, now_terms) if len(_schools_in_db(session)) > 1 else {}
        ),
    )
    names = _subject_names(session, {r.subject_id for r in rows})

    # Pupils' classes: (school, term, class, subject) → counts over teachers; and the grade's.
    by_class: dict[tuple[int, int, str, int], _Counts] = defaultdict(lambda: [0] * 6)
    by_grade: dict[tuple[int, int, int, int], _Counts] = defaultdict(lambda: [0] * 6)
    classes_in_grade: dict[tuple[int, int, int, int], set[str]] = defaultdict(set)
    # And each class's counts over all subjects, and over the subjects of each of its teachers.
    class_all: dict[tuple[int, int, str], _Counts] = defaultdict(lambda: [0] * 6)
    class_teacher: dict[tuple[int, int, str, int], _Counts] = defaultdict(lambda: [0] * 6)
    for row in rows:
        counts = (row.n5, row.n4, row.n3, row.n2, row.n1, row.not_attested)
        _add(class_all[row.school_id, row.term_id, row.class_name], counts)
        _add(class_teacher[row.school_id, row.term_id, row.class_name, row.teacher_id], counts)
        _add(by_class[row.school_id, row.term_id, row.class_name, row.subject_id], counts)
        _add(by_grade[row.school_id, row.term_id, row.grade, row.subject_id], counts)
        classes_in_grade[row.school_id, row.term_id, row.grade, row.subject_id].add(row.class_name)

    result: dict[int, dict[int, list[Signal]]] = defaultdict(lambda: defaultdict(list))
    for row in rows:
        chain = chains[row.school_id]
        now = chain.terms[-1]
        if now is None or row.term_id != now.id:
            continue
        subject = names[row.subject_id]
        line = ClassResult(
            row.class_name,
            row.grade,
            subject,
            row.good,
            row.assessed,
            compute_indicators(
                MarkCounts(row.n5, row.n4, row.n3, row.n2, row.n1, row.not_attested),
                thresholds.sou_weights,
            ).sou,
        )
        peers = _peers(row, by_class, by_grade, classes_in_grade, pools)
        found = peer_gap_signal(
            row.teacher_id,
            line,
            peers,
            gap_points=thresholds.peer_gap_points,
            min_graded=thresholds.min_graded_pupils,
        )
        qualities = []
        for term in chain.terms:
            name = None
            if term is not None:
                name = class_name_before(row.class_name, grades_moved_up(term.year, now.year))
            counts = None
            if term is not None and name is not None:
                counts = by_class.get((row.school_id, term.id, name, row.subject_id))
            qualities.append(_quality(counts))
        decline = decline_signal(
            row.teacher_id,
            row.class_name,
            subject,
            qualities,
            points=thresholds.decline_points,
            terms=thresholds.decline_terms,
        )
        for signal in (found, decline):
            if signal is not None:
                result[row.school_id][row.teacher_id].append(signal)
    for (sid, tid, subject_id), pooled in _subjects(rows, chains, class_all, class_teacher).items():
        signal = classmates_gap_signal(
            tid,
            SubjectResult(names[subject_id], *pooled),
            gap_points=thresholds.peer_gap_points,
            min_graded=thresholds.min_graded_pupils,
        )
        if signal is not None:
            result[sid][tid].append(signal)
    subjects: dict[int, list[SubjectSignal]] = defaultdict(list)
    for (sid, subject_id), pooled in _school_subjects(rows, chains, class_all, pools).items():
        found_subject = school_subject_signal(
            SchoolSubjectResult(names[subject_id], *pooled),
            gap_points=thresholds.peer_gap_points,
            min_graded=thresholds.min_graded_pupils,
        )
        if found_subject is not None:
            subjects[sid].append(found_subject)
    for found_subjects in subjects.values():
        found_subjects.sort(key=lambda s: (-s.severity, str(s.subject)))
    return ResultsSignals({sid: dict(found) for sid, found in result.items()}, dict(subjects))


def _school_subjects(
    rows: list[ClassCounts],
    chains: Mapping[int, _Chain],
    class_all: Mapping[tuple[int, int, str], _Counts],
    pools: _DistrictPools,
) -> dict[tuple[int, int], tuple[tuple[int, ...], int, int, float, str]]:
    """(school, subject) → (teachers, 4s and 5s, assessed, expected 4s and 5s, against) in
    the results term. Expected: the other schools' share in the same grade and subject when
    the database holds them for every grade of the subject, else each class's share in its
    other subjects."""
    now_rows: dict[tuple[int, int], list[ClassCounts]] = defaultdict(list)
    for row in rows:
        now = chains[row.school_id].terms[-1]
        if now is not None and row.term_id == now.id and row.assessed:
            now_rows[row.school_id, row.subject_id].append(row)
    pooled = {}
    for (sid, subject_id), lines in now_rows.items():
        by_class: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for line in lines:
            by_class[line.class_name][0] += line.good
            by_class[line.class_name][1] += line.assessed
        grades = {line.class_name: line.grade for line in lines}
        good = sum(g for g, _ in by_class.values())
        assessed = sum(a for _, a in by_class.values())
        teachers = tuple(sorted({line.teacher_id for line in lines}))
        district = _district_expected(sid, lines[0].term_id, subject_id, by_class, grades, pools)
        if district is not None:
            pooled[sid, subject_id] = (teachers, good, assessed, district, "district")
            continue
        expected, counted = 0.0, 0
        for name, (g, a) in by_class.items():
            total = class_all[sid, lines[0].term_id, name]
            other_good, other_assessed = total[0] + total[1] - g, sum(total) - a
            if other_assessed > 0:
                expected += a * other_good / other_assessed
                counted += a
        if counted == assessed:  # every class has other subjects to compare with
            pooled[sid, subject_id] = (teachers, good, assessed, expected, "other_subjects")
    return pooled


def _district_expected(
    school_id: int,
    term_id: int,
    subject_id: int,
    by_class: Mapping[str, list[int]],
    grades: Mapping[str, int],
    pools: _DistrictPools,
) -> float | None:
    """Σ pupils × the other schools' share in the class's grade and subject (None when a
    grade has no other school's pupils)."""
    expected = 0.0
    for name, (_, assessed) in by_class.items():
        good, total, _classes = pools.others((term_id, grades[name], subject_id), school_id)
        if total == 0:
            return None
        expected += assessed * good / total
    return expected


def _subjects(
    rows: list[ClassCounts],
    chains: Mapping[int, _Chain],
    class_all: Mapping[tuple[int, int, str], _Counts],
    class_teacher: Mapping[tuple[int, int, str, int], _Counts],
) -> dict[tuple[int, int, int], tuple[int, int, int, float]]:
    """(school, teacher, subject) → (classes, 4s and 5s, assessed, expected 4s and 5s) of the
    results term: each class expected at its share with its other teachers."""
    pooled: dict[tuple[int, int, int], list[float]] = defaultdict(lambda: [0, 0, 0, 0.0])
    for row in rows:
        now = chains[row.school_id].terms[-1]
        if now is None or row.term_id != now.id or not row.assessed:
            continue
        key = (row.school_id, row.term_id, row.class_name)
        mine = class_teacher[(*key, row.teacher_id)]
        others = [a - m for a, m in zip(class_all[key], mine, strict=True)]
        if sum(others) == 0:
            continue  # the class has no other teacher to compare with
        entry = pooled[row.school_id, row.teacher_id, row.subject_id]
        entry[0] += 1
        entry[1] += row.good
        entry[2] += row.assessed
        entry[3] += row.assessed * (others[0] + others[1]) / sum(others)
    return {key: (int(c), int(g), int(a), e) for key, (c, g, a, e) in pooled.items()}


def _peers(
    row: ClassCounts,
    by_class: Mapping[tuple[int, int, str, int], _Counts],
    by_grade: Mapping[tuple[int, int, int, int], _Counts],
    classes_in_grade: Mapping[tuple[int, int, int, int], set[str]],
    pools: _DistrictPools,
) -> list[PeerGroup]:
    """The school's other classes of the grade and subject, and the other schools'."""
    grade_key = (row.school_id, row.term_id, row.grade, row.subject_id)
    own = by_class[row.school_id, row.term_id, row.class_name, row.subject_id]
    grade = by_grade[grade_key]
    others = [g - o for g, o in zip(grade, own, strict=True)]
    groups = [
        PeerGroup(
            PeerKind.SCHOOL,
            others[0] + others[1],
            sum(others),
            len(classes_in_grade[grade_key]) - 1,
        )
    ]
    good, assessed, classes = pools.others((row.term_id, row.grade, row.subject_id), row.school_id)
    if classes:
        groups.append(PeerGroup(PeerKind.DISTRICT, good, assessed, classes))
    return groups


def _schools_in_db(session: Session) -> list[int]:
    return list(session.scalars(select(School.id).limit(2)))


def _subject_names(session: Session, ids: set[int]) -> dict[int, Localized]:
    return {
        row.id: Localized(row.name, row.name_uz, row.name_ru, row.name_en)
        for row in session.execute(
            select(
                Subject.id, Subject.name, Subject.name_uz, Subject.name_ru, Subject.name_en
            ).where(Subject.id.in_(ids))
        )
    }
