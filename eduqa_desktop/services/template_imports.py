"""What the imports of a filled template (surveys, graduates) share: the file held to the
database's limits and time limit while it is read and checked, the school it names (or the one
chosen), and the preview that runs the import's own checks and writes nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from eduqa_desktop.domain.names import search_key
from eduqa_desktop.exchange.file_deadline import timed
from eduqa_desktop.exchange.file_limits import limits_in_force
from eduqa_desktop.exchange.problems import Problem
from eduqa_desktop.services.file_limits import read_file_limits
from eduqa_desktop.storage.database import Database
from eduqa_desktop.storage.models import School
from eduqa_desktop.text import QT_TRANSLATE_NOOP

T = TypeVar("T")
Request = TypeVar("Request")


def file_problem(sheet: str, template: str, value: Any = "", **params: Any) -> Problem:
    """A problem of the file as a whole (no row or column)."""
    return Problem(sheet, None, "", str(value), template, params)


def checked_in_limits(session: Session, path: Path, check: Callable[[], T]) -> T:
    """`check()` (reading and checking the file) held to the database's file limits, its time
    limit over the whole of it."""
    with limits_in_force(read_file_limits(session)):
        return timed(path, check)


def school_of_file(
    session: Session, written: str, school_id: int | None, sheet: str
) -> tuple[School | None, list[Problem]]:
    """The school the file names (by a forgiving key of its name), else the one chosen; a name
    not in a database of several schools is a problem, as is no school at all."""
    schools = list(session.scalars(select(School)))
    if written:
        key = search_key(written)
        named = next((s for s in schools if search_key(s.name) == key), None)
        if named is not None:
            return named, []
        if len(schools) > 1:
            return None, [
                file_problem(
                    sheet,
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "The school “{school}” written in the file is not in this database.",
                    ),
                    written,
                    school=written,
                )
            ]
    chosen = next((s for s in schools if s.id == school_id), None)
    if chosen is None:
        return None, [file_problem(sheet, QT_TRANSLATE_NOOP("Messages", "Choose a school first."))]
    return chosen, []


def previewed(
    db: Database, plan: Callable[[Session, Request], tuple[T, Any]], request: Request
) -> T:
    """The plan the import would follow, from its own checks; nothing is written."""
    with db.session() as session:
        try:
            return plan(session, request)[0]
        finally:
            session.rollback()
