"""A stamp of the data committed to a database: a value that changes whenever that data may
have changed, by this process or any other.

It lets a service keep a costly answer (a district's attention signals: seconds of work over
half a million results rows) for as long as the data under it is the same. The rule that makes
it safe: a change always gives a new stamp; a new stamp without a change only costs a reuse.

- SQLite (WAL mode): the database file and its ``-wal`` (inode, size, time of the last write)
  and the ``-wal``'s header, whose salts change each time SQLite starts the log afresh; every
  commit appends to the log or writes the file.
- PostgreSQL: the server's current snapshot (``xmin:xmax:in-progress``): any transaction that
  writes takes an id above ``xmax`` or leaves the in-progress list when it ends.
- A transaction that has itself written sees data nobody committed: no stamp (``None``), and
  so for any other engine.
"""

from __future__ import annotations

from collections.abc import Hashable
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine

__all__ = ["data_stamp", "watch_writes"]

_WROTE = "eduqa_wrote"  # connection.info: this transaction has sent a write
_WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "ALTER")
WAL_HEADER_BYTES = 32


def watch_writes(engine: Engine) -> None:
    """Note on each connection whether its transaction has written (see :func:`data_stamp`)."""
    event.listen(engine, "after_cursor_execute", _note_write)
    for name in ("commit", "rollback"):
        event.listen(engine, name, _forget_writes)
    event.listen(engine, "checkin", _forget_checked_in)


def data_stamp(connection: Connection) -> Hashable | None:
    """The stamp of what ``connection``'s database holds now; ``None``: do not reuse answers."""
    if connection.info.get(_WROTE):
        return None
    dialect = connection.dialect.name
    if dialect == "sqlite":
        database = connection.engine.url.database
        if not database or database == ":memory:" or database.startswith("file:"):
            return None
        return ("sqlite", *_sqlite_files(Path(database)))
    if dialect == "postgresql":
        modern = (connection.dialect.server_version_info or (0,)) >= (13,)
        function = "pg_current_snapshot" if modern else "txid_current_snapshot"
        snapshot = connection.exec_driver_sql(f"SELECT {function}()::text").scalar()
        url = connection.engine.url.render_as_string(hide_password=True)
        return ("postgresql", url, snapshot)
    return None


def _sqlite_files(path: Path) -> tuple[Hashable, ...]:
    wal = path.with_name(path.name + "-wal")
    header = b""
    try:
        with wal.open("rb") as log:
            header = log.read(WAL_HEADER_BYTES)
    except OSError:
        pass  # no log now (none written since the last close)
    return (str(path.resolve()), _state(path), _state(wal), header)


def _state(path: Path) -> tuple[int, int, int] | None:
    try:
        found = path.stat()
    except OSError:
        return None
    return found.st_ino, found.st_size, found.st_mtime_ns


def _note_write(
    connection: Connection,
    _cursor: Any,
    statement: str,
    _parameters: Any,
    context: Any,
    _executemany: bool,
) -> None:
    compiled_write = context is not None and (
        context.isinsert or context.isupdate or context.isdelete
    )
    if compiled_write or statement.lstrip()[:7].upper().startswith(_WRITES):
        connection.info[_WROTE] = True


def _forget_writes(connection: Connection) -> None:
    connection.info.pop(_WROTE, None)


def _forget_checked_in(_dbapi_connection: Any, record: Any) -> None:
    record.info.pop(_WROTE, None)  # back in the pool: its transaction is over
