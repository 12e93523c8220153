"""Logins are one whatever their case ("Ахмедов" is "ахмедов"), and a file made before
revision 0013 with two logins that differ only by case keeps both working."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from engines import new_location
from sqlalchemy import create_engine, select

from eduqa_desktop.domain.roles import Role
from eduqa_desktop.services import accounts
from eduqa_desktop.services.accounts import AccountFields
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.passwords import hash_password
from eduqa_desktop.storage.database import Database, alembic_config, open_database
from eduqa_desktop.storage.models import Account

PASSWORD = "Toshkent-2026"


def _other_handle(db: Database) -> Database:
    return open_database(db.engine.url.render_as_string(hide_password=False))


def test_a_login_is_found_in_any_case_cyrillic_and_latin(school_db: Database) -> None:
    fields = AccountFields(login="Ахмедов", display_name="", role=Role.ADMINISTRATOR)
    accounts.create_account(school_db, fields, PASSWORD)
    for typed in ("ахмедов", "АХМЕДОВ", "  аХмЕдОв "):
        other = _other_handle(school_db)
        try:
            assert accounts.log_in(other, typed, PASSWORD).login == "Ахмедов"  # as it was made
        finally:
            other.close()


def test_a_second_spelling_of_a_login_is_refused_naming_the_first(school_db: Database) -> None:
    admin = AccountFields(login="ahmedov", display_name="", role=Role.ADMINISTRATOR)
    accounts.create_account(school_db, admin, PASSWORD)
    clash = AccountFields(login="AHMEDOV", display_name="", role=Role.VIEWER)
    with pytest.raises(UserError, match="“ahmedov” already exists"):
        accounts.create_account(school_db, clash, PASSWORD)
    with school_db.session() as session:
        assert session.scalars(select(Account.login)).all() == ["ahmedov"]


def test_wrong_passwords_count_against_the_account_in_every_spelling(
    school_db: Database,
) -> None:
    fields = AccountFields(login="Karimova", display_name="", role=Role.ADMINISTRATOR)
    accounts.create_account(school_db, fields, PASSWORD)
    other = _other_handle(school_db)
    try:
        for typed in ("karimova", "KARIMOVA"):
            with pytest.raises(UserError):
                accounts.log_in(other, typed, "wrong password")
    finally:
        other.close()
    with school_db.session() as session:
        assert session.scalar(select(Account.failed_logins)) == 2


def _at_revision_0012_with(tmp_path: Path, logins: list[str]) -> str | Path:
    """A database of the release before 0013 with these accounts (administrators)."""
    location = new_location(tmp_path, "before 0013")
    engine = create_engine(f"sqlite:///{location}" if isinstance(location, Path) else location)
    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0012")
        for number, login in enumerate(logins, start=1):
            connection.execute(
                Account.__table__.insert().values(
                    login=login,
                    display_name="",
                    role="administrator",
                    password_hash=hash_password(PASSWORD),
                    failed_logins=0,
                    active=True,
                    row_version=1,
                    uuid=f"00000000-0000-0000-0000-{number:012d}",
                    created_at=accounts.utc_now(),
                    updated_at=accounts.utc_now(),
                )
            )
    engine.dispose()
    return location


def test_logins_that_differ_only_by_case_keep_working_after_the_upgrade(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import eduqa_desktop.storage.database as database

    monkeypatch.setattr(database, "_back_up_server", lambda *_args: None)  # no pg_dump needed
    location = _at_revision_0012_with(tmp_path, ["Ahmedov", "ahmedov", "Nazarova"])
    db = open_database(location)
    try:
        with db.session() as session:
            keys = dict(session.execute(select(Account.login, Account.login_key)).all())
        assert keys == {"Ahmedov": "ahmedov", "ahmedov": None, "Nazarova": "nazarova"}
        for login, typed in (
            ("Ahmedov", "Ahmedov"),
            ("ahmedov", "ahmedov"),
            ("Nazarova", "NAZAROVA"),
        ):
            other = open_database(location)
            try:
                assert accounts.log_in(other, typed, PASSWORD).login == login
            finally:
                other.close()
        accounts.log_in(db, "Ahmedov", PASSWORD)
        third = AccountFields(login="AHMEDOV", display_name="", role=Role.VIEWER)
        with pytest.raises(UserError, match="already exists"):
            accounts.create_account(db, third, PASSWORD)
    finally:
        db.close()
