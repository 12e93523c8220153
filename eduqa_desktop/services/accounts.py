"""Accounts: logging in, and the administrator's list of who may do what.

A database without accounts works as one local user with every right; the first account made
must be an administrator, and whoever made it is logged in as it. From then on every handle
must log in (`log_in`) before the services do anything for it.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from functools import cache

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from eduqa_desktop.domain.roles import (
    MAX_FAILED_LOGINS,
    MIN_PASSWORD_LENGTH,
    Action,
    Role,
    after_failed_login,
    is_locked,
    login_key,
)
from eduqa_desktop.services import audit
from eduqa_desktop.services.access import Principal, has_accounts, principal_for, require
from eduqa_desktop.services.errors import NotFoundError, UserError
from eduqa_desktop.services.passwords import hash_password, needs_rehash, verify_password
from eduqa_desktop.storage.database import Database
from eduqa_desktop.storage.models import Account, School
from eduqa_desktop.storage.types import utc_now
from eduqa_desktop.text import QT_TRANSLATE_NOOP

WRONG_PASSWORD = QT_TRANSLATE_NOOP("Messages", "The name or the password is wrong.")
LOCKED = QT_TRANSLATE_NOOP(
    "Messages",
    "The account “{login}” is locked after {tries} wrong passwords. Try again in {minutes} "
    "min, or ask the administrator to reset the password.",
)
DISABLED = QT_TRANSLATE_NOOP(
    "Messages", "The account “{login}” is disabled. Ask the administrator."
)
LOGIN_EMPTY = QT_TRANSLATE_NOOP("Messages", "Write a login name.")
LOGIN_TAKEN = QT_TRANSLATE_NOOP("Messages", "An account “{login}” already exists.")
LOGIN_TOO_LONG = QT_TRANSLATE_NOOP("Messages", "A login name is at most 100 characters.")
PASSWORD_SHORT = QT_TRANSLATE_NOOP("Messages", "A password needs at least {count} characters.")
FIRST_IS_ADMIN = QT_TRANSLATE_NOOP(
    "Messages", "The first account must be an administrator, who then creates the others."
)
SCHOOL_NEEDED = QT_TRANSLATE_NOOP("Messages", "Choose the school of a school account.")
SCHOOLS_NEEDED = QT_TRANSLATE_NOOP(
    "Messages", "Choose at least one school for a methodologist or inspector."
)
NO_SUCH_SCHOOL = QT_TRANSLATE_NOOP("Messages", "The chosen school is not in this database.")
LAST_ADMINISTRATOR = QT_TRANSLATE_NOOP(
    "Messages",
    "“{login}” is the last active administrator: make another administrator first.",
)
NO_SUCH_ACCOUNT = QT_TRANSLATE_NOOP("Messages", "The account no longer exists.")


@cache
def _nobody() -> str:
    """Verified against when the name is unknown, so that a wrong name takes as long as a
    wrong password and does not tell which names exist."""
    return hash_password("no such account")


@dataclass(frozen=True)
class AccountInfo:
    id: int
    login: str
    display_name: str
    role: Role
    school_id: int | None  # a school account's school
    school_ids: tuple[int, ...]  # a methodologist's schools
    active: bool
    locked_until: datetime | None
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class AccountFields:
    """What the administrator fills in for an account (the password apart)."""

    login: str
    display_name: str
    role: Role
    school_id: int | None = None
    school_ids: tuple[int, ...] = ()
    active: bool = True


def fields_of(info: AccountInfo) -> AccountFields:
    """An account's fields as they are, to change one of them."""
    return AccountFields(
        login=info.login,
        display_name=info.display_name,
        role=info.role,
        school_id=info.school_id,
        school_ids=info.school_ids,
        active=info.active,
    )


# --- logging in ------------------------------------------------------------------------------


def log_in(db: Database, login: str, password: str, *, now: datetime | None = None) -> Principal:
    """Check the password and bind the account to `db`; a UserError says why not (a wrong
    name or password, locked after MAX_FAILED_LOGINS tries, disabled). Each failure is counted
    in the database, so a lockout holds across windows and computers."""
    now = now or utc_now()
    refusal: UserError | None = None
    with db.session() as session:
        account = _account_named(session, login)
        if account is None:
            verify_password(_nobody(), password)
            raise UserError(WRONG_PASSWORD)
        if is_locked(account.locked_until, now):
            raise _locked(account, now)
        if not verify_password(account.password_hash, password):
            account.failed_logins, account.locked_until = after_failed_login(
                account.failed_logins, now
            )
            # Committed with the block; the refusal is raised after it.
            refusal = _locked(account, now) if account.locked_until else UserError(WRONG_PASSWORD)
        elif not account.active:
            raise UserError(DISABLED, login=account.login)
        else:
            account.failed_logins, account.locked_until = 0, None
            if needs_rehash(account.password_hash):
                account.password_hash = hash_password(password)
            principal = principal_for(account)
    if refusal is not None:
        raise refusal
    db.principal = principal
    return principal


def _account_named(session: Session, login: str) -> Account | None:
    """The account of a login as typed: its exact spelling first (two accounts of an older
    file may differ by case alone), else any spelling (``domain.roles.login_key``)."""
    typed = login.strip()
    exact = session.scalar(select(Account).where(Account.login == typed))
    return exact or session.scalar(select(Account).where(Account.login_key == login_key(typed)))


def _locked(account: Account, now: datetime) -> UserError:
    assert account.locked_until is not None
    minutes = max(1, math.ceil((account.locked_until - now).total_seconds() / 60))
    return UserError(LOCKED, login=account.login, tries=MAX_FAILED_LOGINS, minutes=minutes)


def log_out(db: Database) -> None:
    db.principal = None


def current_principal(db: Database) -> Principal | None:
    principal = db.principal
    return principal if isinstance(principal, Principal) else None


# --- the administrator's list ----------------------------------------------------------------


def list_accounts(db: Database) -> list[AccountInfo]:
    require(db, Action.ACCOUNTS)
    with db.session() as session:
        accounts = session.scalars(select(Account).order_by(Account.login)).all()
        return [_info(a) for a in accounts]


def create_account(db: Database, fields: AccountFields, password: str) -> AccountInfo:
    """A new account. The first one (made by the local user of a database without accounts)
    must be an administrator, and the handle is then logged in as it."""
    first = not has_accounts(db)
    if not first:
        require(db, Action.ACCOUNTS)
    elif fields.role is not Role.ADMINISTRATOR:
        raise UserError(FIRST_IS_ADMIN)
    login = _checked_login(fields.login)
    _check_password(password)
    with db.session() as session:
        taken = session.scalar(select(Account.login).where(Account.login_key == login_key(login)))
        if taken is not None:
            raise UserError(LOGIN_TAKEN, login=taken)
        account = Account(login=login, password_hash=hash_password(password))
        _apply(session, account, fields)
        session.add(account)
        session.flush()
        audit.record(session, "create", "account", account.uuid, after=_audit(account))
        info, principal = _info(account), principal_for(account)
    if first:
        db.principal = principal
    return info


def update_account(db: Database, account_id: int, fields: AccountFields) -> AccountInfo:
    """Change an account's name, role, schools or active flag (its login stays)."""
    require(db, Action.ACCOUNTS)
    with db.session() as session:
        account = _account(session, account_id)
        before = _audit(account)
        leaves_admins = account.role is Role.ADMINISTRATOR and (
            fields.role is not Role.ADMINISTRATOR or not fields.active
        )
        if leaves_admins and account.active and _active_administrators(session) <= 1:
            raise UserError(LAST_ADMINISTRATOR, login=account.login)
        _apply(session, account, fields)
        audit.record(
            session, "update", "account", account.uuid, before=before, after=_audit(account)
        )
        return _info(account)


def reset_password(db: Database, account_id: int, password: str) -> None:
    """A new password set by the administrator; the account is unlocked too."""
    require(db, Action.ACCOUNTS)
    _check_password(password)
    with db.session() as session:
        account = _account(session, account_id)
        account.password_hash = hash_password(password)
        account.failed_logins, account.locked_until = 0, None
        audit.record(session, "reset_password", "account", account.uuid)


def _account(session: Session, account_id: int) -> Account:
    account = session.get(Account, account_id)
    if account is None:
        raise NotFoundError(NO_SUCH_ACCOUNT)
    return account


def _active_administrators(session: Session) -> int:
    return (
        session.scalar(
            select(func.count(Account.id)).where(
                Account.role == Role.ADMINISTRATOR, Account.active.is_(True)
            )
        )
        or 0
    )


def create_first_administrator(db: Database, login: str, password: str) -> AccountInfo:
    """The first start's optional step: the database's first account, an administrator (its
    login is also its name shown), logged in on `db` at once."""
    fields = AccountFields(login=login, display_name=login.strip(), role=Role.ADMINISTRATOR)
    return create_account(db, fields, password)


def _checked_login(login: str) -> str:
    login = login.strip()
    if not login:
        raise UserError(LOGIN_EMPTY)
    if len(login) > 100:
        raise UserError(LOGIN_TOO_LONG)
    return login


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise UserError(PASSWORD_SHORT, count=MIN_PASSWORD_LENGTH)


def _apply(session: Session, account: Account, fields: AccountFields) -> None:
    account.display_name = fields.display_name.strip()
    account.role = fields.role
    account.active = fields.active
    account.school_id = None
    account.assigned_schools = []
    if fields.role is Role.SCHOOL:
        if fields.school_id is None:
            raise UserError(SCHOOL_NEEDED)
        account.school_id = _schools(session, [fields.school_id])[0].id
    elif fields.role is Role.METHODOLOGIST:
        if not fields.school_ids:
            raise UserError(SCHOOLS_NEEDED)
        account.assigned_schools = _schools(session, fields.school_ids)


def _schools(session: Session, ids: Iterable[int]) -> list[School]:
    wanted = sorted(set(ids))
    found = session.scalars(select(School).where(School.id.in_(wanted))).all()
    if len(found) != len(wanted):
        raise UserError(NO_SUCH_SCHOOL)
    return list(found)


def _info(account: Account) -> AccountInfo:
    return AccountInfo(
        id=account.id,
        login=account.login,
        display_name=account.display_name,
        role=account.role,
        school_id=account.school_id,
        school_ids=tuple(sorted(s.id for s in account.assigned_schools)),
        active=account.active,
        locked_until=account.locked_until,
        created_at=account.created_at,
        updated_at=account.updated_at,
    )


def _audit(account: Account) -> dict[str, object]:
    return {
        "login": account.login,
        "display_name": account.display_name,
        "role": account.role.value,
        "school_id": account.school_id,
        "school_ids": sorted(s.id for s in account.assigned_schools),
        "active": account.active,
    }
