"""Time-on-task snapshots: the protocol, the codes and the shares they give.

Two protocols from the instruments used at national scale:

- **Stallings classroom snapshot** — 10 snapshots spread evenly over the lesson (one in the
  middle of each tenth of it);
- **Teach (World Bank)** — 3 snapshots per 15-minute segment, taken at minutes 4–5, 9–10 and
  14–15 of the segment.

At each snapshot the observer codes the teacher's activity (instruction: explaining,
questioning, practice, assessment; classroom management: organising, discipline; or off
task), how many pupils are off task (0–1 → engagement high, 2–5 → medium, ≥ 6 → low) and the
materials in use.

Shares (%, over the snapshots that carry the code): time on instruction, on management, off
task; and the engagement bands. *Pupils engaged* is the share of snapshots with engagement
high (at most one pupil off task). Reference values for effective teachers: ≥ 50 %
instruction, ≤ 15 % management. Nothing coded → every share is undefined (``None``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction

__all__ = [
    "INSTRUCTION_REFERENCE",
    "LESSON_MINUTES",
    "MANAGEMENT_REFERENCE",
    "ActivityGroup",
    "Engagement",
    "Material",
    "ProtocolKind",
    "Snapshot",
    "SnapshotProtocol",
    "SnapshotShares",
    "SnapshotSlot",
    "TeacherActivity",
    "engagement_band",
    "snapshot_shares",
]

INSTRUCTION_REFERENCE = 50.0  # effective teachers: at least this share on instruction
MANAGEMENT_REFERENCE = 15.0  # … and at most this share on classroom management
SEGMENT_MINUTES = 15
LESSON_MINUTES = 45  # a lesson in a general secondary school
SEGMENT_WINDOWS = ((4, 5), (9, 10), (14, 15))


class ActivityGroup(StrEnum):
    INSTRUCTION = "instruction"
    MANAGEMENT = "management"
    OFF_TASK = "off_task"


class TeacherActivity(StrEnum):
    """What the teacher is doing at the snapshot."""

    EXPLAINING = "explaining"
    QUESTIONING = "questioning"
    PRACTICE = "practice"
    ASSESSMENT = "assessment"
    ORGANISING = "organising"
    DISCIPLINE = "discipline"
    OFF_TASK = "off_task"

    @property
    def group(self) -> ActivityGroup:
        if self in (TeacherActivity.ORGANISING, TeacherActivity.DISCIPLINE):
            return ActivityGroup.MANAGEMENT
        if self is TeacherActivity.OFF_TASK:
            return ActivityGroup.OFF_TASK
        return ActivityGroup.INSTRUCTION


class Material(StrEnum):
    """Learning materials in use at the snapshot."""

    NONE = "none"
    TEXTBOOK = "textbook"
    NOTEBOOK = "notebook"
    BOARD = "board"
    ICT = "ict"
    OTHER = "other"


class Engagement(StrEnum):
    HIGH = "high"  # 0–1 pupils off task
    MEDIUM = "medium"  # 2–5
    LOW = "low"  # 6 or more


def engagement_band(pupils_off_task: int) -> Engagement:
    """The Teach band of a count of pupils off task."""
    if isinstance(pupils_off_task, bool) or pupils_off_task < 0:
        raise ValueError(f"Pupils off task must be zero or more, got {pupils_off_task!r}.")
    if pupils_off_task <= 1:
        return Engagement.HIGH
    if pupils_off_task <= 5:
        return Engagement.MEDIUM
    return Engagement.LOW


class ProtocolKind(StrEnum):
    EVEN = "even"  # Stallings: n snapshots spread evenly
    SEGMENTS = "segments"  # Teach: 3 per 15-minute segment


@dataclass(frozen=True, slots=True)
class SnapshotSlot:
    """When snapshot ``index`` (0-based) is due: from ``start`` to ``end`` minutes."""

    index: int
    start: float
    end: float


@dataclass(frozen=True, slots=True)
class SnapshotProtocol:
    kind: ProtocolKind = ProtocolKind.EVEN
    count: int = 10  # for EVEN; SEGMENTS takes 3 per whole segment of the lesson

    def __post_init__(self) -> None:
        if self.kind is ProtocolKind.EVEN and not 1 <= self.count <= 30:
            raise ValueError(f"Snapshots per lesson must be 1–30, got {self.count}.")

    def slots(self, lesson_minutes: int = 45) -> list[SnapshotSlot]:
        """The snapshots of a lesson of ``lesson_minutes``, in order.

        EVEN: snapshot k is due in the middle of the k-th of ``count`` equal parts and stays
        due for one minute. SEGMENTS: minutes 4–5, 9–10, 14–15 of every 15-minute segment
        that fits in the lesson (a 45-minute lesson has 9).
        """
        if lesson_minutes < 1:
            raise ValueError(f"A lesson lasts at least a minute, got {lesson_minutes}.")
        if self.kind is ProtocolKind.EVEN:
            part = Fraction(lesson_minutes, self.count)
            return [
                SnapshotSlot(k, float(part * k + part / 2), float(part * k + part / 2 + 1))
                for k in range(self.count)
            ]
        slots: list[SnapshotSlot] = []
        for segment in range(lesson_minutes // SEGMENT_MINUTES):
            offset = segment * SEGMENT_MINUTES
            for start, end in SEGMENT_WINDOWS:
                slots.append(SnapshotSlot(len(slots), float(offset + start), float(offset + end)))
        return slots

    def due_index(
        self, elapsed_minutes: float, done: set[int], lesson_minutes: int = 45
    ) -> int | None:
        """The earliest slot whose time has come and that is not yet ``done``."""
        for slot in self.slots(lesson_minutes):
            if slot.start <= elapsed_minutes and slot.index not in done:
                return slot.index
        return None


@dataclass(frozen=True, slots=True)
class Snapshot:
    """One coded snapshot; a code left out is ``None``."""

    index: int
    activity: TeacherActivity | None = None
    pupils_off_task: int | None = None
    material: Material | None = None


@dataclass(frozen=True, slots=True)
class SnapshotShares:
    """Shares in % (``None`` when nothing carries that code) and the counts behind them."""

    snapshots: int
    coded_activity: int
    coded_pupils: int
    instruction: float | None
    management: float | None
    off_task: float | None
    engagement_high: float | None
    engagement_medium: float | None
    engagement_low: float | None

    @property
    def pupils_engaged(self) -> float | None:
        """Share of snapshots with at most one pupil off task."""
        return self.engagement_high

    @property
    def meets_instruction_reference(self) -> bool | None:
        return None if self.instruction is None else self.instruction >= INSTRUCTION_REFERENCE

    @property
    def meets_management_reference(self) -> bool | None:
        return None if self.management is None else self.management <= MANAGEMENT_REFERENCE


def _share(part: int, whole: int) -> float | None:
    return None if whole == 0 else float(Fraction(part * 100, whole))


def snapshot_shares(snapshots: Iterable[Snapshot]) -> SnapshotShares:
    """Shares of a set of snapshots (one lesson, or many pooled by summing counts)."""
    items = list(snapshots)
    groups = [s.activity.group for s in items if s.activity is not None]
    bands = [engagement_band(s.pupils_off_task) for s in items if s.pupils_off_task is not None]
    return SnapshotShares(
        snapshots=len(items),
        coded_activity=len(groups),
        coded_pupils=len(bands),
        instruction=_share(groups.count(ActivityGroup.INSTRUCTION), len(groups)),
        management=_share(groups.count(ActivityGroup.MANAGEMENT), len(groups)),
        off_task=_share(groups.count(ActivityGroup.OFF_TASK), len(groups)),
        engagement_high=_share(bands.count(Engagement.HIGH), len(bands)),
        engagement_medium=_share(bands.count(Engagement.MEDIUM), len(bands)),
        engagement_low=_share(bands.count(Engagement.LOW), len(bands)),
    )
