"""The names of groups, dimensions and destinations as the window shows them (translated)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from eduqa_desktop.text import QT_TRANSLATE_NOOP

CONTEXT = "Voices"

GROUPS = {
    "parents": QT_TRANSLATE_NOOP("Voices", "Parents"),
    "pupils": QT_TRANSLATE_NOOP("Voices", "Pupils"),
    "teachers": QT_TRANSLATE_NOOP("Voices", "Teachers"),
    "employers": QT_TRANSLATE_NOOP("Voices", "Employers"),
}

DIMENSIONS = {
    "teaching_learning": QT_TRANSLATE_NOOP("Voices", "Teaching and learning"),
    "climate_safety": QT_TRANSLATE_NOOP("Voices", "Climate and safety"),
    "conditions_resources": QT_TRANSLATE_NOOP("Voices", "Conditions and resources"),
    "family_communication": QT_TRANSLATE_NOOP("Voices", "Communication with families"),
    "readiness": QT_TRANSLATE_NOOP("Voices", "Readiness for study and work"),
}

LAYOUTS = {
    "tallies": QT_TRANSLATE_NOOP("Voices", "Counts per statement (how many chose 1…5)"),
    "respondents": QT_TRANSLATE_NOOP("Voices", "One row per questionnaire"),
}

DESTINATIONS = {
    "grade_10": QT_TRANSLATE_NOOP("Voices", "Grade 10 at school"),
    "lyceum": QT_TRANSLATE_NOOP("Voices", "Academic lyceum"),
    "college": QT_TRANSLATE_NOOP("Voices", "College / technikum"),
    "university": QT_TRANSLATE_NOOP("Voices", "University"),
    "employed": QT_TRANSLATE_NOOP("Voices", "Work"),
    "dual_education": QT_TRANSLATE_NOOP("Voices", "Dual education with a partner"),
    "internship": QT_TRANSLATE_NOOP("Voices", "Internship with a partner"),
    "other": QT_TRANSLATE_NOOP("Voices", "Other"),
    "unknown": QT_TRANSLATE_NOOP("Voices", "Unknown"),
}

# How a partner took graduates, in a list of placements ("dual education 2, work 1").
PLACEMENTS = {
    "dual_education": QT_TRANSLATE_NOOP("Voices", "dual education"),
    "internship": QT_TRANSLATE_NOOP("Voices", "internship"),
    "employed": QT_TRANSLATE_NOOP("Voices", "work"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def group_name(group: str) -> str:
    return tr(GROUPS.get(str(group), str(group)))


def dimension_name(dimension: str) -> str:
    return tr(DIMENSIONS.get(str(dimension), str(dimension)))


def destination_name(destination: str) -> str:
    return tr(DESTINATIONS.get(str(destination), str(destination)))


def placement_name(destination: str) -> str:
    return tr(PLACEMENTS.get(str(destination), str(destination)))
