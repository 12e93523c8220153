"""Capture the SQL a service call runs, and replay it on a bare sqlite3 connection.

The ratio of the two is the part of a service's time that is Python (ORM, DTOs, formulas):
both are measured in the same run, so the ratio holds when the machine is busy.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event

from eduqa_desktop.storage.database import Database

Statements = list[tuple[str, Any]]


@contextmanager
def captured(db: Database) -> Iterator[Statements]:
    """Inside the block, every statement the engine runs (with its parameters) is recorded."""
    statements: Statements = []

    def record(_conn, _cursor, statement, parameters, _context, _many) -> None:  # type: ignore[no-untyped-def]
        statements.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", record)


def replay(path: Path, statements: Statements) -> None:
    """Run the statements on a plain sqlite3 connection, fetching every row."""
    connection = sqlite3.connect(path)
    try:
        for statement, parameters in statements:
            connection.execute(statement, parameters or ()).fetchall()
    finally:
        connection.close()


def best_of(fn: Callable[[], Any], repeat: int) -> tuple[float, float]:
    """Median and best wall-clock seconds of `repeat` runs."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    times.sort()
    return times[len(times) // 2], times[0]
