"""Names and keys of the time-on-task codes, and the share lines every view shows.

English source texts marked for translation in the context ``SnapshotLabels``; the UI shows
them with ``QCoreApplication.translate(SNAPSHOT_CONTEXT, text)``, the printed report with the
translate function it is given. Each code has a digit (the same on every keyboard layout) and a
Latin letter; in the form the digit codes the row the cursor is on.
"""

from __future__ import annotations

from eduqa_desktop.domain.snapshots import (
    INSTRUCTION_REFERENCE,
    MANAGEMENT_REFERENCE,
    Engagement,
    Material,
    SnapshotShares,
    TeacherActivity,
)
from eduqa_desktop.text import QT_TRANSLATE_NOOP

SNAPSHOT_CONTEXT = "SnapshotLabels"

# code, key letter, name — in the order of the digits 1, 2, 3, …
ACTIVITY_CODES: tuple[tuple[TeacherActivity, str, str], ...] = (
    (TeacherActivity.EXPLAINING, "E", QT_TRANSLATE_NOOP("SnapshotLabels", "Explaining")),
    (TeacherActivity.QUESTIONING, "Q", QT_TRANSLATE_NOOP("SnapshotLabels", "Questioning")),
    (TeacherActivity.PRACTICE, "P", QT_TRANSLATE_NOOP("SnapshotLabels", "Practice")),
    (TeacherActivity.ASSESSMENT, "A", QT_TRANSLATE_NOOP("SnapshotLabels", "Assessment")),
    (TeacherActivity.ORGANISING, "O", QT_TRANSLATE_NOOP("SnapshotLabels", "Organising")),
    (TeacherActivity.DISCIPLINE, "D", QT_TRANSLATE_NOOP("SnapshotLabels", "Discipline")),
    (TeacherActivity.OFF_TASK, "X", QT_TRANSLATE_NOOP("SnapshotLabels", "Teacher off task")),
)
# A band is stored as the lowest count of pupils off task it stands for (0, 2, 6).
ENGAGEMENT_CODES: tuple[tuple[Engagement, str, str, int], ...] = (
    (Engagement.HIGH, "H", QT_TRANSLATE_NOOP("SnapshotLabels", "0–1 off task"), 0),
    (Engagement.MEDIUM, "M", QT_TRANSLATE_NOOP("SnapshotLabels", "2–5 off task"), 2),
    (Engagement.LOW, "L", QT_TRANSLATE_NOOP("SnapshotLabels", "6+ off task"), 6),
)
MATERIAL_CODES: tuple[tuple[Material, str, str], ...] = (
    (Material.NONE, "N", QT_TRANSLATE_NOOP("SnapshotLabels", "No materials")),
    (Material.TEXTBOOK, "T", QT_TRANSLATE_NOOP("SnapshotLabels", "Textbook")),
    (Material.NOTEBOOK, "W", QT_TRANSLATE_NOOP("SnapshotLabels", "Notebook")),
    (Material.BOARD, "B", QT_TRANSLATE_NOOP("SnapshotLabels", "Board")),
    (Material.ICT, "C", QT_TRANSLATE_NOOP("SnapshotLabels", "Computer, ICT")),
    (Material.OTHER, "R", QT_TRANSLATE_NOOP("SnapshotLabels", "Other materials")),
)

TIME_ON_TASK = QT_TRANSLATE_NOOP("SnapshotLabels", "Time on task")
INSTRUCTION = QT_TRANSLATE_NOOP("SnapshotLabels", "Instruction")
MANAGEMENT = QT_TRANSLATE_NOOP("SnapshotLabels", "Classroom management")
OFF_TASK = QT_TRANSLATE_NOOP("SnapshotLabels", "Teacher off task")
ENGAGED = QT_TRANSLATE_NOOP("SnapshotLabels", "Pupils engaged (0–1 off task)")
AT_LEAST = QT_TRANSLATE_NOOP("SnapshotLabels", "reference ≥ {value}")
AT_MOST = QT_TRANSLATE_NOOP("SnapshotLabels", "reference ≤ {value}")
MEETS = QT_TRANSLATE_NOOP("SnapshotLabels", "meets")
MISSES = QT_TRANSLATE_NOOP("SnapshotLabels", "misses")
CODED = QT_TRANSLATE_NOOP("SnapshotLabels", "{coded} of {count} snapshots coded")


def engagement_of_count(pupils_off_task: int) -> tuple[Engagement, str, str, int]:
    """The band entry a stored count belongs to."""
    if pupils_off_task <= 1:
        return ENGAGEMENT_CODES[0]
    return ENGAGEMENT_CODES[1] if pupils_off_task <= 5 else ENGAGEMENT_CODES[2]


def share_lines(
    shares: SnapshotShares,
) -> list[tuple[str, float | None, str | None, bool | None]]:
    """(name, share %, reference text or None, meets it or None) for each share shown."""
    return [
        (INSTRUCTION, shares.instruction, AT_LEAST, shares.meets_instruction_reference),
        (MANAGEMENT, shares.management, AT_MOST, shares.meets_management_reference),
        (OFF_TASK, shares.off_task, None, None),
        (ENGAGED, shares.pupils_engaged, None, None),
    ]


def reference_value(name: str) -> float:
    return INSTRUCTION_REFERENCE if name == INSTRUCTION else MANAGEMENT_REFERENCE
