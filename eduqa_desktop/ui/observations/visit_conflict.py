"""What two versions of one planned visit say differently, for the conflict dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from eduqa_desktop.services.visit_plan import PlannedVisitInput, SavedVisit
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


def deleted_visit_differences(
    seen: dict[int, PlannedVisitInput], theirs: dict[int, SavedVisit], teachers: dict[int, str]
) -> list[Difference]:
    """Planned visits deleted here and saved by someone else meanwhile: one row each, what
    they changed since this plan was read."""
    rows: list[Difference] = []
    for entry_id, saved in theirs.items():
        before = seen.get(entry_id, saved.data)
        teacher = teachers.get(saved.data.teacher_id, str(saved.data.teacher_id))
        what = f"{teacher} · {month_name(saved.data.year, saved.data.month)}"
        changes = "; ".join(f"{name}: {value}" for name, _mine, value
                            in visit_differences(before, saved.data, teachers))  # fmt: skip
        rows.append((
            what,
            QCoreApplication.translate("VisitConflict", "Deleted"),
            changes or QCoreApplication.translate("VisitConflict", "Saved again, unchanged"),
        ))  # fmt: skip
    return rows
