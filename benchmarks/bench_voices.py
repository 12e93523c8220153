"""The Voices and Graduates figures of a 50-school district beside bare SQL.

    python benchmarks/bench_voices.py [--db PATH] [--schools 50] [--repeat 7]

Builds the district with the demo generator (each school: two survey rounds of four groups,
the graduates of the ended year) or reuses PATH, then times, each beside the bare SQLite
``GROUP BY`` that sums the same answers (no ORM, no rounds paired, no indices):

* ``services.surveys.voices`` for the district (every school summed, schools side by side,
  gaps with teachers, the survey before) and for one school;
* ``services.graduates.graduates`` for the district.

Prints the median and best of ``--repeat`` runs and the ratio of the medians.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from eduqa_desktop.services.demo import generate_demo
from eduqa_desktop.services.graduates import graduates
from eduqa_desktop.services.schools import list_schools
from eduqa_desktop.services.surveys import voices
from eduqa_desktop.storage.database import open_database

VOICES_SQL = """
SELECT r.school_id, r.stakeholder, s.dimension, SUM(t.n1), SUM(t.n2), SUM(t.n3), SUM(t.n4),
       SUM(t.n5)
FROM survey_tallies t JOIN survey_rounds r ON r.id = t.round_id
JOIN questionnaire_statements s ON s.id = t.statement_id
GROUP BY r.school_id, r.term_id, r.stakeholder, s.dimension
"""
GRADUATES_SQL = """
SELECT c.school_id, c.grade, d.destination, SUM(d.graduates)
FROM graduate_destinations d JOIN graduate_cohorts c ON c.id = d.cohort_id
GROUP BY c.school_id, c.grade, d.destination
"""


def timed(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs), min(runs)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    parser.add_argument("--schools", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    path = Path(args.db) if args.db else Path(tempfile.mkdtemp()) / "district.sqlite3"
    if not path.exists():
        db = open_database(path)
        start = time.perf_counter()
        generate_demo(db, schools=args.schools, today=date(2026, 11, 25))
        print(f"demo district of {args.schools} schools: {time.perf_counter() - start:.1f} s")
        db.close()
    db = open_database(path)
    raw = sqlite3.connect(path)
    first = list_schools(db)[0].id
    lines = [
        ("voices, district", lambda: voices(db, year="2026-2027", term=1), VOICES_SQL),
        ("voices, one school", lambda: voices(db, school_id=first, year="2026-2027", term=1),
         VOICES_SQL),
        ("graduates, district", lambda: graduates(db, year="2026-2027"), GRADUATES_SQL),
    ]  # fmt: skip
    print(f"{'':22} {'median':>9} {'best':>9} {'bare SQL':>9}  ratio")
    for name, call, sql in lines:
        median, best = timed(call, args.repeat)
        bare, _ = timed(lambda sql=sql: raw.execute(sql).fetchall(), args.repeat)
        print(f"{name:22} {median * 1000:7.1f}ms {best * 1000:7.1f}ms {bare * 1000:7.1f}ms"
              f"  {median / bare:5.1f}×")  # fmt: skip
    raw.close()
    db.close()


if __name__ == "__main__":
    main()
