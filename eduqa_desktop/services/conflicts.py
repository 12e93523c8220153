"""A save that lost the race: someone saved the same record after this edit read it.

Every versioned row (storage.models.row_version_column) carries its `row_version` out to the
UI; a save hands back the version it started from. When that is no longer the saved one, or
another save slips in between reading and writing (SQLAlchemy's StaleDataError), nothing is
written and EditConflict carries the saved version, so the UI can show both and let the user
reload theirs or keep their own (a save again, from the version now saved).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from sqlalchemy.orm.exc import StaleDataError

from eduqa_desktop.services.errors import UserError
from eduqa_desktop.text import QT_TRANSLATE_NOOP

CHANGED_MEANWHILE = QT_TRANSLATE_NOOP(
    "Messages",
    "Someone else saved this record after you opened it; nothing of yours was written yet.",
)


class EditConflict(UserError):
    """`theirs`: the record as saved now (the same kind of object the service returns)."""

    def __init__(self, theirs: Any, saved_at: datetime | None = None) -> None:
        super().__init__(CHANGED_MEANWHILE)
        self.theirs = theirs
        self.saved_at = saved_at


def check_version(record: Any, expected: int | None, theirs: Callable[[], Any]) -> None:
    """Refuse the save when the record is no longer at the version the edit started from."""
    if expected is not None and record.row_version != expected:
        raise EditConflict(theirs(), getattr(record, "updated_at", None))


@contextmanager
def lost_race(theirs: Callable[[], Any]) -> Iterator[None]:
    """Another save wrote the row between this one's read and its write: the same refusal.
    `theirs` is called after the failed transaction, to read what is saved now."""
    try:
        yield
    except StaleDataError as error:
        raise EditConflict(theirs()) from error
