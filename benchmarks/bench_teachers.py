"""The Teachers tab and a teacher profile on a 50-school district, against their bare SQL.

    python benchmarks/bench_teachers.py [DB] [--schools 50] [--repeat 7]

Without DB (or when it does not exist) a district is built first with the demo generator
(`eduqa demo --db DB --schools 50`, not timed). Each line times a service call the Teachers
tab makes, then replays the very SQL statements that call ran (captured with a cursor event)
on a bare sqlite3 connection, and prints both (median and best of --repeat) and the ratio of
the medians: how much the ORM, the rules and the DTOs add to the database's own work.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from sql_capture import best_of, captured, replay

from eduqa_desktop.services.demo import generate_demo
from eduqa_desktop.services.flags import school_flags
from eduqa_desktop.services.schools import list_schools
from eduqa_desktop.services.teacher_profile import teacher_profile
from eduqa_desktop.services.teachers import staff_list
from eduqa_desktop.services.team import team_analysis
from eduqa_desktop.storage.database import open_database

TODAY = date(2026, 11, 25)


def build_district(path: Path, schools: int) -> None:
    print(f"building a demo district of {schools} schools in {path} …", flush=True)
    started = time.perf_counter()
    db = open_database(path)
    try:
        generate_demo(db, schools=schools, teachers_per_school=40, seed=2025, today=TODAY)
    finally:
        db.close()
    print(f"  built in {time.perf_counter() - started:.1f} s\n", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", nargs="?", help="a database (default: build a district demo)")
    parser.add_argument("--schools", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args(argv)

    folder = None
    path = Path(args.db) if args.db else None
    if path is None or not path.exists():
        if path is None:
            folder = tempfile.TemporaryDirectory()
            path = Path(folder.name) / "district.sqlite3"
        build_district(path, args.schools)

    db = open_database(path)
    schools = list_schools(db)
    school = schools[len(schools) // 2]
    rows = staff_list(db, school.id, today=TODAY).rows
    busiest = max(rows, key=lambda r: (r.observations, len(r.subjects)))
    print(f"{path.name}: {len(schools)} schools; timed on “{school.name}” ({len(rows)} teachers)")
    print(f"profile of {busiest.full_name}; median / best of {args.repeat} runs\n")
    header = (
        f"{'what':44} {'service (median/best)':>22} {'bare SQL (median/best)':>23}"
        f" {'ratio':>6} {'queries':>8}"
    )
    print(header)
    print("-" * len(header))
    calls: list[tuple[str, Callable[[], Any]]] = [
        ("Teachers tab: staff list of a school", lambda: staff_list(db, school.id, today=TODAY)),
        (
            "Teacher profile",
            lambda: teacher_profile(db, busiest.id, language="ru", today=TODAY),
        ),
        ("Flags of a school (dashboard)", lambda: school_flags(db, school.id, today=TODAY)),
        ("Team analysis of a school", lambda: team_analysis(db, school.id, today=TODAY)),
    ]
    for name, call in calls:
        median, best = best_of(call, args.repeat)
        with captured(db) as statements:
            call()
        sql_median, sql_best = best_of(lambda s=statements: replay(path, s), args.repeat)
        ratio = median / sql_median if sql_median else float("nan")
        print(
            f"{name:44} {median * 1000:10.1f} /{best * 1000:7.1f} ms"
            f" {sql_median * 1000:11.1f} /{sql_best * 1000:7.1f} ms {ratio:6.2f}"
            f" {len(statements):8}"
        )
    db.close()
    if folder is not None:
        folder.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
