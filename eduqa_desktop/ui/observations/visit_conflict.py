"""What two versions of one planned visit say differently, for the conflict dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from eduqa_desktop.services.visit_plan import PlannedVisitInput
from eduqa_desktop.ui.dialogs.conflict_dialog import Difference
from eduqa_desktop.ui.observations.labels import month_name, purpose_name


def visit_differences(
    mine: PlannedVisitInput, theirs: PlannedVisitInput, teachers: dict[int, str]
) -> list[Difference]:
    def day(value: PlannedVisitInput) -> str:
        return value.planned_on.strftime("%d.%m.%Y") if value.planned_on else "—"

    pairs = [
        (
            QCoreApplication.translate("VisitConflict", "Teacher"),
            teachers.get(mine.teacher_id, str(mine.teacher_id)),
            teachers.get(theirs.teacher_id, str(theirs.teacher_id)),
        ),
        (
            QCoreApplication.translate("VisitConflict", "Month"),
            month_name(mine.year, mine.month),
            month_name(theirs.year, theirs.month),
        ),
        (QCoreApplication.translate("VisitConflict", "Day"), day(mine), day(theirs)),
        (
            QCoreApplication.translate("VisitConflict", "Purpose"),
            purpose_name(mine.purpose),
            purpose_name(theirs.purpose),
        ),
        (
            QCoreApplication.translate("VisitConflict", "Observer"),
            mine.observer.strip() or "—",
            theirs.observer or "—",
        ),
        (
            QCoreApplication.translate("VisitConflict", "Note"),
            mine.note.strip() or "—",
            theirs.note or "—",
        ),
    ]
    return [(what, a, b) for what, a, b in pairs if a != b]
