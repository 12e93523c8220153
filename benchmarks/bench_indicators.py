"""Indicator queries on a 50-school district, against the bare SQL GROUP BY doing the sums.

    python benchmarks/bench_indicators.py [--db PATH] [--schools 50] [--repeat 7]

1. builds the district with ``eduqa demo --db PATH --schools N`` (not timed), or reuses PATH
   when it exists (``--db``; a temporary file otherwise);
2. times, each against the bare SQL query (the same sums with GROUP BY through the raw
   SQLite connection, no ORM, no indicators) in the same run:
   * the Teachers tab's query shape: ``services.indicators.teacher_summaries`` for one school
     (each teacher's latest term with results and the change from the term before);
   * ``eduqa indicators --by teacher`` for the whole district (``indicator_table``: the term
     and the previous term, labels, the four indicators per teacher), and the same command
     in-process through the command line entry point (argument parsing, opening the file,
     JSON), and as a fresh process (Python start-up and imports included);
   * a teacher profile's results: ``teacher_results`` for the teacher with most rows;
3. prints the median and best of ``--repeat`` runs, and the ratio of the medians.
No target is asserted (timings belong here, not in the tests); "well under a second" is the
aim of the issue for the Teachers tab, a profile and ``indicators --by teacher``.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from eduqa_desktop.cli import main as cli_main
from eduqa_desktop.services.indicators import (
    GroupBy,
    indicator_table,
    latest_term_with_results,
    teacher_results,
    teacher_summaries,
)
from eduqa_desktop.services.schools import list_schools
from eduqa_desktop.storage.database import Database, open_database

TODAY = "2026-11-25"

SUMS = (
    "SUM(r.n5), SUM(r.n4), SUM(r.n3), SUM(r.n2), SUM(r.n1), SUM(r.not_attested), "
    "SUM(r.exempt), SUM(r.class_size)"
)
BARE_TEACHERS_TAB = (
    f"SELECT r.teacher_id, r.term_id, {SUMS} FROM result_rows r "
    "JOIN classes c ON c.id = r.class_id WHERE c.school_id = ? "
    "GROUP BY r.teacher_id, r.term_id"
)
BARE_BY_TEACHER = (
    f"SELECT r.teacher_id, {SUMS} FROM result_rows r WHERE r.term_id = ? GROUP BY r.teacher_id"
)
BARE_PROFILE = (
    f"SELECT r.term_id, r.class_id, r.subject_id, {SUMS} FROM result_rows r "
    "WHERE r.teacher_id = ? GROUP BY r.term_id, r.class_id, r.subject_id"
)


def build_district(path: Path, schools: int) -> None:
    print(f"building a {schools}-school district in {path} (eduqa demo) …", flush=True)
    start = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "eduqa_desktop",
            "demo",
            "--db",
            str(path),
            "--schools",
            str(schools),
            "--today",
            TODAY,
        ],
        check=True,
        stderr=subprocess.DEVNULL,
    )
    print(f"  built in {time.perf_counter() - start:.1f} s")


def timed(fn: Callable[[], Any], repeat: int) -> list[float]:
    fn()  # warm: imports, statement caches, the file in the page cache
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def bare(db: Database, sql: str, *params: object) -> Callable[[], Any]:
    connection = db.engine.raw_connection()

    def run() -> Any:
        cursor = connection.cursor()
        rows = cursor.execute(sql, params).fetchall()
        cursor.close()
        return rows

    return run


def counts(db: Database) -> dict[str, int]:
    run = bare(
        db,
        "SELECT (SELECT COUNT(*) FROM schools), (SELECT COUNT(*) FROM teachers), "
        "(SELECT COUNT(*) FROM result_rows)",
    )
    schools, teachers, rows = run()[0]
    return {"schools": schools, "teachers": teachers, "result rows": rows}


def busiest_teacher(db: Database) -> int:
    run = bare(
        db, "SELECT teacher_id FROM result_rows GROUP BY teacher_id ORDER BY COUNT(*) DESC LIMIT 1"
    )
    return int(run()[0][0])


def report(name: str, ours: list[float], baseline: list[float] | None) -> None:
    median = statistics.median(ours) * 1000
    best = min(ours) * 1000
    line = f"{name:<44} {median:9.1f} {best:9.1f}"
    if baseline is not None:
        bare_median = statistics.median(baseline) * 1000
        line += f" {bare_median:9.2f} {median / bare_median:8.1f}×"
    print(line, flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="district database (built when missing)")
    parser.add_argument("--schools", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "district.sqlite3"
        if not path.exists():
            build_district(path, args.schools)
        else:
            print(f"reusing {path}")
        db = open_database(path)
        try:
            print(", ".join(f"{v} {k}" for k, v in counts(db).items()))
            school = list_schools(db)[0]
            term = latest_term_with_results(db)
            assert term is not None, "the database holds no results"
            teacher = busiest_teacher(db)
            print(f"term {term.year} Q{term.number}; school “{school.name}”; teacher #{teacher}\n")
            print(f"{'query':<44} {'median ms':>9} {'best ms':>9} {'bare ms':>9} {'ratio':>9}")

            report(
                "Teachers tab: teacher_summaries (1 school)",
                timed(lambda: teacher_summaries(db, school_id=school.id), args.repeat),
                timed(bare(db, BARE_TEACHERS_TAB, school.id), args.repeat),
            )
            by_teacher_bare = timed(bare(db, BARE_BY_TEACHER, term.id), args.repeat)
            report(
                "indicators --by teacher: indicator_table",
                timed(
                    lambda: indicator_table(
                        db, school_id=None, year=term.year, term=term.number, by=GroupBy.TEACHER
                    ),
                    args.repeat,
                ),
                by_teacher_bare,
            )

            def command() -> None:
                with contextlib.redirect_stdout(io.StringIO()):
                    code = cli_main(["indicators", "--db", str(path), "--by", "teacher", "--json"])
                assert code == 0

            report("indicators --by teacher: command, in-process", timed(command, args.repeat),
                   by_teacher_bare)  # fmt: skip
            process = [
                sys.executable, "-m", "eduqa_desktop", "indicators", "--db", str(path),
                "--by", "teacher", "--json",
            ]  # fmt: skip
            report(
                "indicators --by teacher: fresh process",
                timed(lambda: subprocess.run(process, check=True, capture_output=True), 3),
                None,
            )
            report(
                "profile: teacher_results (busiest teacher)",
                timed(lambda: teacher_results(db, teacher), args.repeat),
                timed(bare(db, BARE_PROFILE, teacher), args.repeat),
            )
        finally:
            db.close()
    print(
        "\nratio = median of ours ÷ median of the bare GROUP BY; ours adds the previous term, "
        "names, the SOU weights setting and the four indicators."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
