"""Who may do what: the roles of accounts and the actions each role allows.

A role allows actions; a methodologist's and a school's actions are further limited to their
schools (the services check both, services/access.py). A database without accounts has one
local user with every right.
"""

from __future__ import annotations

import unicodedata
from datetime import datetime, timedelta
from enum import StrEnum


class Role(StrEnum):
    ADMINISTRATOR = "administrator"  # everything, accounts included
    METHODOLOGIST = "methodologist"  # methodologist or inspector: lessons of assigned schools
    SCHOOL = "school"  # its own school's data
    VIEWER = "viewer"  # reads everything, changes nothing


def login_key(login: str) -> str:
    """What two logins are compared by: "Ахмедов", "АХМЕДОВ " and "ахмедов" are one account
    (Unicode case folding, for Cyrillic and Latin alike, after NFKC: a login typed on another
    keyboard layout or pasted from a document is the same login)."""
    return unicodedata.normalize("NFKC", login.strip()).casefold()


class Action(StrEnum):
    READ = "read"  # see data and reports (of the schools one may see)
    OBSERVE = "observe"  # observations, time-on-task, calibration
    CHECKLISTS = "checklists"  # checklist templates (shared by every school)
    PLAN = "plan"  # the visit plan
    TEACHERS = "teachers"  # teachers, departments, activities, mentors
    RESULTS = "results"  # results rows, surveys and graduates
    IMPORT = "import"  # workbooks and packages into a school
    SCHOOLS = "schools"  # create schools, years and terms
    SETTINGS = "settings"  # database-wide settings and thresholds
    BACKUP = "backup"  # backups and restore
    ACCOUNTS = "accounts"  # accounts and roles


_ALLOWED: dict[Role, frozenset[Action]] = {
    Role.ADMINISTRATOR: frozenset(Action),
    Role.METHODOLOGIST: frozenset({Action.READ, Action.OBSERVE, Action.CHECKLISTS, Action.PLAN}),
    Role.SCHOOL: frozenset(
        {
            Action.READ,
            Action.OBSERVE,
            Action.PLAN,
            Action.TEACHERS,
            Action.RESULTS,
            Action.IMPORT,
        }
    ),
    Role.VIEWER: frozenset({Action.READ}),
}

# Roles whose reach is the schools named on the account (the others reach every school).
SCHOOL_BOUND = frozenset({Role.METHODOLOGIST, Role.SCHOOL})

MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=15)
MIN_PASSWORD_LENGTH = 8


def allows(role: Role, action: Action) -> bool:
    return action in _ALLOWED[role]


def reaches(role: Role, schools: frozenset[int], school_id: int) -> bool:
    """May an account of `role`, assigned `schools`, touch school `school_id` at all?"""
    return role not in SCHOOL_BOUND or school_id in schools


def after_failed_login(failed: int, now: datetime) -> tuple[int, datetime | None]:
    """The count of failed tries after one more, and until when the account is then locked."""
    failed += 1
    if failed >= MAX_FAILED_LOGINS:
        return 0, now + LOCKOUT
    return failed, None


def is_locked(locked_until: datetime | None, now: datetime) -> bool:
    return locked_until is not None and now < locked_until
