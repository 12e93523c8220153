"""What two versions of one teacher's card say differently, for the conflict dialog."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from eduqa_desktop.services.teachers import TeacherDetail, TeacherInput
from eduqa_desktop.ui.dialogs.conflict_dialog import Difference
from eduqa_desktop.ui.teachers.labels import category_name


def _text(value: object) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    return str(value)


def teacher_differences(
    mine: TeacherInput, theirs: TeacherDetail, subject_names: dict[int, str]
) -> list[Difference]:
    pairs = [
        (
            QCoreApplication.translate("TeacherConflict", "Full name"),
            mine.full_name.strip(),
            theirs.full_name,
        ),
        (
            QCoreApplication.translate("TeacherConflict", "Personnel number"),
            mine.personnel_number.strip(),
            theirs.personnel_number,
        ),
        (
            QCoreApplication.translate("TeacherConflict", "Department"),
            mine.department.strip(),
            theirs.department,
        ),
        (
            QCoreApplication.translate("TeacherConflict", "Category"),
            category_name(mine.category.value),
            category_name(theirs.category.value),
        ),
        (
            QCoreApplication.translate("TeacherConflict", "Experience, years"),
            mine.experience_years,
            theirs.experience_years,
        ),
        (
            QCoreApplication.translate("TeacherConflict", "Last PD course"),
            mine.last_pd_date,
            theirs.last_pd_date,
        ),
        (QCoreApplication.translate("TeacherConflict", "Hired on"), mine.hired_on, theirs.hired_on),
        (QCoreApplication.translate("TeacherConflict", "Phone"), mine.phone.strip(), theirs.phone),
        (QCoreApplication.translate("TeacherConflict", "Note"), mine.note.strip(), theirs.note),
        (
            QCoreApplication.translate("TeacherConflict", "Subjects"),
            ", ".join(sorted(subject_names.get(i, str(i)) for i in mine.subject_ids)),
            ", ".join(sorted(subject_names.get(i, str(i)) for i in theirs.subject_ids)),
        ),
    ]
    return [(what, _text(a), _text(b)) for what, a, b in pairs if _text(a) != _text(b)]
