"""Opening a database: create or upgrade its schema with Alembic, set the SQLite pragmas.

`open_database(path_or_url)` is the only way in. It copies an existing file to a backup in
backups/ beside it before upgrading it, and refuses a database written by a newer version of
the app.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
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

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_MS = 10_000


class DatabaseError(Exception):
    """A database cannot be opened; the message says why in plain words."""


class DatabaseTooNewError(DatabaseError):
    """The file was written by a newer version of EduQA Desktop."""


class NotADatabaseError(DatabaseError):
    """The file is not an EduQA (or any SQLite) database."""


@dataclass
class Database:
    """An open database: its engine, where it lives, and a unit-of-work factory."""

    engine: Engine
    url: str
    path: Path | None
    schema_revision: str
    backup_path: Path | None = None

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any error."""
        session = self._sessions()
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
        raw = None
        try:
            with self.session() as session:
                if self.engine.dialect.name == "sqlite":
                    connection = session.connection()
                    connection.exec_driver_sql("PRAGMA synchronous=FULL")
                    raw = connection.connection.dbapi_connection
                yield session
        finally:
            # SQLite refuses to change the setting inside a transaction that wrote: restore it
            # on the same connection once the transaction is over.
            if raw is not None:
                raw.execute("PRAGMA synchronous=NORMAL")

    def close(self) -> None:
        self.engine.dispose()


def alembic_config() -> Config:
    from alembic.config import Config  # Alembic is imported only when a schema changes

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def known_revisions() -> list[str]:
    """Revision ids of the shipped migrations, oldest first (files are named NNNN_*.py).

    Read from the file names so that opening an up-to-date database does not import
    Alembic (about half a second on an office PC); a test checks this against Alembic.
    """
    return sorted(
        path.name.split("_", 1)[0]
        for path in (MIGRATIONS_DIR / "versions").glob("[0-9][0-9][0-9][0-9]_*.py")
    )


def head_revision() -> str:
    return known_revisions()[-1]


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
    with path.open("rb") as handle:
        magic = handle.read(16)
    if magic != b"SQLite format 3\x00":
        raise NotADatabaseError(f"{path} is not an EduQA database (not an SQLite file).")


def open_database(path_or_url: str | Path) -> Database:
    """Open (creating or upgrading as needed) the database at a path or SQLAlchemy URL."""
    from eduqa_desktop.storage import audit_chain

    audit_chain.install()  # every audit entry carries the hash of the one before
    url, path = _to_url(path_or_url)
    if path is not None:
        _check_is_sqlite_file(path)
        path.parent.mkdir(parents=True, exist_ok=True)
    existed = path is not None and path.exists() and path.stat().st_size > 0

    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _set_sqlite_pragmas)
    try:
        current = _current_revision(engine, path)
        backup_path = None
        head = head_revision()
        if current != head:
            if existed and current is not None and path is not None:
                backup_path = backup_before_upgrade(path, current)
            _upgrade(engine)
    except BaseException:
        engine.dispose()
        raise
    return Database(
        engine=engine, url=url, path=path, schema_revision=head, backup_path=backup_path
    )


def _current_revision(engine: Engine, path: Path | None) -> str | None:
    from sqlalchemy.exc import DatabaseError as SADatabaseError

    try:
        with engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
            current = (
                connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
                if "alembic_version" in tables
                else None
            )
    except SADatabaseError as error:
        raise NotADatabaseError(
            f"{path or engine.url} cannot be read as a database: {error}"
        ) from error
    if current is None and tables - {"alembic_version"}:
        raise NotADatabaseError(
            f"{path or engine.url} is an SQLite database of another program, not EduQA."
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
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    if engine.dialect.name == "sqlite":
        with engine.connect() as connection:  # pooled: back to the everyday setting
            connection.exec_driver_sql("PRAGMA synchronous=NORMAL")
    log.info("database %s upgraded to %s", engine.url, head_revision())
