"""Where the tests' databases live: files in the test's folder, or — when
``EDUQA_TEST_DATABASE_URL`` names a PostgreSQL database (the second run in CI) — a schema of
their own in that database, created for the test and dropped after it.

A location is what ``open_database`` and every ``--db`` accept: a file path or a URL.
"""

from __future__ import annotations

import os
import re
import shutil
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

if TYPE_CHECKING:
    from eduqa_desktop.storage.database import Database

SERVER_URL = os.environ.get("EDUQA_TEST_DATABASE_URL") or None
ON_SERVER = SERVER_URL is not None

_admin: Engine | None = None
_this_test: list[str] = []  # schemas made during the running test, dropped after it
_long_lived: list[str] = []  # templates of a module or of the whole run


def _server() -> Engine:
    global _admin
    if _admin is None:
        assert SERVER_URL is not None
        _admin = create_engine(SERVER_URL, isolation_level="AUTOCOMMIT")
    return _admin


def schema_url(schema: str) -> str:
    """The server URL with ``schema`` first on the search path; the schema's name is also the
    connection's application name, so that its sessions can be found and ended."""
    assert SERVER_URL is not None
    url = make_url(SERVER_URL).update_query_dict(
        {"options": f"-csearch_path={schema}", "application_name": schema}
    )
    return url.render_as_string(hide_password=False)


def new_location(folder: Path, name: str, *, keep: bool = False) -> Path | str:
    """A place for a new, empty database called ``name``. ``keep``: a template that lives until
    the end of the run (the default: until the end of the test)."""
    if not ON_SERVER:
        return Path(folder) / f"{name}.sqlite3"
    schema = f"t_{re.sub(r'[^a-z0-9]', '_', name.lower())[:24]}_{uuid.uuid4().hex[:10]}"
    with _server().connect() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    (_long_lived if keep else _this_test).append(schema)
    return schema_url(schema)


def copy_location(source: Path | str, folder: Path, name: str) -> Path | str:
    """A copy of the database at ``source`` (made by ``new_location``), to change freely."""
    if not ON_SERVER:
        target = Path(folder) / f"{name}.sqlite3"
        shutil.copyfile(source, target)
        return target
    from eduqa_desktop.storage.database import open_database

    target = new_location(folder, name)
    open_database(target).close()  # the schema, by the app's own migrations
    source_schema, target_schema = _schema_of(str(source)), _schema_of(str(target))
    with (
        _server().connect().execution_options(isolation_level="READ COMMITTED") as connection,
        connection.begin(),
    ):
        # one transaction, foreign keys unchecked: the tables are copied in any order
        connection.execute(text("SET LOCAL session_replication_role = replica"))
        tables = connection.scalars(
            text(
                "SELECT table_name FROM information_schema.tables "
                "WHERE table_schema = :s AND table_name <> 'alembic_version'"
            ),
            {"s": source_schema},
        ).all()
        for table in tables:
            into, out_of = f'"{target_schema}"."{table}"', f'"{source_schema}"."{table}"'
            connection.execute(text(f"INSERT INTO {into} SELECT * FROM {out_of}"))
        serials = connection.execute(
            text(
                "SELECT table_name, column_name FROM information_schema.columns "
                "WHERE table_schema = :s AND column_default LIKE 'nextval(%'"
            ),
            {"s": target_schema},
        ).all()
        for table, column in serials:
            qualified = f'"{target_schema}"."{table}"'
            connection.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{qualified}', '{column}'), "
                    f'COALESCE(MAX("{column}"), 1), MAX("{column}") IS NOT NULL) FROM {qualified}'
                )
            )
    return target


def _schema_of(url: str) -> str:
    return str(make_url(url).query["application_name"])


def drop_schemas(*, long_lived: bool = False) -> None:
    """Drop the schemas of the test that ended (and the templates at the end of the run),
    ending first any session a test left open on them."""
    schemas = _long_lived if long_lived else _this_test
    if not schemas:
        return
    with _server().connect() as connection:
        for schema in schemas:
            connection.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE application_name = :s AND pid <> pg_backend_pid()"
                ),
                {"s": schema},
            )
            connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
    schemas.clear()


def location_of(db: Database) -> str:
    """What to pass to --db for an open database: its file, or its server's URL (password
    included: the test's own throw-away login)."""
    if db.path is not None:
        return str(db.path)
    return db.engine.url.render_as_string(hide_password=False)


def name_of(db: Database) -> str:
    """A short name that tells the test's databases apart: the file's, or the schema's."""
    if db.path is not None:
        return db.path.name
    return str(make_url(location_of(db)).query["application_name"])
