"""The Teachers tab and a teacher profile on a 50-school district, against their bare SQL.

    python benchmarks/bench_teachers.py [DB] [--schools 50] [--repeat 7]

Without DB (or when it does not exist) a district is built first with the demo generator
(not timed). Each line times a service call of the Teachers tab, then replays the very SQL
statements that call ran (captured with a cursor event) on a bare sqlite3 connection, and
prints both (best of --repeat, wall clock and this process's CPU) and the ratio of the CPU
times: how much the ORM, the rules and the DTOs add to the database's own work. The capture,
replay and timing helpers are those of bench_dashboard.py.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench_dashboard import TODAY, Recorder, bare_sql, build_district, timed

from eduqa_desktop.services.attention import school_attention
from eduqa_desktop.services.schools import list_schools
from eduqa_desktop.services.teacher_profile import teacher_profile
from eduqa_desktop.services.teachers import staff_list, staff_terms
from eduqa_desktop.services.team import team_analysis
from eduqa_desktop.storage.database import open_database


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
    recorder = Recorder(db)
    schools = list_schools(db)
    school = schools[len(schools) // 2]
    # The quarter the Teachers tab opens on: the latest with results (on TODAY, quarter 1 of
    # 2026-2027 while quarter 2 goes on), so that the quality column is read.
    chosen = staff_terms(db, school.id, today=TODAY).default
    year, term = (chosen.year, chosen.number) if chosen else (None, None)
    rows = staff_list(db, school.id, year=year, term=term, today=TODAY).rows
    busiest = max(rows, key=lambda r: (r.observations, len(r.subjects)))
    print(f"\n{path.name}: {len(schools)} schools; “{school.name}” has {len(rows)} teachers")
    print(f"staff list of quarter {term} of {year}")
    print(f"profile of {busiest.full_name}; best of {args.repeat} runs")
    print("wall = clock time, cpu = this process's CPU time (what a busy machine does not add)\n")
    header = (
        f"{'what':38} {'service wall/cpu':>17} {'bare SQL wall/cpu':>18}"
        f" {'ratio (cpu)':>11} {'queries':>8}"
    )
    print(header)
    print("-" * len(header))
    calls: list[tuple[str, Callable[[], Any]]] = [
        (
            "Teachers tab: staff list of a school",
            lambda: staff_list(db, school.id, year=year, term=term, today=TODAY),
        ),
        ("Teachers tab: its quarters", lambda: staff_terms(db, school.id, today=TODAY)),
        ("teacher profile", lambda: teacher_profile(db, busiest.id, language="ru", today=TODAY)),
        ("attention list of a school", lambda: school_attention(db, school.id, today=TODAY)),
        ("team analysis of a school", lambda: team_analysis(db, school.id, today=TODAY)),
    ]
    for name, call in calls:
        wall, cpu, _result = timed(call, args.repeat)
        _again, statements = recorder.capture(call)
        sql_wall, sql_cpu = bare_sql(path, statements, args.repeat)
        ratio = cpu / sql_cpu if sql_cpu else float("nan")
        print(
            f"{name:38} {wall * 1000:7.0f} /{cpu * 1000:5.0f} ms"
            f" {sql_wall * 1000:8.0f} /{sql_cpu * 1000:5.0f} ms {ratio:11.2f} {len(statements):8}"
        )
    db.close()
    if folder is not None:
        folder.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
