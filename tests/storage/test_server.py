"""A database on a PostgreSQL server (EDUQA_TEST_DATABASE_URL): the same schema as the models,
migrated from 0001 by the app with a pg_dump backup first — or, without pg_dump, only with the
user's consent; a wrong password or a missing driver is a plain refusal."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from engines import ON_SERVER, new_location
from sqlalchemy import create_engine, select
from sqlalchemy.engine import make_url

from eduqa_desktop.storage import server_backup
from eduqa_desktop.storage.database import (
    BackupNeededError,
    ServerUnreachableError,
    alembic_config,
    head_revision,
    open_database,
)
from eduqa_desktop.storage.models import Base, School

pytestmark = pytest.mark.skipif(not ON_SERVER, reason="needs EDUQA_TEST_DATABASE_URL")


def test_the_migrations_make_the_models_schema_on_the_server(db) -> None:  # type: ignore[no-untyped-def]
    assert db.on_server and db.path is None
    assert make_url(db.url).password is None  # shown and kept without it
    with db.engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []


def _at_revision_0001(tmp_path: Path) -> str:
    """A server database the first release made, with one school in it."""
    location = str(new_location(tmp_path, "old"))
    engine = create_engine(location)
    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.exec_driver_sql(
            "INSERT INTO schools (name, district, region, uuid, created_at, updated_at) VALUES "
            "('Eski maktab', '', '', '00000000-0000-0000-0000-000000000001', now(), now())"
        )
    engine.dispose()
    return location


@pytest.mark.skipif(shutil.which("pg_dump") is None, reason="pg_dump is not on PATH")
def test_a_0001_database_is_dumped_then_upgraded_keeping_its_data(tmp_path: Path) -> None:
    location = _at_revision_0001(tmp_path)
    db = open_database(location)
    assert db.schema_revision == head_revision() != "0001"
    assert db.backup_path is not None and db.backup_path.stat().st_size > 0
    assert db.backup_path.parent == server_backup.backup_folder()
    assert "before-0001-" in db.backup_path.name
    with db.session() as session:
        assert session.scalars(select(School.name)).all() == ["Eski maktab"]
    with db.engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []
    db.close()
    if shutil.which("pg_restore"):  # the dump is of that schema, at 0001
        listing = subprocess.run(
            ["pg_restore", "--list", str(db.backup_path)], capture_output=True, text=True
        ).stdout
        assert "TABLE public" not in listing and "TABLE" in listing and "schools" in listing
    again = open_database(location)
    assert again.backup_path is None  # nothing to upgrade, nothing backed up
    again.close()


def test_without_pg_dump_the_upgrade_waits_for_consent(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    location = _at_revision_0001(tmp_path)
    monkeypatch.setattr(server_backup.shutil, "which", lambda _name: None)
    asked: list[tuple[str, str]] = []

    def refuse(revision: str, reason: str) -> bool:
        asked.append((revision, reason))
        return False

    with pytest.raises(BackupNeededError, match="administrator must back the database up"):
        open_database(location, confirm_unbacked_upgrade=refuse)
    assert asked == [("0001", "pg_dump is not on PATH")]
    with pytest.raises(BackupNeededError):  # nobody to ask: refused the same way
        open_database(location)
    engine = create_engine(location)
    with engine.connect() as connection:  # untouched
        assert connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == (
            "0001"
        )
    engine.dispose()

    db = open_database(location, confirm_unbacked_upgrade=lambda _rev, _why: True)
    assert db.schema_revision == head_revision() and db.backup_path is None
    db.close()


def test_a_wrong_password_is_a_plain_refusal(tmp_path: Path) -> None:
    url = make_url(str(new_location(tmp_path, "locked"))).set(password="not-the-password")
    with pytest.raises(ServerUnreachableError) as refused:
        open_database(url.render_as_string(hide_password=False))
    assert "password authentication failed" in refused.value.reason
    assert "not-the-password" not in str(refused.value)
