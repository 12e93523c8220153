"""How long the dashboard takes to answer a change of filter, and how much of it is SQL.

    python benchmarks/bench_dashboard.py [DB] [--schools 50] [--repeat 3]

Without DB (or when the file does not exist) a district demo of ``--schools`` schools is built
first (``eduqa demo``). For each filter change the script times ``dashboard_data`` (the whole
service call: SQL, indicators, flags, DTOs) and then replays the very SQL statements that call
ran — captured with a SQLAlchemy cursor event — on a bare ``sqlite3`` connection. It prints
both times (best of ``--repeat``) and their ratio: the part of the time that is Python.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import event

from eduqa_desktop.services.dashboard import (
    DashboardFilter,
    dashboard_data,
    drill_down,
    filter_choices,
)
from eduqa_desktop.services.demo import generate_demo
from eduqa_desktop.storage.database import Database, open_database

TODAY = date(2026, 11, 25)


def build_district(path: Path, schools: int) -> None:
    print(f"building a demo district of {schools} schools in {path} …", flush=True)
    started = time.perf_counter()
    db = open_database(path)
    try:
        generate_demo(db, schools=schools, teachers_per_school=40, seed=2025, today=TODAY)
    finally:
        db.close()
    print(f"  built in {time.perf_counter() - started:.1f} s", flush=True)


class Recorder:
    """Collects the SQL statements (with their parameters) the engine runs."""

    def __init__(self, db: Database) -> None:
        self.statements: list[tuple[str, Any]] = []
        self.on = False
        event.listen(db.engine, "before_cursor_execute", self._record)

    def _record(self, _conn, _cursor, statement, parameters, _context, _many) -> None:  # type: ignore[no-untyped-def]
        if self.on:
            self.statements.append((statement, parameters))

    def capture(self, fn: Callable[[], Any]) -> tuple[Any, list[tuple[str, Any]]]:
        self.statements = []
        self.on = True
        try:
            result = fn()
        finally:
            self.on = False
        return result, list(self.statements)


def bare_sql_seconds(path: Path, statements: list[tuple[str, Any]]) -> float:
    """The statements replayed on a plain sqlite3 connection, every row fetched."""
    connection = sqlite3.connect(path)
    try:
        started = time.perf_counter()
        for statement, parameters in statements:
            connection.execute(statement, parameters or ()).fetchall()
        return time.perf_counter() - started
    finally:
        connection.close()


def timed(fn: Callable[[], Any], repeat: int) -> tuple[float, float, Any]:
    """Best wall-clock and best CPU seconds of ``repeat`` runs (CPU time does not grow when
    other programs load the machine; wall time does), and the result."""
    best, best_cpu, result = float("inf"), float("inf"), None
    for _ in range(repeat):
        started, started_cpu = time.perf_counter(), time.process_time()
        result = fn()
        best = min(best, time.perf_counter() - started)
        best_cpu = min(best_cpu, time.process_time() - started_cpu)
    return best, best_cpu, result


def bare_sql(path: Path, statements: list[tuple[str, Any]], repeat: int) -> tuple[float, float]:
    wall, cpu, _ = timed(lambda: bare_sql_seconds(path, statements), repeat)
    return wall, cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", nargs="?", help="a database (default: build a district demo)")
    parser.add_argument("--schools", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)

    folder = None
    if args.db and Path(args.db).exists():
        path = Path(args.db)
    else:
        if args.db:
            path = Path(args.db)
        else:
            folder = tempfile.TemporaryDirectory()
            path = Path(folder.name) / "district.sqlite3"
        build_district(path, args.schools)

    db = open_database(path)
    recorder = Recorder(db)
    choices = filter_choices(db, today=TODAY)
    base = choices.default
    first_school = choices.schools[0].key if choices.schools else None
    some_subject = choices.subjects[len(choices.subjects) // 2].key if choices.subjects else None
    some_department = choices.departments[0] if choices.departments else None
    changes: list[tuple[str, DashboardFilter]] = [
        ("opening: default selection", base),
        ("one school", replace(base, school_id=first_school)),
        ("all schools, grade 7", replace(base, grade=7)),
        ("all schools, one subject", replace(base, subject_id=some_subject)),
        ("all schools, one department", replace(base, department=some_department)),
        ("previous quarter", replace(base, term=max((base.term or 2) - 1, 1))),
        (
            "one school, grade 9, subject",
            replace(base, school_id=first_school, grade=9, subject_id=some_subject),
        ),
    ]
    print(f"\n{path.name}: {len(choices.schools)} schools; best of {args.repeat} runs")
    print("wall = clock time, cpu = this process's CPU time (what a busy machine does not add)\n")
    header = (
        f"{'filter change':34} {'service wall/cpu':>17} {'bare SQL wall/cpu':>18}"
        f" {'ratio (cpu)':>11} {'queries':>8}"
    )
    print(header)
    print("-" * len(header))
    rows: list[tuple[float, float, float]] = []

    def report(name: str, fn: Callable[[], Any]) -> None:
        wall, cpu, _result = timed(fn, args.repeat)
        _again, statements = recorder.capture(fn)
        sql_wall, sql_cpu = bare_sql(path, statements, args.repeat)
        ratio = cpu / sql_cpu if sql_cpu else float("nan")
        rows.append((wall, cpu, ratio))
        print(
            f"{name:34} {wall * 1000:7.0f} /{cpu * 1000:5.0f} ms"
            f" {sql_wall * 1000:8.0f} /{sql_cpu * 1000:5.0f} ms {ratio:11.2f} {len(statements):8}"
        )

    for name, selection in changes:
        report(name, lambda s=selection: dashboard_data(db, s, today=TODAY))
    changes_rows = list(rows)
    data = dashboard_data(db, base, today=TODAY)
    if data.by_subject and data.by_subject[0].key is not None:
        key = data.by_subject[0].key
        report("drill down into a subject", lambda: drill_down(db, data.filter, "subject", key))
    walls = [row[0] for row in changes_rows]
    cpus = [row[1] for row in changes_rows]
    print(
        f"\nfilter change: median {statistics.median(walls) * 1000:.0f} ms wall "
        f"({statistics.median(cpus) * 1000:.0f} ms cpu), worst {max(walls) * 1000:.0f} ms wall "
        f"({max(cpus) * 1000:.0f} ms cpu); service / bare SQL (cpu): median "
        f"{statistics.median(row[2] for row in changes_rows):.2f}"
    )
    db.close()
    if folder is not None:
        folder.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
