"""The same screens and exports on SQLite and on PostgreSQL, in one run, side by side.

    python benchmarks/bench_engines.py --server postgresql+psycopg://user:pw@host/db
        [--sqlite district.sqlite3] [--schools 300] [--repeat 3]

Each engine gets the same demo district (`generate_demo`, same seed and day: the same rows),
built first when the file or the server's schema is empty (not timed; 300 schools take a few
minutes on SQLite, longer on a server). Timed, best of --repeat, on each engine:

- the dashboard's filter change (`dashboard_data`): the district the first time (nothing
  kept), the district again on unchanged data (its attention lists kept:
  `services.attention_memo`), one school, and one school the first time;
- the staff list of the first school (`staff_list`);
- the observations list of the first school (`list_observations`);
- the district report (`export_district_report`, the whole workbook);
- a school package import (`apply_import` of the first school's observations package,
  exported from the same database: every observation found unchanged).

The raw baseline, measured in the same run on each engine: one bare SQL aggregate (marks
summed per school over every results row) on the driver's own connection. The table prints
seconds, PostgreSQL / SQLite, and each engine's time in baselines (so a busy machine does not
hide which side is slow). Screens a user meets should stay under a second on both.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from eduqa_desktop.exchange.import_plan import ImportKind, ImportRequest
from eduqa_desktop.services.attention_memo import forget_all
from eduqa_desktop.services.dashboard import dashboard_data, filter_choices
from eduqa_desktop.services.demo import generate_demo
from eduqa_desktop.services.imports import export_observations
from eduqa_desktop.services.imports.run import apply_import
from eduqa_desktop.services.observation_queries import list_observations
from eduqa_desktop.services.reports.district import export_district_report
from eduqa_desktop.services.teachers import staff_list
from eduqa_desktop.storage.database import Database, open_database
from eduqa_desktop.storage.models import School

TODAY = date(2026, 11, 25)
SCREENS = {
    "dashboard: district, first",
    "dashboard: district, again",
    "dashboard: one school",
    "dashboard: one school, first",
    "staff list",
    "observations list",
}
BASELINE_SQL = (
    "SELECT c.school_id, SUM(r.n5), SUM(r.n4), SUM(r.n3), SUM(r.n2), COUNT(*) "
    "FROM result_rows r JOIN classes c ON c.id = r.class_id GROUP BY c.school_id"
)


def best(fn: Callable[[], Any], repeat: int, *, cold: bool = False) -> float:
    """The best of ``repeat`` runs; ``cold``: with nothing kept from an earlier run."""
    seconds = float("inf")
    for _ in range(repeat):
        if cold:
            forget_all()
        started = time.perf_counter()
        fn()
        seconds = min(seconds, time.perf_counter() - started)
    return seconds


def ensure_district(location: str, schools: int) -> Database:
    db = open_database(location)
    with db.session() as session:
        present = session.scalar(select(func.count(School.id))) or 0
    if present == 0:
        print(f"building {schools} schools in {db.url} (not timed) …", flush=True)
        started = time.perf_counter()
        generate_demo(
            db, schools=schools, teachers_per_school=40, seed=2025, today=TODAY,
            progress=lambda done, total: print(f"  school {done}/{total}", end="\r", flush=True),
        )  # fmt: skip
        print(f"\n  built in {time.perf_counter() - started:.0f} s", flush=True)
    return db


def baseline(db: Database, repeat: int) -> float:
    def run() -> None:
        with db.engine.connect() as connection:
            connection.exec_driver_sql(BASELINE_SQL).fetchall()

    return best(run, repeat)


def measure(db: Database, folder: Path, repeat: int) -> dict[str, float]:
    choices = filter_choices(db, today=TODAY)
    district = choices.default
    with db.session() as session:
        school_id = session.scalar(select(func.min(School.id)))
    one_school = replace(district, school_id=school_id)
    package = folder / "package.xlsx"
    export_observations(db, school_id, package)
    times = {
        "raw baseline (SQL aggregate)": baseline(db, repeat),
        "dashboard: district, first": best(
            lambda: dashboard_data(db, district, today=TODAY), repeat, cold=True
        ),
        "dashboard: district, again": best(
            lambda: dashboard_data(db, district, today=TODAY), repeat
        ),
        "dashboard: one school": best(lambda: dashboard_data(db, one_school, today=TODAY), repeat),
        "dashboard: one school, first": best(
            lambda: dashboard_data(db, one_school, today=TODAY), repeat, cold=True
        ),
        "staff list": best(lambda: staff_list(db, school_id, today=TODAY), repeat),
        "observations list": best(lambda: list_observations(db, school_id), repeat),
        "district report": best(
            lambda: export_district_report(
                db, folder / "report.xlsx", year="2026-2027", term=1, today=TODAY
            ),
            repeat,
            cold=True,
        ),
        "school package import": best(
            lambda: apply_import(db, ImportRequest(ImportKind.OBSERVATIONS, package, school_id)),
            repeat,
        ),
    }
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--server", required=True, help="a PostgreSQL URL (its schema is used)")
    parser.add_argument("--sqlite", help="the SQLite file (default: a temporary one)")
    parser.add_argument("--schools", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        sqlite_location = args.sqlite or str(folder / "district.sqlite3")
        results: dict[str, dict[str, float]] = {}
        for name, location in (("SQLite", sqlite_location), ("PostgreSQL", args.server)):
            db = ensure_district(location, args.schools)
            try:
                print(f"timing {name} …", flush=True)
                work = folder / name
                work.mkdir()
                results[name] = measure(db, work, args.repeat)
            finally:
                db.close()

    lite, server = results["SQLite"], results["PostgreSQL"]
    base_lite = lite["raw baseline (SQL aggregate)"]
    base_server = server["raw baseline (SQL aggregate)"]
    print(f"\n{args.schools} schools; best of {args.repeat} runs; s = seconds; "
          "× = in raw baselines of the same engine\n")  # fmt: skip
    header = (
        f"{'operation':30} {'SQLite s':>9} {'× base':>8} {'PostgreSQL s':>13} {'× base':>8}"
        f" {'PG / SQLite':>12}"
    )
    print(header)
    print("-" * len(header))
    slow: list[str] = []
    for operation in lite:
        a, b = lite[operation], server[operation]
        print(
            f"{operation:30} {a:9.3f} {a / base_lite:8.1f} {b:13.3f} {b / base_server:8.1f}"
            f" {b / a if a else float('nan'):12.2f}"
        )
        if operation in SCREENS and max(a, b) >= 1.0:
            slow.append(operation)
    print(
        "\nevery screen under a second on both engines"
        if not slow
        else f"\nover a second: {', '.join(slow)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
