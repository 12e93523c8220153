"""Signals from pupils' results: a class behind its peers, and a sustained decline.

* **Results against peers** — the quality of knowledge of a class in a subject (the share of
  4s and 5s among the N pupils assessed) against the same subject in the same grade: the
  school's other classes, and the district's (the other schools in the database). No signal
  from a class of fewer than ``min_graded`` pupils assessed, nor against peers with fewer. A
  gap counts only when the class's 95 % Wilson interval lies wholly below the peers' pooled
  share less ``gap_points``; of several comparisons the one clearest of its threshold speaks.
* **Behind the same pupils' other teachers** — for a teacher who is the only one to teach a
  subject in a grade, the school has no parallel class to compare with: the teacher's classes
  in the subject, pooled, against the same pupils' share of 4s and 5s with their other teachers
  (each class weighted by its pupils). The same rules: ``min_graded`` pupils, the pooled 95 %
  Wilson interval wholly below that share less ``gap_points``. Subjects differ in difficulty,
  so the threshold is the same generous one, and only a clear gap speaks.
* **A subject behind across the school** — all the classes of a subject that two or more
  teachers teach in the school, pooled: against the same grades in the same subject in the
  other schools of the database when it holds them (like with like), else against the same
  pupils' share of 4s and 5s in their other subjects. The same rules (``min_graded``, the
  pooled Wilson interval wholly below the expectation less ``gap_points``). It is the
  school's signal, not a teacher's: when every teacher of a subject is as low, the gap is
  the subject's (its difficulty, its department, its hours), and a teacher is listed only for
  a gap of their own.
* **Sustained decline** — quality falling in ``terms`` consecutive terms, each time by at
  least ``points``, following the pupils (``domain.term_comparison``): one quarter's wobble
  is not a decline.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from eduqa_desktop.domain.flags import Localized
from eduqa_desktop.domain.signals import (
    Signal,
    SignalKind,
    SubjectSignal,
    clamp,
    evidence_of,
    wilson_interval,
)
from eduqa_desktop.text import QT_TRANSLATE_NOOP

__all__ = [
    "BEHIND_CLASSMATES",
    "BEHIND_PEERS",
    "DECLINE",
    "ClassResult",
    "PeerGroup",
    "PeerKind",
    "SchoolSubjectResult",
    "SubjectResult",
    "classmates_gap_signal",
    "decline_signal",
    "peer_gap_signal",
    "school_subject_signal",
]

BEHIND_PEERS_SCHOOL = QT_TRANSLATE_NOOP(
    "Messages",
    "{class_name} {subject}: quality {quality} against {peers} for grade {grade} {subject} "
    "in the school, {pupils} pupils",
)
BEHIND_PEERS_DISTRICT = QT_TRANSLATE_NOOP(
    "Messages",
    "{class_name} {subject}: quality {quality} against {peers} for grade {grade} {subject} "
    "in the district, {pupils} pupils",
)
BEHIND_PEERS = (BEHIND_PEERS_SCHOOL, BEHIND_PEERS_DISTRICT)
BEHIND_CLASSMATES = QT_TRANSLATE_NOOP(
    "Messages",
    "{subject} in {classes} class(es): quality {quality} against {peers} for the same pupils "
    "with their other teachers, {pupils} pupils",
)
SUBJECT_BEHIND_OTHER_SUBJECTS = QT_TRANSLATE_NOOP(
    "Messages",
    "{subject} across the school: quality {quality} against {peers} for the same pupils in "
    "their other subjects; {teachers} teachers, {pupils} pupils",
)
SUBJECT_BEHIND_DISTRICT = QT_TRANSLATE_NOOP(
    "Messages",
    "{subject} across the school: quality {quality} against {peers} for the same grades in "
    "the district; {teachers} teachers, {pupils} pupils",
)
DECLINE = QT_TRANSLATE_NOOP(
    "Messages",
    "{class_name} {subject}: quality down {terms} quarters running, {first} → {last}",
)


class PeerKind:
    SCHOOL = "school"
    DISTRICT = "district"


@dataclass(frozen=True, slots=True)
class ClassResult:
    """One class in one subject in one term: pupils with a 4 or 5 among those assessed."""

    class_name: str
    grade: int
    subject: Localized | str
    good: int  # n5 + n4
    assessed: int  # N = marked + not attested
    sou: float | None = None  # degree of learning, for the evidence

    @property
    def quality(self) -> float | None:
        return self.good / self.assessed * 100 if self.assessed else None


@dataclass(frozen=True, slots=True)
class PeerGroup:
    """The pooled counts of the classes a class is compared with (``kind``: PeerKind)."""

    kind: str
    good: int
    assessed: int
    classes: int

    @property
    def share(self) -> float | None:
        return self.good / self.assessed * 100 if self.assessed else None


def peer_gap_signal(
    teacher_id: int,
    line: ClassResult,
    peers: Sequence[PeerGroup],
    *,
    gap_points: float,
    min_graded: int,
) -> Signal | None:
    """A signal when the class is clearly behind one of its peer groups (see the module)."""
    if line.assessed < min_graded:
        return None
    quality = line.quality
    low, high = wilson_interval(line.good, line.assessed)
    best: tuple[float, PeerGroup] | None = None
    for group in peers:
        share = group.share
        if share is None or group.assessed < min_graded or group.classes < 1:
            continue
        clearance = (share - gap_points) - high
        if clearance > 0 and (best is None or clearance > best[0]):
            best = (clearance, group)
    if best is None or quality is None:
        return None
    group = best[1]
    peer_share = group.share or 0.0
    gap = peer_share - quality
    # 1 at the threshold, up to 3 at three times it; a large class weighs a little more.
    evidence_weight = clamp(line.assessed / 25, 0.8, 1.2)
    severity = round(clamp(gap / gap_points, 1.0, 3.0) * evidence_weight, 2)
    params: dict[str, object] = {
        "class_name": line.class_name,
        "subject": line.subject,
        "quality": float(quality),
        "peers": float(peer_share),
        "grade": line.grade,
        "pupils": line.assessed,
    }
    evidence = dict(evidence_of(params))
    evidence.update(
        {
            "peer_group": group.kind,
            "peer_classes": group.classes,
            "peer_pupils": group.assessed,
            "gap_points": round(gap, 1),
            "interval": [round(low, 1), round(high, 1)],
            "threshold_points": gap_points,
        }
    )
    if line.sou is not None:
        evidence["sou"] = round(line.sou, 1)
    template = BEHIND_PEERS_SCHOOL if group.kind == PeerKind.SCHOOL else BEHIND_PEERS_DISTRICT
    return Signal(SignalKind.RESULTS_BEHIND_PEERS, teacher_id, severity, template, params, evidence)


@dataclass(frozen=True, slots=True)
class SubjectResult:
    """A teacher's classes in one subject, pooled, and what the same pupils reach with their
    other teachers: ``expected_good`` = Σ over the classes of its pupils assessed × the class's
    share of 4s and 5s in the other teachers' subjects."""

    subject: Localized | str
    classes: int
    good: int
    assessed: int
    expected_good: float

    @property
    def quality(self) -> float | None:
        return self.good / self.assessed * 100 if self.assessed else None

    @property
    def expected(self) -> float | None:
        return self.expected_good / self.assessed * 100 if self.assessed else None


def classmates_gap_signal(
    teacher_id: int, result: SubjectResult, *, gap_points: float, min_graded: int
) -> Signal | None:
    """A signal when the pooled classes are clearly behind the same pupils elsewhere."""
    quality, expected = result.quality, result.expected
    if result.assessed < min_graded or quality is None or expected is None:
        return None
    low, high = wilson_interval(result.good, result.assessed)
    if high >= expected - gap_points:
        return None
    gap = expected - quality
    evidence_weight = clamp(result.assessed / 50, 0.8, 1.2)
    severity = round(clamp(gap / gap_points, 1.0, 3.0) * evidence_weight, 2)
    params: dict[str, object] = {
        "subject": result.subject,
        "classes": result.classes,
        "quality": float(quality),
        "peers": float(expected),
        "pupils": result.assessed,
    }
    evidence = dict(evidence_of(params))
    evidence.update(
        {
            "peer_group": "classmates",
            "gap_points": round(gap, 1),
            "interval": [round(low, 1), round(high, 1)],
            "threshold_points": gap_points,
        }
    )
    return Signal(
        SignalKind.RESULTS_BEHIND_CLASSMATES,
        teacher_id,
        severity,
        BEHIND_CLASSMATES,
        params,
        evidence,
    )


@dataclass(frozen=True, slots=True)
class SchoolSubjectResult:
    """All the classes of one subject in a school, pooled, and what they are expected to
    reach: ``expected_good`` = Σ over the classes of its pupils assessed × the share expected
    (the district's same grade and subject when ``against`` is ``"district"``, else the
    class's share in its other subjects)."""

    subject: Localized | str
    teacher_ids: tuple[int, ...]
    good: int
    assessed: int
    expected_good: float
    against: str  # "district" | "other_subjects"

    @property
    def quality(self) -> float | None:
        return self.good / self.assessed * 100 if self.assessed else None

    @property
    def expected(self) -> float | None:
        return self.expected_good / self.assessed * 100 if self.assessed else None


def school_subject_signal(
    result: SchoolSubjectResult, *, gap_points: float, min_graded: int, min_teachers: int = 2
) -> SubjectSignal | None:
    """A signal when a subject's classes, pooled, are clearly behind what is expected."""
    quality, expected = result.quality, result.expected
    if (
        len(result.teacher_ids) < min_teachers
        or result.assessed < min_graded
        or quality is None
        or expected is None
    ):
        return None
    low, high = wilson_interval(result.good, result.assessed)
    if high >= expected - gap_points:
        return None
    gap = expected - quality
    severity = round(clamp(gap / gap_points, 1.0, 3.0), 2)
    params: dict[str, object] = {
        "subject": result.subject,
        "quality": float(quality),
        "peers": float(expected),
        "teachers": len(result.teacher_ids),
        "pupils": result.assessed,
    }
    evidence = dict(evidence_of(params))
    evidence.update(
        {
            "peer_group": result.against,
            "gap_points": round(gap, 1),
            "interval": [round(low, 1), round(high, 1)],
            "threshold_points": gap_points,
        }
    )
    template = (
        SUBJECT_BEHIND_DISTRICT if result.against == "district" else SUBJECT_BEHIND_OTHER_SUBJECTS
    )
    return SubjectSignal(
        result.subject, tuple(sorted(result.teacher_ids)), severity, template, params, evidence
    )


def decline_signal(
    teacher_id: int,
    class_name: str,
    subject: Localized | str,
    qualities: Sequence[float | None],
    *,
    points: float,
    terms: int = 2,
) -> Signal | None:
    """A signal when the last ``terms`` changes of ``qualities`` (oldest first, the pupils'
    own class in each term) are each a fall of at least ``points``."""
    if terms < 1 or len(qualities) < terms + 1:
        return None
    run = list(qualities[-(terms + 1) :])
    if any(q is None for q in run):
        return None
    values = [float(q) for q in run if q is not None]
    falls = [before - after for before, after in pairwise(values)]
    if any(fall < points for fall in falls):
        return None
    total = values[0] - values[-1]
    severity = round(clamp(total / (points * terms), 1.0, 2.5), 2)
    params: dict[str, object] = {
        "class_name": class_name,
        "subject": subject,
        "terms": terms,
        "first": values[0],
        "last": values[-1],
    }
    evidence = dict(evidence_of(params))
    evidence["qualities"] = [round(v, 1) for v in values]
    return Signal(SignalKind.SUSTAINED_DECLINE, teacher_id, severity, DECLINE, params, evidence)
