"""Accounts: the first administrator, logging in (wrong password, lockout and its end with an
injected clock, a disabled account), and the audit log recording the account in its chain."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from eduqa_desktop.domain.roles import LOCKOUT, MAX_FAILED_LOGINS, Role
from eduqa_desktop.services import accounts
from eduqa_desktop.services.access import REFRESH_SECONDS, LoginRequired, principal_of
from eduqa_desktop.services.accounts import AccountFields
from eduqa_desktop.services.audit import verify_record
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.settings_store import set_setting
from eduqa_desktop.storage.database import Database, open_database
from eduqa_desktop.storage.models import Account, AuditEntry

NOW = datetime(2026, 12, 4, 9, 0)
ADMIN = AccountFields(login="admin", display_name="Dilnoza Karimova", role=Role.ADMINISTRATOR)


def _other_handle(db: Database) -> Database:
    """A second window or computer on the same database: nobody logged in yet."""
    return open_database(db.engine.url.render_as_string(hide_password=False))


def test_without_accounts_the_local_user_may_do_everything(school_db: Database) -> None:
    assert principal_of(school_db).local
    set_setting(school_db, "k", 1)  # no login asked for


def test_the_first_account_must_be_an_administrator_and_logs_in(school_db: Database) -> None:
    with pytest.raises(UserError, match="first account must be an administrator"):
        accounts.create_account(school_db, AccountFields("v", "", Role.VIEWER), "long enough")
    info = accounts.create_account(school_db, ADMIN, "correct horse")
    assert info.role is Role.ADMINISTRATOR
    assert principal_of(school_db).login == "admin"
    with school_db.session() as session:
        stored = session.scalar(select(Account.password_hash))
    assert stored.startswith("$argon2id$") and "correct horse" not in stored

    other = _other_handle(school_db)
    try:
        with pytest.raises(LoginRequired):
            set_setting(other, "k", 1)
        with pytest.raises(LoginRequired):
            principal_of(other)
    finally:
        other.close()


def test_a_short_password_and_a_taken_login_are_refused(school_db: Database) -> None:
    with pytest.raises(UserError, match="at least 8 characters"):
        accounts.create_account(school_db, ADMIN, "short")
    accounts.create_account(school_db, ADMIN, "correct horse")
    with pytest.raises(UserError, match="already exists"):
        accounts.create_account(school_db, ADMIN, "another one")


def test_wrong_password_then_lockout_then_allowed_after_the_time(school_db: Database) -> None:
    accounts.create_account(school_db, ADMIN, "correct horse")
    db = _other_handle(school_db)
    try:
        with pytest.raises(UserError, match="name or the password is wrong"):
            accounts.log_in(db, "nobody", "correct horse", now=NOW)
        for _ in range(MAX_FAILED_LOGINS - 1):
            with pytest.raises(UserError, match="name or the password is wrong"):
                accounts.log_in(db, "admin", "wrong", now=NOW)
        with pytest.raises(UserError, match="locked after 5 wrong passwords") as locked:
            accounts.log_in(db, "admin", "wrong", now=NOW)
        assert locked.value.params["minutes"] == LOCKOUT.total_seconds() // 60
        # locked: even the right password is refused until the time is over
        with pytest.raises(UserError, match="locked"):
            accounts.log_in(db, "admin", "correct horse", now=NOW + LOCKOUT / 2)
        assert db.principal is None
        principal = accounts.log_in(db, "admin", "correct horse", now=NOW + LOCKOUT)
        assert principal.login == "admin" and db.principal == principal
        with db.session() as session:
            account = session.scalar(select(Account))
            assert (account.failed_logins, account.locked_until) == (0, None)
    finally:
        db.close()


def test_a_disabled_account_cannot_log_in(school_db: Database) -> None:
    accounts.create_account(school_db, ADMIN, "correct horse")
    viewer = accounts.create_account(
        school_db, AccountFields("guest", "Guest", Role.VIEWER), "guest password"
    )
    accounts.update_account(
        school_db, viewer.id, AccountFields("guest", "Guest", Role.VIEWER, active=False)
    )
    with pytest.raises(UserError, match="“guest” is disabled"):
        accounts.log_in(school_db, "guest", "guest password", now=NOW)


def test_the_last_administrator_cannot_be_demoted_or_disabled(school_db: Database) -> None:
    admin = accounts.create_account(school_db, ADMIN, "correct horse")
    for change in ({"role": Role.VIEWER}, {"active": False}):
        fields = AccountFields(**{**ADMIN.__dict__, **change})
        with pytest.raises(UserError, match="last active administrator"):
            accounts.update_account(school_db, admin.id, fields)


def test_reset_password_unlocks(school_db: Database) -> None:
    accounts.create_account(school_db, ADMIN, "correct horse")
    viewer = accounts.create_account(
        school_db, AccountFields("guest", "", Role.VIEWER), "guest password"
    )
    other = _other_handle(school_db)
    try:
        for _ in range(MAX_FAILED_LOGINS):
            with pytest.raises(UserError):
                accounts.log_in(other, "guest", "wrong", now=NOW)
        accounts.reset_password(school_db, viewer.id, "a new password")
        assert accounts.log_in(other, "guest", "a new password", now=NOW).role is Role.VIEWER
    finally:
        other.close()


def test_each_audit_entry_carries_the_account_and_the_chain_stays_whole(
    school_db: Database,
) -> None:
    set_setting(school_db, "before", 1)  # an entry made before there were accounts
    accounts.create_account(school_db, ADMIN, "correct horse")
    set_setting(school_db, "after", 2)
    with school_db.session() as session:
        entries = session.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
        accounts_of = {(e.entity, next(iter(e.after or {"": 0}))): e.account for e in entries}
        last = entries[-1]
        assert accounts_of[("setting", "before")] is None
        # the first account is made by the local user of a database without accounts
        assert accounts_of[("account", "active")] is None
        assert accounts_of[("setting", "after")] == last.account == "admin"
    assert verify_record(school_db).whole

    # the account is part of what is hashed: changing it breaks the chain at that entry
    with school_db.session() as session:
        session.get(AuditEntry, last.id).account = "someone else"
    report = verify_record(school_db)
    assert report.broken_at == last.id and report.reason == "changed"


def test_without_a_clock_log_in_uses_the_current_time(school_db: Database) -> None:
    """Without `now`, log_in uses the current UTC time: an account locked in the past is open."""
    accounts.create_account(school_db, ADMIN, "correct horse")
    with school_db.session() as session:
        session.scalar(select(Account)).locked_until = datetime.now() - timedelta(days=1)
    assert accounts.log_in(school_db, "admin", "correct horse").login == "admin"


def test_a_change_by_the_administrator_reaches_a_logged_in_account(school_db: Database) -> None:
    """Within REFRESH_SECONDS the handle keeps what it read; after them it reads the account
    again (the clock is moved by ageing the principal, no sleeping)."""
    accounts.create_account(school_db, ADMIN, "correct horse")
    guest = accounts.create_account(
        school_db, AccountFields("guest", "", Role.VIEWER), "guest password"
    )
    other = _other_handle(school_db)
    try:
        accounts.log_in(other, "guest", "guest password", now=NOW)
        accounts.update_account(school_db, guest.id, AccountFields("guest", "", Role.ADMINISTRATOR))
        assert principal_of(other).role is Role.VIEWER  # read a moment ago
        other.principal = replace(other.principal, read_at=-REFRESH_SECONDS)
        assert principal_of(other).role is Role.ADMINISTRATOR
        set_setting(other, "k", 1)

        accounts.update_account(
            school_db, guest.id, AccountFields("guest", "", Role.VIEWER, active=False)
        )
        other.principal = replace(other.principal, read_at=-REFRESH_SECONDS)
        with pytest.raises(LoginRequired, match="“guest” has been disabled or removed"):
            set_setting(other, "k", 2)
        assert other.principal is None
    finally:
        other.close()
