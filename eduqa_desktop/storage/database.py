"""Opening a database: create or upgrade its schema with Alembic, set the SQLite pragmas.

`open_database(path_or_url)` is the only way in: a file, or a SQLAlchemy URL of a server
(PostgreSQL through psycopg). It backs up an existing database before upgrading it (a copy of
the file in backups/ beside it; `pg_dump` of a server, or the caller's consent when it
cannot), and refuses a database written by a newer version of the app.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

if TYPE_CHECKING:
    from alembic.config import Config

from eduqa_desktop.storage.backup import backup_before_upgrade
from eduqa_desktop.storage.data_stamp import watch_writes
from eduqa_desktop.storage.database_errors import (  # noqa: F401 - re-exported for callers
    BackupNeededError,
    DatabaseError,
    DatabaseTooNewError,
    DriverMissingError,
    NotADatabaseError,
    ServerUnreachableError,
    is_url,
)
from eduqa_desktop.storage.schema_files import (
    MIGRATIONS_DIR,
    head_revision,
    known_revisions,
)
from eduqa_desktop.storage.server_backup import ServerBackupUnavailable, dump_before_upgrade
from eduqa_desktop.storage.sqlite_file import has_sqlite_header

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000


# Asked before a server database is upgraded with no backup: the revision it is at, and the
# reason no backup was made; True goes on.
ConfirmUpgrade = Callable[[str, str], bool]


@dataclass
class Database:
    """An open database: its engine, where it lives, and a unit-of-work factory."""

    engine: Engine
    url: str  # without any password: safe to show and to keep in the preferences
    path: Path | None
    schema_revision: str
    backup_path: Path | None = None
    # Who works through this handle (services/access.py's Principal; None: nobody logged in).
    # Every session carries it in `info["principal"]`, and the audit log records its login.
    principal: Any = None

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any error."""
        session = self._sessions(info={"principal": self.principal})
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def durable_session(self) -> Iterator[Session]:
        """Like `session`, with `synchronous=FULL` for the big writes (imports)."""
        with self.session() as session:
            if self.engine.dialect.name == "sqlite":
                connection = session.connection()
                connection.exec_driver_sql("PRAGMA synchronous=FULL")
                connection.connection.info[_SYNCHRONOUS_FULL] = True
            yield session

    @property
    def on_server(self) -> bool:
        return self.path is None and self.engine.dialect.name != "sqlite"

    def close(self) -> None:
        self.engine.dispose()


def alembic_config() -> Config:
    from alembic.config import Config  # Alembic is imported only when a schema changes

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


_SYNCHRONOUS_FULL = "eduqa_synchronous_full"


def _restore_synchronous(dbapi_connection: Any, record: Any) -> None:
    """A connection that a durable session set to `synchronous=FULL` goes back to NORMAL as it
    returns to the pool, its transaction over (SQLite refuses the change inside a transaction
    that wrote), before any other session can take it. A connection closed meanwhile (the
    pool disposed) has nothing to restore."""
    if record.info.pop(_SYNCHRONOUS_FULL, False) and dbapi_connection is not None:
        dbapi_connection.execute("PRAGMA synchronous=NORMAL")


def _set_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _to_url(path_or_url: str | Path) -> tuple[str, Path | None]:
    text = str(path_or_url)
    if "://" in text:
        url = make_url(text)
        database = url.database
        if url.get_backend_name() == "sqlite" and database and database != ":memory:":
            return text, Path(database)
        return text, None
    path = Path(text).expanduser()
    return f"sqlite:///{path}", path


def _check_is_sqlite_file(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        return
    if not has_sqlite_header(path):
        raise NotADatabaseError(f"{path} is not an EduQA database (not an SQLite file).")


def open_database(
    path_or_url: str | Path, *, confirm_unbacked_upgrade: ConfirmUpgrade | None = None
) -> Database:
    """Open (creating or upgrading as needed) the database at a path or SQLAlchemy URL.

    A server database that needs an upgrade is dumped first with `pg_dump`; without it,
    `confirm_unbacked_upgrade` is asked, and without that (or on "no") BackupNeededError.
    """
    from eduqa_desktop.storage import audit_chain

    audit_chain.install()  # every audit entry carries the hash of the one before
    url, path = _to_url(path_or_url)
    if path is not None:
        _check_is_sqlite_file(path)
        path.parent.mkdir(parents=True, exist_ok=True)
    existed = path is not None and path.exists() and path.stat().st_size > 0

    engine = _create_engine(url)
    shown = engine.url._replace(password=None).render_as_string(hide_password=False)
    try:
        current = _current_revision(engine, path)
        backup_path = None
        head = head_revision()
        if current != head:
            if existed and current is not None and path is not None:
                backup_path = backup_before_upgrade(path, current)
            elif path is None and current is not None:
                backup_path = _back_up_server(engine, current, confirm_unbacked_upgrade)
            _upgrade(engine)
    except BaseException:
        engine.dispose()
        raise
    return Database(
        engine=engine, url=shown, path=path, schema_revision=head, backup_path=backup_path
    )


def _create_engine(url: str) -> Engine:
    try:
        engine = create_engine(url)
    except ImportError as error:  # the URL's driver (psycopg) is not installed
        raise DriverMissingError(
            f"The driver for {make_url(url).get_backend_name()} is not installed "
            f"(pip install eduqa-desktop[server]): {error}"
        ) from error
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _set_sqlite_pragmas)
        event.listen(engine, "checkin", _restore_synchronous)
    watch_writes(engine)  # what data_stamp needs to tell a transaction that wrote
    return engine


def _back_up_server(engine: Engine, current: str, confirm: ConfirmUpgrade | None) -> Path | None:
    try:
        return dump_before_upgrade(engine.url, current)
    except ServerBackupUnavailable as why:
        if confirm is not None and confirm(current, str(why)):
            log.warning("upgrading %s from %s without a backup: %s", engine.url, current, why)
            return None
        raise BackupNeededError(
            f"{engine.url} must be upgraded from schema {current} and no backup could be "
            f"made ({why}): the administrator must back the database up first.",
            current,
        ) from why


def _current_revision(engine: Engine, path: Path | None) -> str | None:
    from sqlalchemy.exc import DatabaseError as SADatabaseError
    from sqlalchemy.exc import OperationalError

    try:
        with engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
            current = (
                connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
                if "alembic_version" in tables
                else None
            )
    except OperationalError as error:
        if path is None:  # a server: refused, unreachable, no such database or login
            reason = str(error.orig).strip() if error.orig is not None else str(error)
            raise ServerUnreachableError(
                f"cannot connect to {engine.url}: {reason}", reason
            ) from error
        raise NotADatabaseError(f"{path} cannot be read as a database: {error}") from error
    except SADatabaseError as error:
        raise NotADatabaseError(
            f"{path or engine.url} cannot be read as a database: {error}"
        ) from error
    if current is None and tables - {"alembic_version"}:
        raise NotADatabaseError(
            f"{path or engine.url} is a database of another program, not EduQA."
        )
    if current is not None and current not in known_revisions():
        raise DatabaseTooNewError(
            f"{path or engine.url} was made by a newer version of EduQA Desktop "
            f"(schema {current}). Install the newer version to open it."
        )
    return current


def _upgrade(engine: Engine) -> None:
    from alembic import command

    config = alembic_config()
    with engine.begin() as connection:
        if engine.dialect.name == "sqlite":
            connection.exec_driver_sql("PRAGMA synchronous=FULL")
            # Python's sqlite3 runs CREATE/ALTER/DROP outside any transaction unless one is
            # begun by hand: without this, an upgrade cut off midway (a crash, a kill) left
            # some of its indexes and tables behind at the old revision, and failed for good.
            connection.exec_driver_sql("BEGIN")
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    if engine.dialect.name == "sqlite":
        with engine.connect() as connection:  # pooled: back to the everyday setting
            connection.exec_driver_sql("PRAGMA synchronous=NORMAL")
    log.info("database %s upgraded to %s", engine.url, head_revision())
