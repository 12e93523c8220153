"""Calibration of the attention list on demo districts: how many planted cases its top fifth
holds, how much of the staff it flags, and how long it takes against its bare SQL.

    python benchmarks/bench_attention.py [--schools 20 300] [--db-dir DIR] [--repeat 3]

For each size a district is built with the demo generator (not timed; reused from --db-dir
when it is there), whose schools each hold two teachers whose classes fall far behind their
parallel classes, one in sustained decline and one with weak lessons
(`services.demo.planted`). `services.attention_calibration.calibrate` compares every school's
attention list with them. The time of `district_attention` is printed beside the very SQL
statements it ran, replayed on a bare sqlite3 connection (helpers of bench_dashboard.py).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path

from bench_dashboard import TODAY, Recorder, bare_sql, build_district, timed
from sqlalchemy import select

from eduqa_desktop.services.attention import district_attention, signals_in
from eduqa_desktop.services.attention_calibration import calibrate
from eduqa_desktop.services.term_scope import load_thresholds_in, resolve_scopes
from eduqa_desktop.storage.database import Database, open_database
from eduqa_desktop.storage.models import School


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--schools", type=int, nargs="+", default=[20, 300])
    parser.add_argument("--db-dir", help="keep (and reuse) the districts in this folder")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    folder = None
    if args.db_dir:
        directory = Path(args.db_dir)
        directory.mkdir(parents=True, exist_ok=True)
    else:
        folder = tempfile.TemporaryDirectory()
        directory = Path(folder.name)
    header = (
        f"{'schools':>7} {'staff':>6} {'planted':>7} {'found':>6} {'found %':>8}"
        f" {'listed':>6} {'listed %':>9} {'with a signal %':>16}"
        f" {'wall/cpu s':>12} {'bare SQL wall/cpu':>18} {'ratio':>6}"
    )
    lines = []
    for schools in args.schools:
        path = directory / f"district-{schools}.sqlite3"
        if not path.exists():
            build_district(path, schools)
        db = open_database(path)
        found = calibrate(db, today=TODAY)
        recorder = Recorder(db)

        def lists(db: Database = db) -> object:
            return district_attention(db, today=TODAY)

        wall, cpu, _lists = timed(lists, args.repeat)
        _again, statements = recorder.capture(lists)
        sql_wall, sql_cpu = bare_sql(path, statements, args.repeat)
        with_signal = _teachers_with_a_signal(db)
        db.close()
        missed = Counter(c.kind for c in found.missed)
        lines.append(
            f"{schools:>7} {found.staff:>6} {len(found.planted):>7}"
            f" {len(found.planted) - len(found.missed):>6} {found.found_share:>8.1%}"
            f" {found.listed:>6} {found.listed_share:>9.1%}"
            f" {with_signal / found.staff if found.staff else 0:>16.1%}"
            f" {wall:>5.2f}/{cpu:<6.2f} {sql_wall:>8.2f}/{sql_cpu:<9.2f}"
            f" {cpu / sql_cpu if sql_cpu else 0:>6.1f}"
        )
        if missed:
            lines.append(f"{'':>7} missed: {dict(missed)}")
    print(f"\nattention list on {TODAY} (the quarter going on), best of {args.repeat} runs")
    print("found: planted teachers on their school's list; listed: teachers on the lists\n")
    print(header)
    print("-" * len(header))
    print("\n".join(lines))
    if folder is not None:
        folder.cleanup()
    return 0


def _teachers_with_a_signal(db: Database) -> int:
    """Active teachers with at least one signal of any strength (the ranking, not the list)."""
    with db.session() as session:
        ids = list(session.scalars(select(School.id)))
        scopes = resolve_scopes(session, ids, today=TODAY)
        found = signals_in(session, scopes, load_thresholds_in(session))
    return sum(1 for teachers in found.values() for signals in teachers.values() if signals)


if __name__ == "__main__":
    sys.exit(main())
