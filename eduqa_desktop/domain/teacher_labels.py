"""Names of the teacher vocabulary (categories, PD status, activity units).

English source texts marked for translation in the context ``TeacherLabels``; the UI shows
them with ``QCoreApplication.translate(LABELS_CONTEXT, text)`` and the printed reports with the
translate function they are given.
"""

from __future__ import annotations

from eduqa_desktop.domain.vocabulary import ActivityUnit, Category, PdStatus
from eduqa_desktop.text import QT_TRANSLATE_NOOP

LABELS_CONTEXT = "TeacherLabels"

CATEGORY_NAMES: dict[str, str] = {
    Category.HIGHEST: QT_TRANSLATE_NOOP("TeacherLabels", "Highest"),
    Category.FIRST: QT_TRANSLATE_NOOP("TeacherLabels", "First"),
    Category.SECOND: QT_TRANSLATE_NOOP("TeacherLabels", "Second"),
    Category.SPECIALIST: QT_TRANSLATE_NOOP("TeacherLabels", "Specialist"),
}

PD_STATUS_NAMES: dict[str, str] = {
    PdStatus.CURRENT: QT_TRANSLATE_NOOP("TeacherLabels", "Up to date"),
    PdStatus.OVERDUE: QT_TRANSLATE_NOOP("TeacherLabels", "Overdue"),
    PdStatus.NONE: QT_TRANSLATE_NOOP("TeacherLabels", "No course on record"),
}

UNIT_NAMES: dict[str, str] = {
    ActivityUnit.HOURS: QT_TRANSLATE_NOOP("TeacherLabels", "hours"),
    ActivityUnit.COUNT: QT_TRANSLATE_NOOP("TeacherLabels", "times"),
    ActivityUnit.PUPILS: QT_TRANSLATE_NOOP("TeacherLabels", "pupils"),
}
