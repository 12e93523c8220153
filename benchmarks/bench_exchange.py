"""Excel exchange speed on a 50-school district, against the raw library doing the same cells.

    python benchmarks/bench_exchange.py [--schools 50] [--keep DIR] [--db PATH] [--repeat 3]
                                        [--report-only] [--packages 300] [--package-teachers 12]

1. builds a district with the demo generator (not timed), or copies `--db PATH` (a district
   made before, e.g. `eduqa demo --db PATH --schools 50 --today 2026-11-25`);
2. exports the district report `--repeat` times, each beside raw openpyxl writing the same
   cells (write-only mode, plain values, no styles, no charts), and prints the best wall and
   CPU times of both and their ratios, with the report split into its queries (`gather`)
   and its writing; CPU times are the steadier on a busy machine; and the report's attention
   signals read district-wide (as the report does) beside the same read school by school;
3. exports every school's results (timed), with the same raw baseline;
4. imports every school's results file into a fresh database (timed: read, validate, match,
   write in one transaction) and reads the same files with raw openpyxl (read-only,
   values only) for the ratio, and with raw python-calamine + ``sqlite3.executemany`` of the
   same rows (the floor of an import), also for the first school alone;
5. a district receiving `--packages` school packages (benchmarks/network_packages.py):
   records per second, peak memory, ratio to a raw calamine read + executemany of the
   same records.
Prints rows/s and the ratios; no targets are asserted here (timing belongs to benchmarks).
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from openpyxl import Workbook, load_workbook

from eduqa_desktop.exchange.import_plan import ImportKind, ImportRequest
from eduqa_desktop.services.attention import school_signals_in, school_signals_of
from eduqa_desktop.services.demo import generate_demo
from eduqa_desktop.services.imports.run import apply_import
from eduqa_desktop.services.reports.district import export_district_report
from eduqa_desktop.services.reports.district_figures import gather
from eduqa_desktop.services.results_export import export_results
from eduqa_desktop.services.schools import create_school, list_schools
from eduqa_desktop.services.term_scope import load_thresholds_in, resolve_scope, resolve_scopes
from eduqa_desktop.storage.database import open_database

TODAY = date(2026, 11, 25)


def _cells(path: Path) -> list[list[list[object]]]:
    book = load_workbook(path, read_only=True)
    sheets = [[list(row) for row in sheet.iter_rows(values_only=True)] for sheet in book.worksheets]
    book.close()
    return sheets


def _raw_write(sheets: list[list[list[object]]], path: Path) -> float:
    start = time.perf_counter()
    book = Workbook(write_only=True)
    for rows in sheets:
        sheet = book.create_sheet()
        for row in rows:
            sheet.append(row)
    book.save(path)
    return time.perf_counter() - start


class Best:
    """The best wall and CPU time of each named step over the repeats."""

    def __init__(self) -> None:
        self.wall: dict[str, float] = {}
        self.cpu: dict[str, float] = {}

    def time(self, name: str, step: Callable[[], object]) -> None:
        wall, cpu = time.perf_counter(), time.process_time()
        step()
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        self.wall[name] = min(self.wall.get(name, wall), wall)
        self.cpu[name] = min(self.cpu.get(name, cpu), cpu)


def _report(district, folder: Path, repeat: int) -> None:  # type: ignore[no-untyped-def]
    report = folder / "district-report.xlsx"

    def write() -> None:
        export_district_report(district, report, year="2026-2027", term=1, today=TODAY)

    write()  # warm-up (imports, caches); the cells of the baseline
    cells = _cells(report)
    rows = sum(len(s) for s in cells)
    best = Best()
    for _ in range(repeat):
        best.time("report", write)
        best.time("gather", lambda: gather(district, "2026-2027", 1, today=TODAY))
        best.time("raw", lambda: _raw_write(cells, folder / "raw-report.xlsx"))
        best.time("flags", lambda: _flags(district, together=True))
        best.time("flags one by one", lambda: _flags(district, together=False))
    assert _flags(district, together=True) == _flags(district, together=False)
    ours, raw = best.wall["report"], best.wall["raw"]
    filled = sum(value is not None for sheet in cells for row in sheet for value in row)
    print(f"district report: {rows} rows ({filled:,} cells) in "
          f"{ours:.2f} s = {rows / ours:,.0f} rows/s (queries + 10 sheets + charts); raw "
          f"openpyxl writing the same cells: {raw:.2f} s; ratio {ours / raw:.1f}×")  # fmt: skip
    cpu = best.cpu
    print(f"  best of {repeat}, CPU: report {cpu['report']:.2f} s (queries "
          f"{cpu['gather']:.2f} s, writing ≈ {cpu['report'] - cpu['gather']:.2f} s), raw "
          f"{cpu['raw']:.2f} s; ratio {cpu['report'] / cpu['raw']:.1f}×, writing alone "
          f"{(cpu['report'] - cpu['gather']) / cpu['raw']:.1f}×")  # fmt: skip
    print(f"  signals of the report (quarter 1, {len(_flags(district, together=True))} signals), "
          f"best CPU: district-wide {cpu['flags']:.2f} s (wall {best.wall['flags']:.2f} s), "
          f"school by school {cpu['flags one by one']:.2f} s "
          f"(wall {best.wall['flags one by one']:.2f} s)")  # fmt: skip


def _flags(district, *, together: bool) -> list[object]:  # type: ignore[no-untyped-def]
    """The report's attention signals (2026-2027, quarter 1) as `gather` reads them
    (`together`), or school by school as the Teachers tab does, in one unit of work."""
    with district.session() as session:
        thresholds = load_thresholds_in(session)
        ids = [school.id for school in list_schools(district)]
        if together:
            scopes = resolve_scopes(session, ids, year="2026-2027", term=1, today=TODAY)
            found = school_signals_of(session, scopes, thresholds)
        else:
            found = {}
            for school_id in ids:
                scope = resolve_scope(session, school_id, year="2026-2027", term=1, today=TODAY)
                found[school_id] = school_signals_in(session, school_id, scope, thresholds)
        return [
            (school_id, tid, signal)
            for school_id in ids
            for tid, signals in sorted(found[school_id].by_teacher.items())
            for signal in signals
        ]


def _raw_read(path: Path) -> float:
    start = time.perf_counter()
    book = load_workbook(path, read_only=True)
    for sheet in book.worksheets:
        for _ in sheet.iter_rows(values_only=True):
            pass
    book.close()
    return time.perf_counter() - start


def _raw_calamine_insert(path: Path, connection: sqlite3.Connection) -> tuple[float, float]:
    """python-calamine reading the file's first sheet and ``executemany`` writing its rows
    (header included, as text and numbers) in one transaction: the floor of an import."""
    import python_calamine

    start, cpu = time.perf_counter(), time.process_time()
    book = python_calamine.CalamineWorkbook.from_path(str(path))
    rows = book.get_sheet_by_index(0).to_python()
    width = max(len(row) for row in rows)
    connection.execute(f"CREATE TABLE IF NOT EXISTS raw_results_{width} "
                       f"({', '.join(f'c{i}' for i in range(width))})")  # fmt: skip
    with connection:
        connection.executemany(f"INSERT INTO raw_results_{width} VALUES "
                               f"({', '.join('?' * width)})", rows)  # fmt: skip
    book.close()
    return time.perf_counter() - start, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--schools", type=int, default=50)
    parser.add_argument("--teachers", type=int, default=40)
    parser.add_argument("--keep", type=Path)
    parser.add_argument("--db", type=Path, help="a district made before (copied, not changed)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--report-only", action="store_true")
    parser.add_argument("--packages", type=int, default=300,
                        help="school packages the district receives (0: skip)")  # fmt: skip
    parser.add_argument("--package-teachers", type=int, default=12)
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench_exchange_"))
    folder.mkdir(parents=True, exist_ok=True)

    start = time.perf_counter()
    if args.db:
        shutil.copyfile(args.db, folder / "district.sqlite3")
        district = open_database(folder / "district.sqlite3")
    else:
        district = open_database(folder / "district.sqlite3")
        generate_demo(district, schools=args.schools, teachers_per_school=args.teachers, seed=7,
                      today=TODAY)  # fmt: skip
    schools = list_schools(district)
    print(f"district of {len(schools)} schools ready in {time.perf_counter() - start:.1f} s")

    # --- export: the district report -------------------------------------------------------
    _report(district, folder, max(1, args.repeat))
    if args.report_only:
        return

    # --- export: results, one file per school ------------------------------------------------
    files = []
    ours = raw = 0.0
    rows = 0
    for school in schools:
        path = folder / f"results-{school.id}.xlsx"
        start = time.perf_counter()
        rows += export_results(district, path, school_id=school.id, year="2025-2026")
        ours += time.perf_counter() - start
        raw += _raw_write(_cells(path), folder / "raw-results.xlsx")
        files.append((school.name, path))
    print(f"results export: {rows} rows in {ours:.2f} s = {rows / ours:,.0f} rows/s; raw "
          f"openpyxl: {raw:.2f} s; ratio {ours / raw:.1f}×")  # fmt: skip

    # --- import: every school's results into a fresh database -----------------------------------
    fresh = open_database(folder / "fresh.sqlite3")
    baseline = sqlite3.connect(folder / "raw-calamine.sqlite3")
    ours = raw = calamine = ours_cpu = calamine_cpu = 0.0
    first: tuple[int, float, float] | None = None  # one school: rows, our CPU, the floor's
    imported = 0
    for name, path in files:
        school = create_school(fresh, name, year="2025-2026")
        start, cpu = time.perf_counter(), time.process_time()
        plan = apply_import(fresh, ImportRequest(ImportKind.RESULTS, path, school.id,
                                                 create_missing=True))  # fmt: skip
        took, cpu = time.perf_counter() - start, time.process_time() - cpu
        ours += took
        ours_cpu += cpu
        assert plan.written and not plan.errors, plan.errors[:3]
        imported += plan.created
        raw += _raw_read(path)
        floor, floor_cpu = _raw_calamine_insert(path, baseline)
        calamine += floor
        calamine_cpu += floor_cpu
        first = first or (plan.created, cpu, floor_cpu)
    print(f"results import: {imported} rows in {ours:.2f} s = {imported / ours:,.0f} rows/s "
          f"(read + validate + match + one transaction per file); raw openpyxl reading the same "
          f"files: {raw:.2f} s; ratio {ours / raw:.1f}×")  # fmt: skip
    print(f"  raw python-calamine read + sqlite3 executemany of the same rows: {calamine:.2f} s; "
          f"ratio {ours / calamine:.1f}×; CPU {ours_cpu:.2f} s against {calamine_cpu:.2f} s, "
          f"{ours_cpu / calamine_cpu:.1f}×")  # fmt: skip
    if first is not None:
        print(f"  one school ({first[0]} rows), CPU: import {first[1]:.3f} s, raw calamine + "
              f"executemany {first[2]:.3f} s; ratio {first[1] / first[2]:.1f}×")  # fmt: skip
    baseline.close()
    again = sum(
        apply_import(fresh, ImportRequest(ImportKind.RESULTS, path, s.id)).unchanged
        for (name, path), s in zip(files, list_schools(fresh), strict=False)
        if s.name == name
    )
    print(f"second import of the same files: {again} rows unchanged")

    # --- the district receiving school packages ----------------------------------------------
    if args.packages:
        from network_packages import bench_packages

        bench_packages(args.packages, args.package_teachers, folder / "network")
    print(f"files in {folder}")


if __name__ == "__main__":
    main()
