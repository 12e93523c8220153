"""Is a database file intact? SQLite's own checks, read-only, within a time budget.

`check_database(path, budget=…)` runs ``PRAGMA quick_check`` (the b-trees and pages, not the
indexes' contents) and ``PRAGMA foreign_key_check``; with ``full=True`` it runs
``PRAGMA integrity_check`` instead of the quick one. A budget stops a long check through
SQLite's progress handler: the report then says it is incomplete, which is not damage.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path

from eduqa_desktop.storage.sqlite_file import has_sqlite_header

MAX_PROBLEMS = 20
PROGRESS_STEPS = 10_000  # SQLite virtual-machine steps between looks at the clock


@dataclass(frozen=True)
class IntegrityReport:
    path: Path
    problems: list[str] = field(default_factory=list)  # SQLite's words, for the log
    foreign_keys: list[str] = field(default_factory=list)  # "observations row 5 → teachers"
    complete: bool = True  # False: the budget ran out before the check finished
    readable: bool = True  # False: not even SQLite's header could be read

    @property
    def ok(self) -> bool:
        return self.readable and not self.problems and not self.foreign_keys

    def as_json(self) -> dict[str, object]:
        return {
            "database": str(self.path),
            "ok": self.ok,
            "complete": self.complete,
            "problems": self.problems,
            "foreign_keys": self.foreign_keys,
        }


class _OutOfTime(Exception):
    pass


def check_database(
    path: Path, *, budget: float | None = None, full: bool = False
) -> IntegrityReport:
    """Check the database at `path` without writing to it."""
    try:
        is_sqlite = has_sqlite_header(path)
    except OSError as error:
        return IntegrityReport(path, [str(error)], readable=False)
    if not is_sqlite:
        return IntegrityReport(
            path, ["not an SQLite database (its header is not SQLite's)"], readable=False
        )
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    deadline = None if budget is None else time.monotonic() + budget
    if deadline is not None:
        connection.set_progress_handler(
            lambda: 1 if time.monotonic() > deadline else 0, PROGRESS_STEPS
        )
    problems: list[str] = []
    foreign: list[str] = []
    try:
        pragma = "integrity_check" if full else "quick_check"
        rows = connection.execute(f"PRAGMA {pragma}({MAX_PROBLEMS})").fetchall()
        problems = [str(row[0]) for row in rows if row[0] != "ok"]
        for table, rowid, parent, _fk in connection.execute("PRAGMA foreign_key_check"):
            foreign.append(f"{table} row {rowid} → {parent}")
            if len(foreign) >= MAX_PROBLEMS:
                break
    except sqlite3.OperationalError as error:
        if "interrupted" in str(error).lower():
            return IntegrityReport(path, problems, foreign, complete=False)
        return IntegrityReport(path, [*problems, str(error)])
    except sqlite3.DatabaseError as error:  # "database disk image is malformed"
        return IntegrityReport(path, [*problems, str(error)])
    finally:
        connection.close()
    return IntegrityReport(path, problems, foreign)
