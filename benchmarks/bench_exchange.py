"""Excel exchange speed on a 50-school district, against the raw library doing the same cells.

    python benchmarks/bench_exchange.py [--schools 50] [--keep DIR]

1. builds a district with the demo generator (not timed);
2. exports the district report and every school's results (timed), and writes the same
   cells with raw openpyxl (write-only mode, plain values) for the ratio;
3. imports every school's results file into a fresh database (timed: read, validate, match,
   write in one transaction) and reads the same files with raw openpyxl (read-only,
   values only) for the ratio.
Prints rows/s and the ratios; no targets are asserted here (timing belongs to benchmarks).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import date
from pathlib import Path

from openpyxl import Workbook, load_workbook

from eduqa_desktop.exchange.district_report import write_district_report
from eduqa_desktop.exchange.import_plan import ImportKind, ImportRequest
from eduqa_desktop.exchange.importers import apply_import
from eduqa_desktop.exchange.results_export import export_results
from eduqa_desktop.services.demo import generate_demo
from eduqa_desktop.services.schools import create_school, list_schools
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


def _raw_read(path: Path) -> float:
    start = time.perf_counter()
    book = load_workbook(path, read_only=True)
    for sheet in book.worksheets:
        for _ in sheet.iter_rows(values_only=True):
            pass
    book.close()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--schools", type=int, default=50)
    parser.add_argument("--teachers", type=int, default=40)
    parser.add_argument("--keep", type=Path)
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench_exchange_"))
    folder.mkdir(parents=True, exist_ok=True)

    start = time.perf_counter()
    district = open_database(folder / "district.sqlite3")
    generate_demo(district, schools=args.schools, teachers_per_school=args.teachers, seed=7,
                  today=TODAY)  # fmt: skip
    schools = list_schools(district)
    print(f"district of {len(schools)} schools built in {time.perf_counter() - start:.1f} s")

    # --- export: the district report -------------------------------------------------------
    report = folder / "district-report.xlsx"
    start = time.perf_counter()
    write_district_report(district, report, year="2026-2027", term=1, today=TODAY)
    ours = time.perf_counter() - start
    cells = _cells(report)
    rows = sum(len(s) for s in cells)
    raw = _raw_write(cells, folder / "raw-report.xlsx")
    print(f"district report: {rows} rows in {ours:.2f} s = {rows / ours:,.0f} rows/s "
          f"(queries + 10 sheets + charts); raw openpyxl writing the same cells: {raw:.2f} s; "
          f"ratio {ours / raw:.1f}×")  # fmt: skip

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
    ours = raw = 0.0
    imported = 0
    for name, path in files:
        school = create_school(fresh, name, year="2025-2026")
        start = time.perf_counter()
        plan = apply_import(fresh, ImportRequest(ImportKind.RESULTS, path, school.id,
                                                 create_missing=True))  # fmt: skip
        ours += time.perf_counter() - start
        assert plan.written and not plan.errors, plan.errors[:3]
        imported += plan.created
        raw += _raw_read(path)
    print(f"results import: {imported} rows in {ours:.2f} s = {imported / ours:,.0f} rows/s "
          f"(read + validate + match + one transaction per file); raw openpyxl reading the same "
          f"files: {raw:.2f} s; ratio {ours / raw:.1f}×")  # fmt: skip
    again = sum(
        apply_import(fresh, ImportRequest(ImportKind.RESULTS, path, s.id)).unchanged
        for (name, path), s in zip(files, list_schools(fresh), strict=False)
        if s.name == name
    )
    print(f"second import of the same files: {again} rows unchanged")
    print(f"files in {folder}")


if __name__ == "__main__":
    main()
