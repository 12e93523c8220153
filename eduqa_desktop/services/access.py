"""The one permission check: who works through a database handle, and what they may do.

`Database.principal` holds the account logged in (`services/accounts.py` binds it). A database
without accounts has one local user with every right (`LOCAL`); once an account exists, a
handle nobody logged in to may do nothing. Service entry points call `require(db, action,
school_id)` before they write, and `require(db, Action.READ, school_id)` or
`visible_school_ids(db)` before they read a school's data.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sqlalchemy import Select, select

from eduqa_desktop.domain.roles import SCHOOL_BOUND, Action, Role, allows, reaches
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.storage.database import Database
from eduqa_desktop.storage.models import (
    Account,
    Activity,
    Observation,
    ResultRow,
    SchoolClass,
    Teacher,
    VisitPlanEntry,
)
from eduqa_desktop.text import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Principal:
    login: str  # "" for the local user of a database without accounts
    display_name: str
    role: Role
    school_ids: frozenset[int] = frozenset()  # the schools a school-bound role reaches
    account_id: int | None = None
    # When the account was read (time.monotonic): re-read after REFRESH_SECONDS, so that a
    # role changed or an account disabled by the administrator holds within that time.
    read_at: float = field(default=0.0, compare=False)

    @property
    def local(self) -> bool:
        return self.account_id is None

    def may(self, action: Action, school_id: int | None = None) -> bool:
        if not allows(self.role, action):
            return False
        return school_id is None or reaches(self.role, self.school_ids, school_id)

    def sees_school(self, school_id: int) -> bool:
        return reaches(self.role, self.school_ids, school_id)


LOCAL = Principal(login="", display_name="", role=Role.ADMINISTRATOR)
REFRESH_SECONDS = 30.0


def principal_for(account: Account) -> Principal:
    if account.role is Role.SCHOOL:
        schools = frozenset({account.school_id} if account.school_id is not None else ())
    else:
        schools = frozenset(s.id for s in account.assigned_schools)
    return Principal(
        login=account.login,
        display_name=account.display_name or account.login,
        role=account.role,
        school_ids=schools,
        account_id=account.id,
        read_at=time.monotonic(),
    )


class AccessDenied(UserError):
    """The account logged in may not do what was asked (nothing was done)."""


class LoginRequired(AccessDenied):
    """The database has accounts and nobody has logged in."""


ACCOUNT_CLOSED = QT_TRANSLATE_NOOP(
    "Messages", "The account “{login}” has been disabled or removed: log in again."
)
LOGIN_REQUIRED = QT_TRANSLATE_NOOP(
    "Messages", "This database has accounts: log in first (on the command line: --user NAME)."
)
NOT_YOUR_SCHOOL = QT_TRANSLATE_NOOP(
    "Messages",
    "The account “{login}” does not reach this school. Ask the administrator to assign it.",
)
ONE_SCHOOL = QT_TRANSLATE_NOOP(
    "Messages", "The account “{login}” sees only its own schools: choose one of them."
)
# One sentence per action, so that each can be translated whole.
REFUSALS: dict[Action, str] = {
    Action.READ: QT_TRANSLATE_NOOP("Messages", "The account “{login}” may not see this data."),
    Action.OBSERVE: QT_TRANSLATE_NOOP(
        "Messages", "The account “{login}” may not record or change observations."
    ),
    Action.CHECKLISTS: QT_TRANSLATE_NOOP(
        "Messages", "The account “{login}” may not change checklists."
    ),
    Action.PLAN: QT_TRANSLATE_NOOP(
        "Messages", "The account “{login}” may not change the visit plan."
    ),
    Action.TEACHERS: QT_TRANSLATE_NOOP(
        "Messages", "The account “{login}” may not change teachers or their activities."
    ),
    Action.RESULTS: QT_TRANSLATE_NOOP(
        "Messages", "The account “{login}” may not enter or change results."
    ),
    Action.IMPORT: QT_TRANSLATE_NOOP(
        "Messages", "The account “{login}” may not import files or packages."
    ),
    Action.SCHOOLS: QT_TRANSLATE_NOOP(
        "Messages", "The account “{login}” may not add schools, years or terms."
    ),
    Action.SETTINGS: QT_TRANSLATE_NOOP(
        "Messages", "The account “{login}” may not change the settings."
    ),
    Action.BACKUP: QT_TRANSLATE_NOOP(
        "Messages", "The account “{login}” may not back up or restore the database."
    ),
    Action.ACCOUNTS: QT_TRANSLATE_NOOP(
        "Messages", "The account “{login}” may not manage accounts."
    ),
}


def has_accounts(db: Database) -> bool:
    with db.session() as session:
        return session.scalar(select(Account.id).limit(1)) is not None


def principal_of(db: Database) -> Principal:
    """Who works through `db`: the account logged in, else the local user of a database
    without accounts; LoginRequired when it has accounts and nobody logged in."""
    principal = db.principal
    if isinstance(principal, Principal):
        return _fresh(db, principal)
    if has_accounts(db):
        raise LoginRequired(LOGIN_REQUIRED)
    return LOCAL


def _fresh(db: Database, principal: Principal) -> Principal:
    """`principal` as the account is now, read again when REFRESH_SECONDS have passed."""
    if principal.local or time.monotonic() - principal.read_at < REFRESH_SECONDS:
        return principal
    with db.session() as session:
        account = session.get(Account, principal.account_id)
        if account is None or not account.active:
            db.principal = None
            raise LoginRequired(ACCOUNT_CLOSED, login=principal.login)
        fresh = principal_for(account)
    db.principal = fresh
    return fresh


def require(db: Database, action: Action, school_id: int | None = None) -> Principal:
    """Refuse (AccessDenied) unless the principal may do `action` in `school_id` (or at all)."""
    principal = principal_of(db)
    if not allows(principal.role, action):
        raise AccessDenied(REFUSALS[action], login=principal.login)
    if school_id is not None and not principal.sees_school(school_id):
        raise AccessDenied(NOT_YOUR_SCHOOL, login=principal.login)
    return principal


# The school a row belongs to, for the rows that entry points name by id.
_SCHOOL_OF: dict[type, Callable[[int], Select[tuple[int]]]] = {
    Teacher: lambda i: select(Teacher.school_id).where(Teacher.id == i),
    Observation: lambda i: select(Observation.school_id).where(Observation.id == i),
    VisitPlanEntry: lambda i: select(VisitPlanEntry.school_id).where(VisitPlanEntry.id == i),
    Activity: lambda i: select(Teacher.school_id)
    .join(Activity, Activity.teacher_id == Teacher.id)
    .where(Activity.id == i),
    ResultRow: lambda i: select(SchoolClass.school_id)
    .join(ResultRow, ResultRow.class_id == SchoolClass.id)
    .where(ResultRow.id == i),
}


def require_row(db: Database, action: Action, model: type, row_id: int) -> Principal:
    """`require` for a row named by its id (a teacher, an observation, a plan entry, an
    activity, a results row): the school is looked up only for a school-bound role."""
    principal = require(db, action)
    if principal.role in SCHOOL_BOUND:
        with db.session() as session:
            school_id = session.scalar(_SCHOOL_OF[model](row_id))
        if school_id is not None and not principal.sees_school(school_id):
            raise AccessDenied(NOT_YOUR_SCHOOL, login=principal.login)
    return principal


def require_rows(db: Database, action: Action, model: type, row_ids: Iterable[int]) -> None:
    for row_id in row_ids:
        require_row(db, action, model, row_id)


def require_read(db: Database, school_id: int | None) -> Principal:
    """READ of one school, or of every school at once (`school_id` None), which a role bound
    to its schools may not: its figures would include the others'."""
    principal = require(db, Action.READ, school_id)
    if school_id is None and principal.role in SCHOOL_BOUND:
        raise AccessDenied(ONE_SCHOOL, login=principal.login)
    return principal


def read_scope(db: Database, school_id: int | None) -> tuple[int, ...]:
    """READ of one school (checked), or of "all schools": for a role bound to its schools
    that means exactly the schools it reaches (refused when it reaches none); () for every
    school of the database. The scope aggregates are limited to."""
    principal = require(db, Action.READ, school_id)
    if school_id is not None or principal.role not in SCHOOL_BOUND:
        return ()
    if not principal.school_ids:
        raise AccessDenied(NOT_YOUR_SCHOOL, login=principal.login)
    return tuple(sorted(principal.school_ids))


def readable_school_ids(db: Database, wanted: Iterable[int] | None) -> list[int] | None:
    """The schools a district-wide read may cover: each of `wanted` checked, or with None
    every school (None) — for a role bound to its schools, those."""
    principal = require(db, Action.READ)
    if wanted is not None:
        chosen = list(wanted)
        for school_id in chosen:
            require(db, Action.READ, school_id)
        return chosen
    return sorted(principal.school_ids) if principal.role in SCHOOL_BOUND else None


def visible_school_ids(db: Database) -> frozenset[int] | None:
    """The schools the principal may see; None: every school."""
    principal = principal_of(db)
    return principal.school_ids if principal.role in SCHOOL_BOUND else None
