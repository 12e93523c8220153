"""One import per school at a time, on a server and on a file alike.

The lock is a row of `import_locks`, written and committed in its own short transaction before
the import's long one begins, so that anyone else sees it at once (a reader never waits, on
PostgreSQL or in SQLite's WAL mode) and is told who is importing and since when. Two imports
that start at the same instant meet on the row's primary key: one of them is refused. A lock
left by a crash is taken over once it is older than STALE_AFTER.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta

from sqlalchemy import delete
from sqlalchemy.exc import IntegrityError

from eduqa_desktop.storage.database import Database
from eduqa_desktop.storage.models import ImportLock
from eduqa_desktop.storage.types import utc_now

STALE_AFTER = timedelta(hours=2)


class SchoolBusy(Exception):
    """Another import is writing into the school."""

    def __init__(self, holder: str, since: datetime) -> None:
        super().__init__(f"{holder or 'someone'} has been importing into this school since {since}")
        self.holder = holder
        self.since = since


@contextmanager
def school_import_lock(db: Database, school_id: int, holder: str) -> Iterator[None]:
    """Held while an import writes into `school_id`; SchoolBusy when another one does."""
    _take(db, school_id, holder)
    try:
        yield
    finally:
        with db.session() as session:
            session.execute(delete(ImportLock).where(ImportLock.school_id == school_id))


def _take(db: Database, school_id: int, holder: str) -> None:
    try:
        with db.session() as session:
            held = session.get(ImportLock, school_id)
            if held is not None:
                if held.started_at > utc_now() - STALE_AFTER:
                    raise SchoolBusy(held.holder, held.started_at)
                session.delete(held)  # a crashed import's: taken over
                session.flush()
            session.add(ImportLock(school_id=school_id, holder=holder, started_at=utc_now()))
    except IntegrityError:  # another import took it between our read and our write
        with db.session() as session:
            held = session.get(ImportLock, school_id)
            if held is None:  # and is already done: this one may go
                return _take(db, school_id, holder)
            raise SchoolBusy(held.holder, held.started_at) from None
