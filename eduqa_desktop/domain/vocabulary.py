"""The closed sets of values the domain speaks of (stored as text with CHECK constraints)."""

from __future__ import annotations

from enum import StrEnum


class Category(StrEnum):
    """A teacher's qualification category."""

    HIGHEST = "highest"
    FIRST = "first"
    SECOND = "second"
    SPECIALIST = "specialist"


class PdStatus(StrEnum):
    """Professional development: a course within the period, overdue, or none on record."""

    CURRENT = "current"
    OVERDUE = "overdue"
    NONE = "none"


class TermKind(StrEnum):
    QUARTER = "quarter"
    HALF = "half"


class Purpose(StrEnum):
    """Why a lesson was visited."""

    PLANNED_CONTROL = "planned_control"
    THEMATIC_CHECK = "thematic_check"
    SUPPORT = "support"
    FOLLOW_UP = "follow_up"
    ATTESTATION = "attestation"
    OPEN_LESSON = "open_lesson"
    PEER_VISIT = "peer_visit"


class ObservationStatus(StrEnum):
    DRAFT = "draft"
    FINAL = "final"


class Mechanism(StrEnum):
    """The mechanisms of quality from the project's source articles."""

    DUAL_EDUCATION = "dual_education"
    INNOVATIVE_TECHNOLOGIES = "innovative_technologies"
    PERSONALISED = "personalised"
    PROJECT_BASED = "project_based"
    PRACTICE = "practice"
    MENTORING = "mentoring"
    ASSESSMENT_REFLECTION = "assessment_reflection"
    PROFESSIONAL_DEVELOPMENT = "professional_development"


class ActivityUnit(StrEnum):
    HOURS = "hours"
    COUNT = "count"
    PUPILS = "pupils"


class Stakeholder(StrEnum):
    PARENTS = "parents"
    TEACHERS = "teachers"
    PUPILS = "pupils"
    EMPLOYERS = "employers"


class MarkScale(StrEnum):
    FIVE_POINT = "five_point"
    HUNDRED_POINT = "hundred_point"
